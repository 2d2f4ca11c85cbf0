import { DEFAULT_ROLES, rolesFromClaims, type Role } from '@chorus/protocol';
import { createUserWithEmailAndPassword, onIdTokenChanged, signInWithEmailAndPassword, signOut, type Auth, type User } from 'firebase/auth';

/** Who is signed in, with the roles their token's claims grant. */
export interface SignedInUser {
  uid: string;
  email: string | null;
  /** From the `roles` claim, or the default roles when the token has none. */
  roles: Role[];
  /** When the current ID token expires, in ms since the epoch. */
  tokenExpiresAt: number;
}

/**
 * The page's Firebase Auth user: email and password sign-in and sign-up, and ID tokens for the
 * node and the functions. Listeners hear of every sign-in, sign-out and token refresh (a refresh
 * may carry new roles after an admin changed them).
 */
export class Account {
  private current: SignedInUser | null = null;
  private known = false;
  private readonly listeners = new Set<(user: SignedInUser | null) => void>();

  constructor(private readonly auth: Auth) {
    onIdTokenChanged(auth, (user) => void this.update(user));
  }

  get user(): SignedInUser | null {
    return this.current;
  }

  /** Calls `listener` now (once the persisted sign-in state is known) and on every change. */
  onChange(listener: (user: SignedInUser | null) => void): () => void {
    this.listeners.add(listener);
    if (this.known) listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first signed-in user: the one already signed in, or whoever signs in next. */
  signedIn(): Promise<SignedInUser> {
    return new Promise((resolve) => {
      const stop = this.onChange((user) => {
        if (!user) return;
        queueMicrotask(() => stop());
        resolve(user);
      });
    });
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.update((await signInWithEmailAndPassword(this.auth, email, password)).user);
  }

  /** Creates the account and signs it in. */
  async signUp(email: string, password: string): Promise<void> {
    await this.update((await createUserWithEmailAndPassword(this.auth, email, password)).user);
  }

  signOut(): Promise<void> {
    return signOut(this.auth);
  }

  /** The current ID token; `forceRefresh` gets a new one from Auth (and new claims with it). */
  async idToken(forceRefresh = false): Promise<string> {
    const user = this.auth.currentUser;
    if (!user) throw new Error('not signed in');
    const token = await user.getIdToken(forceRefresh);
    if (forceRefresh) await this.update(user);
    return token;
  }

  private async update(user: User | null): Promise<void> {
    let next: SignedInUser | null = null;
    if (user) {
      const result = await user.getIdTokenResult();
      next = {
        uid: user.uid,
        email: user.email,
        roles: rolesFromClaims(result.claims, DEFAULT_ROLES),
        tokenExpiresAt: Date.parse(result.expirationTime),
      };
    }
    if (sameUser(next, this.current) && this.known) return;
    this.current = next;
    this.known = true;
    for (const listener of this.listeners) listener(next);
  }
}

function sameUser(a: SignedInUser | null, b: SignedInUser | null): boolean {
  if (!a || !b) return a === b;
  return a.uid === b.uid && a.tokenExpiresAt === b.tokenExpiresAt && a.roles.join() === b.roles.join();
}
