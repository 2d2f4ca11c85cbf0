// setRoles through the Functions emulator.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { adminAuth, callFunction, createUser, idTokenClaims, signIn, type TestUser } from '../support/firebase.js';

let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ['admin'] });
});

describe('setRoles', () => {
  it('lets an admin set a user’s roles, keeping its other claims; the next ID token carries them', async () => {
    const user = await createUser({ roles: ['viewer'], claims: { team: 'blue' } });
    const reply = await callFunction('setRoles', { uid: user.uid, roles: ['speaker', 'viewer'] }, admin.idToken);
    expect(reply.result).toStrictEqual({ uid: user.uid, roles: ['speaker', 'viewer'] });
    expect((await adminAuth().getUser(user.uid)).customClaims).toStrictEqual({ team: 'blue', roles: ['speaker', 'viewer'] });
    // The old token keeps the old roles until it is refreshed; a new one has the new roles.
    expect(idTokenClaims(user.idToken).roles).toStrictEqual(['viewer']);
    expect(idTokenClaims(await signIn(user.email, user.password)).roles).toStrictEqual(['speaker', 'viewer']);
  });

  it('refuses callers who are not admins, changing nothing', async () => {
    const speaker = await createUser({ roles: ['speaker'] });
    const target = await createUser({ roles: ['viewer'] });
    const reply = await callFunction('setRoles', { uid: target.uid, roles: ['admin'] }, speaker.idToken);
    expect(reply.error).toMatchObject({ status: 'PERMISSION_DENIED', message: expect.stringMatching(/admin/) });
    expect((await adminAuth().getUser(target.uid)).customClaims).toStrictEqual({ roles: ['viewer'] });
    // Not even for themselves.
    const self = await callFunction('setRoles', { uid: speaker.uid, roles: ['admin'] }, speaker.idToken);
    expect(self.error).toMatchObject({ status: 'PERMISSION_DENIED' });
  });

  it('refuses an admin whose tokens were revoked or whose account was disabled, with its still unexpired token', async () => {
    const target = await createUser({ roles: ['viewer'] });
    const revoked = await createUser({ roles: ['admin'] });
    const disabled = await createUser({ roles: ['admin'] });
    // Revocation has a resolution of a second: a token issued in the second of the revocation survives it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await adminAuth().revokeRefreshTokens(revoked.uid);
    await adminAuth().updateUser(disabled.uid, { disabled: true });
    for (const caller of [revoked, disabled]) {
      const reply = await callFunction('setRoles', { uid: target.uid, roles: ['admin'] }, caller.idToken);
      expect(reply.error).toMatchObject({ status: 'UNAUTHENTICATED', message: expect.stringMatching(/revoked|disabled/) });
    }
    expect((await adminAuth().getUser(target.uid)).customClaims).toStrictEqual({ roles: ['viewer'] });
  });

  it('refuses an admin removing its own admin role, which another admin may do; granting itself admin is harmless', async () => {
    const first = await createUser({ roles: ['admin'] });
    const second = await createUser({ roles: ['admin'] });
    const self = await callFunction('setRoles', { uid: first.uid, roles: ['viewer'] }, first.idToken);
    expect(self.error).toMatchObject({ status: 'FAILED_PRECONDITION', message: expect.stringMatching(/another admin/) });
    expect((await adminAuth().getUser(first.uid)).customClaims).toStrictEqual({ roles: ['admin'] });
    expect((await callFunction('setRoles', { uid: first.uid, roles: ['admin', 'viewer'] }, first.idToken)).result).toBeDefined();
    const byOther = await callFunction('setRoles', { uid: first.uid, roles: ['viewer'] }, second.idToken);
    expect(byOther.result).toStrictEqual({ uid: first.uid, roles: ['viewer'] });
  });

  it('refuses callers without a token', async () => {
    const reply = await callFunction('setRoles', { uid: admin.uid, roles: ['viewer'] });
    expect(reply.error).toMatchObject({ status: 'UNAUTHENTICATED' });
  });

  it('says not-found for an unknown uid', async () => {
    const reply = await callFunction('setRoles', { uid: 'nobody-by-that-name', roles: ['viewer'] }, admin.idToken);
    expect(reply.error).toMatchObject({ status: 'NOT_FOUND', message: expect.stringMatching(/nobody-by-that-name/) });
  });

  it('refuses unknown roles, naming the field', async () => {
    const target = await createUser({ roles: ['viewer'] });
    const reply = await callFunction('setRoles', { uid: target.uid, roles: ['root'] }, admin.idToken);
    expect(reply.error).toMatchObject({ status: 'INVALID_ARGUMENT', message: expect.stringMatching(/roles/) });
    expect((await adminAuth().getUser(target.uid)).customClaims).toStrictEqual({ roles: ['viewer'] });
  });
});
