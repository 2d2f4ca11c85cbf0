// setRoles: an admin grants a user its roles (the `roles` custom claim). The change reaches the user
// with its next ID token: within the hour, or at once when its client calls getIdToken(true).
// Refresh tokens are not revoked, so nobody is signed out by a role change. An admin may not remove its
// own admin role: another admin must, so the project never loses its last admin by a slip.
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions';
import { ROLES_CLAIM, SetRolesRequestSchema, type Role } from '@chorus/protocol';
import { auth } from './admin.js';
import { parseInput } from './callableInput.js';
import { requireCaller } from './callerRoles.js';
import { rolesConfig } from './config.js';

function isUserNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'auth/user-not-found';
}

export const setRoles = onCall(async (request): Promise<{ uid: string; roles: Role[] }> => {
  const caller = await requireCaller(request, rolesConfig(), auth());
  if (!caller.roles.includes('admin')) throw new HttpsError('permission-denied', 'only admins may set roles');
  const { uid, roles } = parseInput(SetRolesRequestSchema, request.data, 'setRoles');
  const distinct = [...new Set(roles)];
  if (uid === caller.uid && !distinct.includes('admin')) {
    throw new HttpsError('failed-precondition', 'you cannot remove your own admin role: ask another admin to do it');
  }
  let existing: Record<string, unknown>;
  try {
    existing = (await auth().getUser(uid)).customClaims ?? {};
  } catch (error) {
    if (isUserNotFound(error)) throw new HttpsError('not-found', `no user with uid "${uid}"`);
    throw error;
  }
  // Other claims are kept: the roles claim is ours, the rest may be someone else's.
  await auth().setCustomUserClaims(uid, { ...existing, [ROLES_CLAIM]: distinct });
  logger.info('roles set', { by: caller.uid, uid, roles: distinct });
  return { uid, roles: distinct };
});
