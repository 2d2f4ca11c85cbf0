import type { Role } from '@chorus/protocol';
import { FirebaseError } from 'firebase/app';
import { httpsCallable, type Functions } from 'firebase/functions';

/** An admin grants `uid` exactly `roles` (the `setRoles` function); they apply from the user's next ID token. */
export async function setRoles(functions: Functions, uid: string, roles: Role[]): Promise<Role[]> {
  try {
    const { data } = await httpsCallable<{ uid: string; roles: Role[] }, { uid: string; roles: Role[] }>(functions, 'setRoles')({ uid, roles });
    return data.roles;
  } catch (error) {
    if (error instanceof FirebaseError) throw new Error(`setRoles failed (${error.code}): ${error.message}`);
    throw error;
  }
}
