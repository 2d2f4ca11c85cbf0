// joinRoom through the Functions emulator, as a client calls it, against the emulator's Firestore.
import { createHmac } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { collections, NODE_STALE_MS, type JoinRoomResponse } from '@chorus/protocol';
import { adminAuth, adminFirestore, callFunction, clearFirestore, createUser, registerNode, type TestUser } from '../support/firebase.js';

// functions/.secret.local and functions/.env.demo-chorus: what the emulated functions run with.
const TURN_SECRET = 'demo-chorus-turn-secret';
const CONFIGURED_TURN_URLS = ['turn:127.0.0.1:3480'];
const TURN_TTL_SECONDS = 3600;

async function roomNode(roomId: string): Promise<unknown> {
  return (await adminFirestore().collection(collections.rooms).doc(roomId).get()).get('nodeId');
}

async function join(user: TestUser | null, roomId: string) {
  return callFunction<JoinRoomResponse>('joinRoom', { roomId }, user?.idToken);
}

async function joined(user: TestUser, roomId: string): Promise<JoinRoomResponse> {
  const reply = await join(user, roomId);
  if (!reply.result) throw new Error(`joinRoom failed: ${JSON.stringify(reply)}`);
  return reply.result;
}

let viewer: TestUser;

beforeAll(async () => {
  viewer = await createUser({ roles: ['viewer'] });
});

beforeEach(async () => {
  await clearFirestore();
});

describe('joinRoom refuses', () => {
  it('callers without an ID token', async () => {
    await registerNode('a');
    const reply = await join(null, 'room-1');
    expect(reply.httpStatus).toBe(401);
    expect(reply.error).toMatchObject({ status: 'UNAUTHENTICATED', message: expect.stringMatching(/sign in/) });
    expect(await roomNode('room-1')).toBeUndefined();
  });

  it('a bad room id, naming the field', async () => {
    await registerNode('a');
    const reply = await join(viewer, 'no spaces/or slashes');
    expect(reply.error).toMatchObject({ status: 'INVALID_ARGUMENT', message: expect.stringMatching(/roomId/) });
  });

  it('users whose tokens were revoked, with their still unexpired token', async () => {
    await registerNode('a');
    const revoked = await createUser({ roles: ['viewer'] });
    // Revocation has a resolution of a second: a token issued in the second of the revocation survives it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await adminAuth().revokeRefreshTokens(revoked.uid);
    expect((await join(revoked, 'room-1')).error).toMatchObject({ status: 'UNAUTHENTICATED', message: expect.stringMatching(/revoked/) });
    expect(await roomNode('room-1')).toBeUndefined();
  });

  it('users whose roles claim is empty', async () => {
    await registerNode('a');
    const nobody = await createUser({ roles: [] });
    expect((await join(nobody, 'room-1')).error).toMatchObject({ status: 'PERMISSION_DENIED' });
  });

  it('with unavailable when no node is healthy', async () => {
    await registerNode('stale', { heartbeatAgeMs: NODE_STALE_MS + 5_000 });
    await registerNode('draining', { state: 'draining' });
    await registerNode('full', { consumers: 100 });
    const reply = await join(viewer, 'room-1');
    expect(reply.error).toMatchObject({ status: 'UNAVAILABLE', message: expect.stringMatching(/no healthy media node/) });
    expect(await roomNode('room-1')).toBeUndefined();
  });
});

describe('joinRoom places rooms', () => {
  it('on the least-loaded healthy node, ignoring stale and draining ones, and says how to reach it', async () => {
    await registerNode('stale', { heartbeatAgeMs: NODE_STALE_MS + 5_000 });
    await registerNode('draining', { state: 'draining' });
    await registerNode('busy', { consumers: 60 });
    await registerNode('quiet', { consumers: 10 });
    const result = await joined(viewer, 'room-1');
    expect(result).toMatchObject({ roomId: 'room-1', nodeId: 'quiet', signalingUrl: 'ws://127.0.0.1:4005/ws' });
    expect(await roomNode('room-1')).toBe('quiet');
  });

  it('sticky: a room stays on its node while that node is healthy, however loaded', async () => {
    await registerNode('first');
    await registerNode('second', { consumers: 50 });
    expect((await joined(viewer, 'room-1')).nodeId).toBe('first');
    await registerNode('first', { consumers: 90 });
    expect((await joined(viewer, 'room-1')).nodeId).toBe('first');
    expect((await joined(viewer, 'room-2')).nodeId).toBe('second');
  });

  it('moves a room whose node stopped beating to a healthy one', async () => {
    await registerNode('first');
    await registerNode('second', { consumers: 50 });
    expect((await joined(viewer, 'room-1')).nodeId).toBe('first');
    await registerNode('first', { heartbeatAgeMs: NODE_STALE_MS + 5_000 });
    expect((await joined(viewer, 'room-1')).nodeId).toBe('second');
    expect(await roomNode('room-1')).toBe('second');
    // Back up, it does not get the room back: the room lives on its new node now.
    await registerNode('first');
    expect((await joined(viewer, 'room-1')).nodeId).toBe('second');
  });
});

describe('joinRoom hands out', () => {
  it('TURN credentials whose username carries the expiry and whose password is the HMAC of it', async () => {
    await registerNode('a');
    const before = Math.floor(Date.now() / 1000);
    const result = await joined(viewer, 'room-1');
    const after = Math.floor(Date.now() / 1000);
    const turn = result.iceServers.find((server) => server.username);
    expect(turn?.urls).toStrictEqual(CONFIGURED_TURN_URLS);
    const [expiry, uid] = turn!.username!.split(':');
    expect(uid).toBe(viewer.uid);
    expect(Number(expiry)).toBeGreaterThanOrEqual(before + TURN_TTL_SECONDS);
    expect(Number(expiry)).toBeLessThanOrEqual(after + TURN_TTL_SECONDS);
    expect(result.iceServersExpireAt).toBe(Number(expiry) * 1000);
    expect(turn!.credential).toBe(createHmac('sha1', TURN_SECRET).update(turn!.username!).digest('base64'));
  });

  it("the node's own TURN URLs when it registered them", async () => {
    await registerNode('a', { turnUrls: ['turn:a.example:3478', 'turns:a.example:5349'] });
    const result = await joined(viewer, 'room-1');
    expect(result.iceServers.find((server) => server.username)?.urls).toStrictEqual(['turn:a.example:3478', 'turns:a.example:5349']);
  });

  it("the caller's roles: its claim, or the default roles without one", async () => {
    await registerNode('a');
    expect((await joined(viewer, 'room-1')).roles).toStrictEqual(['viewer']);
    const admin = await createUser({ roles: ['admin', 'viewer'] });
    expect((await joined(admin, 'room-1')).roles).toStrictEqual(['admin', 'viewer']);
    const unclaimed = await createUser();
    expect((await joined(unclaimed, 'room-1')).roles).toStrictEqual(['speaker', 'viewer']);
  });
});
