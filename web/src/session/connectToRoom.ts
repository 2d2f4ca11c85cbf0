import type { PageConfig } from '../config.js';
import { loadDeployment } from '../firebase/deployment.js';
import { SignalingClient } from '../signaling/SignalingClient.js';
import type { ConnectProgress, RoomConnection } from './RoomConnection.js';

/**
 * With a Firebase deployment (config.json next to the page): sign in, ask `joinRoom` for the room's
 * node, and signal over the chosen carrier with the user's ID token. Firebase's SDK is loaded only
 * then, so a page without sign-in does not pay for it. Without one: the node that serves the page.
 */
export async function connectToRoom(config: PageConfig, progress: ConnectProgress): Promise<RoomConnection> {
  const deployment = await loadDeployment();
  if (!deployment) {
    if (config.carrier === 'firestore') throw new Error('the Firestore carrier needs Firebase, and this site has no config.json');
    return { signaling: new SignalingClient(config.wsUrl), joined: () => undefined };
  }
  const { connectSignedIn } = await import('../firebase/connectSignedIn.js');
  return connectSignedIn(deployment, config, progress);
}
