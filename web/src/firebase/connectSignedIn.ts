import type { PageConfig } from '../config.js';
import type { ConnectProgress, RoomConnection } from '../session/RoomConnection.js';
import type { Signaling } from '../signaling/Signaling.js';
import { SignalingClient } from '../signaling/SignalingClient.js';
import { AccountPanel } from '../ui/AccountPanel.js';
import { requireElement } from '../ui/dom.js';
import { Account } from './Account.js';
import { AuthRefresher } from './AuthRefresher.js';
import type { FirebaseDeployment } from './deployment.js';
import { joinRoomWithRetry } from './joinRoom.js';
import { startFirebase, type FirebaseServices } from './services.js';

/** Sign-in, `joinRoom`, then the carrier to the node it names, authenticated with the user's ID token. */
export async function connectSignedIn(deployment: FirebaseDeployment, config: PageConfig, progress: ConnectProgress): Promise<RoomConnection> {
  const services = startFirebase(deployment);
  const account = new Account(services.auth);
  new AccountPanel(requireElement('account'), account);
  const { hooks } = progress;
  let wasSignedIn = false;
  account.onChange((user) => {
    hooks.user = user && { uid: user.uid, email: user.email, roles: user.roles };
    if (user) wasSignedIn = true;
    // Signing out ends the page's session; starting over shows the sign-in form.
    else if (wasSignedIn) window.location.reload();
    else progress.show('signed-out', `Sign in to ${progress.role === 'speaker' ? 'speak' : 'watch'} in room "${config.roomId}"`);
  });
  await account.signedIn();

  progress.show('joining-room', `Finding the media node for room "${config.roomId}"…`);
  hooks.joinRoomStartedAt = performance.now();
  const room = await joinRoomWithRetry(services.functions, config.roomId, (error, retryInMs) => {
    progress.show('joining-room', `${error.message}. Trying again in ${Math.round(retryInMs / 1000)} s…`);
  });
  hooks.room = { nodeId: room.nodeId, signalingUrl: room.signalingUrl, roles: room.roles };
  if (!room.roles.includes(progress.role)) {
    throw new Error(`your account may not join as ${progress.role} (its roles: ${room.roles.join(', ') || 'none'}); ask an admin`);
  }

  const signaling: Signaling =
    config.carrier === 'firestore'
      ? await openFirestoreCarrier(services, account, room.nodeId, config.roomId)
      : new SignalingClient(room.signalingUrl);
  const refresher = new AuthRefresher(signaling, account, (error) => console.warn('[auth] token refresh failed', error));
  hooks.refreshAuth = () => refresher.refreshNow();
  Object.defineProperty(hooks, 'authRefreshes', { get: () => refresher.refreshes, enumerable: true });
  return { signaling, idToken: () => account.idToken(), joined: () => refresher.start() };
}

/** Firestore's SDK is the biggest script of all, so it loads only for this carrier. */
async function openFirestoreCarrier(services: FirebaseServices, account: Account, nodeId: string, roomId: string): Promise<Signaling> {
  const { FirestoreSignalingClient } = await import('../signaling/FirestoreSignalingClient.js');
  return new FirestoreSignalingClient(services, { nodeId, roomId, uid: account.user!.uid, idToken: () => account.idToken() });
}
