// Users in the Auth emulator through its REST API, as an admin (the emulator's `Bearer owner`):
// the local stack seeds a demo admin with it, so nobody needs a console to get the first admin.

/** The custom claim that carries roles (ROLES_CLAIM in protocol/src/firestore.ts). */
const ROLES_CLAIM = 'roles';
type Role = 'speaker' | 'viewer' | 'admin';

export interface EmulatedUser {
  uid: string;
  email: string;
  password: string;
  roles: Role[];
}

async function call(authHost: string, projectId: string, method: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`http://${authHost}/identitytoolkit.googleapis.com/v1/projects/${projectId}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer owner' },
    body: JSON.stringify(body),
  });
  const reply = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`Auth emulator ${method}: HTTP ${response.status} ${JSON.stringify(reply)}`);
  return reply;
}

/** Creates the user (email and password) with `roles` as its roles claim. */
export async function createEmulatedUser(authHost: string, projectId: string, user: Omit<EmulatedUser, 'uid'>): Promise<EmulatedUser> {
  const created = await call(authHost, projectId, 'accounts', { email: user.email, password: user.password });
  const uid = String(created.localId);
  await call(authHost, projectId, 'accounts:update', { localId: uid, customAttributes: JSON.stringify({ [ROLES_CLAIM]: user.roles }) });
  return { uid, ...user };
}
