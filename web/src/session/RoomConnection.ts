import type { Role } from '@chorus/protocol';
import type { Signaling } from '../signaling/Signaling.js';
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
