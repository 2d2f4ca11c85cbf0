import type { Role } from '@chorus/protocol';

/** Who a verified Firebase ID token says the caller is. */
export interface AuthenticatedUser {
  uid: string;
  /** The roles the user's custom claims allow (or the configured default when it has none). */
  roles: readonly Role[];
  /** When the token stops being valid, in ms since the epoch: the client must send a fresh one before. */
  expiresAtMs: number;
}

/**
 * Checks Firebase ID tokens. The carriers (WebSocket, Firestore) hand every token they receive to it;
 * it rejects forged, expired, revoked and wrong-project tokens with ProtocolError('UNAUTHENTICATED').
 */
export interface Authenticator {
  verify(idToken: string): Promise<AuthenticatedUser>;
  /** Rejects when the user's tokens have been revoked (or the user deleted) since the token was issued. */
  checkNotRevoked(idToken: string): Promise<void>;
  /** Releases what the implementation holds (the Admin SDK app); the node calls it on close. */
  close?(): Promise<void>;
}
