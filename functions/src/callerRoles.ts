// The roles a callable's caller holds, from its verified ID token.
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { Auth } from 'firebase-admin/auth';
import { rolesFromClaims, type Role } from '@chorus/protocol';

/** What the Admin SDK says of a token whose user was disabled or whose refresh tokens were revoked. */
const REVOKED = new Set(['auth/id-token-revoked', 'auth/user-disabled']);

/**
 * The signed-in caller's uid and roles; 'unauthenticated' without a valid ID token, or with one whose
 * user has since been disabled or had its tokens revoked. The callable's own check verifies the token
 * but not revocation, so it is verified again here with checkRevoked (one Auth lookup per call): a
 * revoked admin would otherwise keep its rights until its token expires, up to an hour.
 */
export async function requireCaller(request: CallableRequest, defaultRoles: readonly Role[], auth: Auth): Promise<{ uid: string; roles: Role[] }> {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'sign in first: this function needs a Firebase ID token (Authorization: Bearer <token>)');
  }
  const idToken = bearerToken(request);
  if (!idToken) throw new HttpsError('unauthenticated', 'sign in first: this function needs a Firebase ID token (Authorization: Bearer <token>)');
  try {
    await auth.verifyIdToken(idToken, true);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && REVOKED.has(code)) {
      throw new HttpsError('unauthenticated', 'your sign-in was revoked or your account disabled: sign in again');
    }
    throw new HttpsError('unauthenticated', 'the ID token could not be verified: sign in again');
  }
  return { uid: request.auth.uid, roles: rolesFromClaims(request.auth.token, defaultRoles) };
}

function bearerToken(request: CallableRequest): string | null {
  const header = request.rawRequest?.headers?.authorization;
  const match = typeof header === 'string' ? /^Bearer (.+)$/.exec(header) : null;
  return match?.[1] ?? null;
}
