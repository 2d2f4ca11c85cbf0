import type { Role } from '@chorus/protocol';
import type { PageConfig } from '../config.js';
import { loadDeployment } from '../firebase/deployment.js';
import type { Signaling } from '../signaling/Signaling.js';
import { SignalingClient } from '../signaling/SignalingClient.js';
import type { PageHooks } from '../testHooks.js';

/** A page's way into its room: the carrier, and the credentials and upkeep that go with it. */
export interface RoomConnection {
  signaling: Signaling;
  /** The ID token for `join`; absent without sign-in. */
  idToken?: () => Promise<string>;
  /** Called once the session joined: starts keeping the node's token fresh. */
  joined(): void;
}

/** What the signed-in path shows while it waits for the user or for `joinRoom`. */
export interface ConnectProgress {
  hooks: PageHooks<string>;
  role: Role;
  show(state: 'signed-out' | 'joining-room', text: string): void;
}

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
