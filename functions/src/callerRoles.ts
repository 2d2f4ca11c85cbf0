// The roles a callable's caller holds, from its verified ID token.
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { rolesFromClaims, type Role } from '@chorus/protocol';

/** The signed-in caller's uid and roles; 'unauthenticated' without a valid ID token. */
export function requireCaller(request: CallableRequest, defaultRoles: readonly Role[]): { uid: string; roles: Role[] } {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'sign in first: this function needs a Firebase ID token (Authorization: Bearer <token>)');
  }
  return { uid: request.auth.uid, roles: rolesFromClaims(request.auth.token, defaultRoles) };
}
