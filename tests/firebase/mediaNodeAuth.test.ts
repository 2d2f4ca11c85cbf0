// Authentication and roles on a real media node (WebSocket carrier and HTTP API) against the Auth
// emulator. The emulator issues unsigned tokens (alg "none") and firebase-admin accepts those only
// with FIREBASE_AUTH_EMULATOR_HOST set, so tokens with a chosen expiry or audience are crafted here the
// same way; signed-but-forged tokens are refused because the emulator verifier accepts no signature.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WebSocket } from 'ws';
import { fakeRtpParameters, startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';
import { adminAuth, createUser, forgedToken, idTokenClaims, projectId, signIn, unsignedToken, type TestUser } from '../support/firebase.js';
import { expectProtocolError, SignalingTestClient } from '../support/SignalingTestClient.js';
import { sleep } from '../support/waitFor.js';

const REVOCATION_CHECK_MS = 500;
const AUTH_TIMEOUT_MS = 1500;

function closeOf(client: SignalingTestClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => client.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

describe('media node authentication (WebSocket carrier)', () => {
  let stack: MediaNodeStack;
  let speaker: TestUser;
  let viewer: TestUser;
  let admin: TestUser;
  let plain: TestUser;

  beforeAll(async () => {
    [stack, speaker, viewer, admin, plain] = await Promise.all([
      startMediaNode({
        CHORUS_AUTH: 'firebase',
        CHORUS_FIREBASE_PROJECT: projectId(),
        CHORUS_VIEWER_FEED: 'utterances',
        CHORUS_REVOCATION_CHECK_MS: String(REVOCATION_CHECK_MS),
        CHORUS_AUTH_TIMEOUT_MS: String(AUTH_TIMEOUT_MS),
      }),
      createUser({ roles: ['speaker'] }),
      createUser({ roles: ['viewer'] }),
      createUser({ roles: ['admin'] }),
      createUser(),
    ]);
  });
  afterAll(() => stack?.close());

  it('joins a user with a valid token in a role the claims grant, and tags the peer and its media with the uid', async () => {
    const client = await stack.client();
    const joined = await client.request('join', { roomId: 'auth-ok', role: 'speaker', idToken: speaker.idToken });
    expect(joined.uid).toBe(speaker.uid);
    expect(joined.authExpiresAt).toBe((idTokenClaims(speaker.idToken).exp as number) * 1000);
    const send = await client.request('createWebRtcTransport', { direction: 'send' });
    const { producerId } = await client.request('produce', {
      transportId: send.transportId,
      kind: 'audio',
      rtpParameters: fakeRtpParameters('audio', 1234),
    });
    const room = stack.node.rooms.list().find((r) => r.id === 'auth-ok')!;
    expect(room.listPeers().map((p) => p.uid)).toStrictEqual([speaker.uid]);
    expect(room.producer(producerId).appData).toMatchObject({ uid: speaker.uid, peerId: joined.peerId });
  });

  it('refuses a join without a token', async () => {
    const client = await stack.client();
    await expectProtocolError(client.request('join', { roomId: 'auth', role: 'viewer' }), 'UNAUTHENTICATED', /needs idToken/);
  });

  it('refuses a malformed token', async () => {
    const client = await stack.client();
    await expectProtocolError(client.request('join', { roomId: 'auth', role: 'viewer', idToken: 'not-a-jwt' }), 'UNAUTHENTICATED', /malformed/);
  });

  it('refuses a forged token: claims rewritten to admin and a signature added', async () => {
    const client = await stack.client();
    const claims = { ...idTokenClaims(viewer.idToken), roles: ['admin'] };
    const forged = forgedToken(claims);
    await expectProtocolError(client.request('join', { roomId: 'auth', role: 'admin', idToken: forged }), 'UNAUTHENTICATED', /signature is invalid/);
    // A payload mangled in transit is malformed, not the node's failure. (A payload rewritten under the
    // emulator's own alg "none" header would pass here: only production tokens carry a signature.)
    const [header, payload] = viewer.idToken.split('.');
    const mangled = `${header}.${payload!.slice(0, -2)}AA.`;
    await expectProtocolError(client.request('join', { roomId: 'auth', role: 'viewer', idToken: mangled }), 'UNAUTHENTICATED', /malformed/);
  });

  it('refuses an expired token', async () => {
    const client = await stack.client();
    const past = Math.floor(Date.now() / 1000) - 60;
    const expired = unsignedToken(viewer.uid, { iat: past - 3600, auth_time: past - 3600, exp: past, roles: ['viewer'] });
    await expectProtocolError(client.request('join', { roomId: 'auth', role: 'viewer', idToken: expired }), 'UNAUTHENTICATED', /expired/);
  });

  it('refuses a token of another Firebase project', async () => {
    const client = await stack.client();
    const other = unsignedToken(viewer.uid, { aud: 'demo-other', iss: 'https://securetoken.google.com/demo-other' });
    await expectProtocolError(
      client.request('join', { roomId: 'auth', role: 'viewer', idToken: other }),
      'UNAUTHENTICATED',
      /another Firebase project/,
    );
  });

  it('refuses a role the claims do not grant', async () => {
    const client = await stack.client();
    await expectProtocolError(
      client.request('join', { roomId: 'auth', role: 'speaker', idToken: viewer.idToken }),
      'FORBIDDEN',
      /role "speaker" is not granted to this user \(granted: viewer\)/,
    );
    // Without a roles claim, the default roles apply: speaker and viewer, never admin.
    await expectProtocolError(client.request('join', { roomId: 'auth', role: 'admin', idToken: plain.idToken }), 'FORBIDDEN', /not granted/);
    const joined = await client.request('join', { roomId: 'auth', role: 'speaker', idToken: plain.idToken });
    expect(joined.uid).toBe(plain.uid);
  });

  it('keeps a viewer from producing', async () => {
    const client = await stack.client();
    await client.request('join', { roomId: 'auth-produce', role: 'viewer', idToken: viewer.idToken });
    const send = await client.request('createWebRtcTransport', { direction: 'send' });
    await expectProtocolError(
      client.request('produce', { transportId: send.transportId, kind: 'audio', rtpParameters: fakeRtpParameters('audio', 4321) }),
      'FORBIDDEN',
      /only speakers may produce/,
    );
  });

  it('lets only an admin reroute someone else', async () => {
    const victim = await stack.client();
    const target = await victim.request('join', { roomId: 'auth-reroute', role: 'viewer', idToken: viewer.idToken });
    const other = await createUser({ roles: ['viewer'] });
    const meddler = await stack.client();
    await meddler.request('join', { roomId: 'auth-reroute', role: 'viewer', idToken: other.idToken });
    await expectProtocolError(meddler.request('reroute', { viewerId: target.peerId }), 'FORBIDDEN', /only an admin/);
    const moderator = await stack.client();
    await moderator.request('join', { roomId: 'auth-reroute', role: 'admin', idToken: admin.idToken });
    // Nothing was said in the room yet, so there is nothing to play; what matters is that it is allowed.
    await expect(moderator.request('reroute', { viewerId: target.peerId })).resolves.toStrictEqual({ utteranceId: null });
  });

  it('resumes a session only for the user who opened it', async () => {
    const first = await stack.client();
    const joined = await first.request('join', { roomId: 'auth-resume', role: 'viewer', idToken: viewer.idToken });
    first.socket.terminate();
    await sleep(100);
    const thief = await stack.client();
    await expectProtocolError(
      thief.request('join', { roomId: 'auth-resume', role: 'speaker', idToken: speaker.idToken, sessionToken: joined.sessionToken }),
      'FORBIDDEN',
      /another user/,
    );
    const owner = await stack.client();
    const resumed = await owner.request('join', {
      roomId: 'auth-resume',
      role: 'viewer',
      idToken: viewer.idToken,
      sessionToken: joined.sessionToken,
    });
    expect(resumed).toMatchObject({ resumed: true, peerId: joined.peerId, uid: viewer.uid });
  });

  it('does not resume a role the user has lost meanwhile', async () => {
    const demoted = await createUser({ roles: ['speaker'] });
    const first = await stack.client();
    const joined = await first.request('join', { roomId: 'auth-demote', role: 'speaker', idToken: demoted.idToken });
    first.socket.terminate();
    await adminAuth().setCustomUserClaims(demoted.uid, { roles: ['viewer'] });
    const fresh = await signIn(demoted.email, demoted.password);
    const again = await stack.client();
    await expectProtocolError(
      again.request('join', { roomId: 'auth-demote', role: 'viewer', idToken: fresh, sessionToken: joined.sessionToken }),
      'FORBIDDEN',
      /role "speaker" of that session is no longer granted/,
    );
    // A fresh join in the role still granted works.
    await expect(again.request('join', { roomId: 'auth-demote', role: 'viewer', idToken: fresh })).resolves.toMatchObject({ resumed: false });
  });

  it("refreshes the token of the same user and refuses another user's", async () => {
    const client = await stack.client();
    await client.request('join', { roomId: 'auth-refresh', role: 'viewer', idToken: viewer.idToken });
    await expectProtocolError(client.request('refreshAuth', { idToken: speaker.idToken }), 'FORBIDDEN', /another user/);
    await expectProtocolError(client.request('refreshAuth', { idToken: 'garbage' }), 'UNAUTHENTICATED');
    await sleep(1100); // a later token: auth_time and exp move on by the second
    const fresh = await signIn(viewer.email, viewer.password);
    const { authExpiresAt } = await client.request('refreshAuth', { idToken: fresh });
    expect(authExpiresAt).toBe((idTokenClaims(fresh).exp as number) * 1000);
    // The session still works after the failed and successful refreshes.
    await expect(client.request('getRouterRtpCapabilities', {})).resolves.toHaveProperty('rtpCapabilities');
  });

  it('ends the session of a speaker whose refreshed token no longer grants speaking', async () => {
    const demoted = await createUser({ roles: ['speaker'] });
    const client = await stack.client();
    await client.request('join', { roomId: 'auth-demote-live', role: 'speaker', idToken: demoted.idToken });
    const closed = closeOf(client);
    await adminAuth().setCustomUserClaims(demoted.uid, { roles: ['viewer'] });
    const fresh = await signIn(demoted.email, demoted.password);
    await expectProtocolError(
      client.request('refreshAuth', { idToken: fresh }),
      'FORBIDDEN',
      /role "speaker" is no longer granted to this user; join again as viewer/,
    );
    expect(client.notifications.find((n) => n.method === 'sessionEnded')?.data).toMatchObject({ reason: 'role-revoked' });
    expect(await closed).toStrictEqual({ code: 4403, reason: 'role no longer granted' });
    expect(
      stack.node.rooms
        .list()
        .find((r) => r.id === 'auth-demote-live')
        ?.listPeers() ?? [],
    ).toStrictEqual([]);
  });

  it('refuses refreshAuth before join', async () => {
    const client = await stack.client();
    await expectProtocolError(client.request('refreshAuth', { idToken: viewer.idToken }), 'NOT_JOINED');
  });

  it('ends a session whose token expires without a refresh, and keeps one that refreshed', async () => {
    const soon = Math.floor(Date.now() / 1000) + 3;
    const shortToken = unsignedToken(viewer.uid, { exp: soon, roles: ['viewer'] });
    const lapsing = await stack.client();
    const refreshing = await stack.client();
    await lapsing.request('join', { roomId: 'auth-expiry', role: 'viewer', idToken: shortToken });
    const joined = await refreshing.request('join', { roomId: 'auth-expiry', role: 'viewer', idToken: shortToken });
    expect(joined.authExpiresAt).toBe(soon * 1000);
    const lapsed = closeOf(lapsing);
    await refreshing.request('refreshAuth', { idToken: await signIn(viewer.email, viewer.password) });

    const { code, reason } = await lapsed;
    expect(Date.now()).toBeGreaterThanOrEqual(soon * 1000);
    expect(code).toBe(4403);
    expect(reason).toMatch(/expired/);
    expect(lapsing.notifications.find((n) => n.method === 'sessionEnded')?.data).toMatchObject({ reason: 'token-expired' });
    expect(
      stack.node.rooms
        .list()
        .find((r) => r.id === 'auth-expiry')
        ?.listPeers()
        .map((p) => p.id),
    ).toStrictEqual([joined.peerId]);
    await sleep(500);
    expect(refreshing.socket.readyState).toBe(WebSocket.OPEN);
    await expect(refreshing.request('getRouterRtpCapabilities', {})).resolves.toHaveProperty('rtpCapabilities');
  });

  it('disconnects a connected user within the check interval once their tokens are revoked', async () => {
    const victim = await createUser({ roles: ['viewer'] });
    const bystander = await stack.client();
    await bystander.request('join', { roomId: 'auth-revoke', role: 'viewer', idToken: viewer.idToken });
    const client = await stack.client();
    await client.request('join', { roomId: 'auth-revoke', role: 'viewer', idToken: victim.idToken });
    const closed = closeOf(client);
    // Revocation counts tokens issued before it, by the second.
    await sleep(1100);
    await adminAuth().revokeRefreshTokens(victim.uid);
    const revokedAt = Date.now();
    const { code, reason } = await closed;
    expect(Date.now() - revokedAt).toBeLessThan(REVOCATION_CHECK_MS * 2 + 1000);
    expect(code).toBe(4403);
    expect(reason).toMatch(/revoked/);
    expect(client.notifications.find((n) => n.method === 'sessionEnded')?.data).toMatchObject({
      reason: 'token-revoked',
      message: expect.stringMatching(/revoked/),
    });
    // The revoked token no longer joins anywhere; the bystander is untouched.
    const again = await stack.client();
    await expectProtocolError(
      again.request('join', { roomId: 'auth-revoke', role: 'viewer', idToken: victim.idToken }),
      'UNAUTHENTICATED',
      /revoked/,
    );
    expect(bystander.socket.readyState).toBe(WebSocket.OPEN);
    await expect(bystander.request('getRouterRtpCapabilities', {})).resolves.toHaveProperty('rtpCapabilities');
  });

  it('counts the sessions it ended, by reason', async () => {
    const metrics = await (await fetch(`${stack.httpBase}/metrics`)).text();
    expect(metrics).toMatch(/^chorus_auth_sessions_ended_total\{reason="token-expired"\} 1$/m);
    expect(metrics).toMatch(/^chorus_auth_sessions_ended_total\{reason="token-revoked"\} 1$/m);
  });

  it('closes a connection that does not authenticate in time, but not one that did', async () => {
    const idle = await stack.client();
    const failing = await stack.client();
    const joined = await stack.client();
    await joined.request('join', { roomId: 'auth-timeout', role: 'viewer', idToken: viewer.idToken });
    await expectProtocolError(failing.request('join', { roomId: 'auth-timeout', role: 'viewer', idToken: 'bad' }), 'UNAUTHENTICATED');
    const [idleClose, failingClose] = await Promise.all([closeOf(idle), closeOf(failing)]);
    expect(idleClose).toStrictEqual({ code: 4401, reason: expect.stringMatching(/not authenticated within 1500 ms/) });
    expect(failingClose.code).toBe(4401);
    expect(joined.socket.readyState).toBe(WebSocket.OPEN);
    // Leaving starts the deadline again: an idle connection does not keep its slot for free.
    const left = closeOf(joined);
    await joined.request('leave', {});
    const leftAt = Date.now();
    expect((await left).code).toBe(4401);
    expect(Date.now() - leftAt).toBeGreaterThanOrEqual(AUTH_TIMEOUT_MS - 100);
  });
});

describe('media node authentication metrics', () => {
  it('counts refusals by code and method, and the sessions it watches', async () => {
    const stack = await startMediaNode({ CHORUS_AUTH: 'firebase', CHORUS_FIREBASE_PROJECT: projectId() });
    try {
      const user = await createUser({ roles: ['viewer'] });
      const client = await stack.client();
      await expectProtocolError(client.request('join', { roomId: 'metrics', role: 'viewer' }), 'UNAUTHENTICATED');
      await expectProtocolError(client.request('join', { roomId: 'metrics', role: 'speaker', idToken: user.idToken }), 'FORBIDDEN');
      await client.request('join', { roomId: 'metrics', role: 'viewer', idToken: user.idToken });
      const metrics = await (await fetch(`${stack.httpBase}/metrics`)).text();
      expect(metrics).toMatch(/^chorus_auth_refusals_total\{code="UNAUTHENTICATED",method="join"\} 1$/m);
      expect(metrics).toMatch(/^chorus_auth_refusals_total\{code="FORBIDDEN",method="join"\} 1$/m);
      expect(metrics).toMatch(/^chorus_authenticated_sessions 1$/m);
    } finally {
      await stack.close();
    }
  });
});

describe('media node connection cap', () => {
  it('refuses connections beyond the per-address cap with HTTP 429, and takes new ones as others close', async () => {
    const stack = await startMediaNode({ CHORUS_AUTH: 'firebase', CHORUS_FIREBASE_PROJECT: projectId(), CHORUS_MAX_CONNECTIONS_PER_IP: '2' });
    try {
      const first = await stack.client();
      await stack.client();
      const refused = await new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(stack.url);
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.once('open', () => reject(new Error('a connection beyond the cap was accepted')));
      });
      expect(refused).toBe(429);
      await first.close();
      await sleep(100);
      const later = await stack.client();
      expect(later.socket.readyState).toBe(WebSocket.OPEN);
    } finally {
      await stack.close();
    }
  });
});

describe('media node per-user session cap (WebSocket carrier)', () => {
  it("refuses a user's sessions beyond CHORUS_MAX_SESSIONS_PER_USER with LIMIT_EXCEEDED, counts a resumed one once, and frees a place when one ends", async () => {
    const stack = await startMediaNode({
      CHORUS_AUTH: 'firebase',
      CHORUS_FIREBASE_PROJECT: projectId(),
      CHORUS_MAX_SESSIONS_PER_USER: '2',
      CHORUS_RECONNECT_GRACE_MS: '1000',
    });
    try {
      const [user, other] = await Promise.all([createUser({ roles: ['viewer'] }), createUser({ roles: ['viewer'] })]);
      const join = async (who: TestUser, sessionToken?: string) =>
        (await stack.client()).request('join', { roomId: 'cap', role: 'viewer', idToken: who.idToken, ...(sessionToken ? { sessionToken } : {}) });
      const first = await stack.client();
      const joined = await first.request('join', { roomId: 'cap', role: 'viewer', idToken: user.idToken });
      const second = await stack.client();
      await second.request('join', { roomId: 'cap', role: 'viewer', idToken: user.idToken });
      await expectProtocolError(join(user), 'LIMIT_EXCEEDED', /already has 2 sessions/);
      // Another user is not held to this one's count.
      await expect(join(other)).resolves.toMatchObject({ uid: other.uid });
      // A dropped session keeps its place through its grace period, and resuming it takes no second one.
      first.socket.terminate();
      await sleep(100);
      await expectProtocolError(join(user), 'LIMIT_EXCEEDED', /already has 2 sessions/);
      await expect(join(user, joined.sessionToken)).resolves.toMatchObject({ resumed: true });
      await expectProtocolError(join(user), 'LIMIT_EXCEEDED', /already has 2 sessions/);
      // Leaving frees a place.
      await second.request('leave', {});
      await expect(join(user)).resolves.toMatchObject({ resumed: false });
    } finally {
      await stack.close();
    }
  });

  it('frees the place of a dropped session when its grace period runs out', async () => {
    const stack = await startMediaNode({
      CHORUS_AUTH: 'firebase',
      CHORUS_FIREBASE_PROJECT: projectId(),
      CHORUS_MAX_SESSIONS_PER_USER: '1',
      CHORUS_RECONNECT_GRACE_MS: '300',
    });
    try {
      const user = await createUser({ roles: ['viewer'] });
      const first = await stack.client();
      await first.request('join', { roomId: 'cap-grace', role: 'viewer', idToken: user.idToken });
      first.socket.terminate();
      await sleep(100);
      await expectProtocolError(
        (await stack.client()).request('join', { roomId: 'cap-grace', role: 'viewer', idToken: user.idToken }),
        'LIMIT_EXCEEDED',
        /1 sessions/,
      );
      await sleep(500);
      await expect((await stack.client()).request('join', { roomId: 'cap-grace', role: 'viewer', idToken: user.idToken })).resolves.toMatchObject({
        uid: user.uid,
      });
    } finally {
      await stack.close();
    }
  });
});

describe('media node HTTP API', () => {
  let stack: MediaNodeStack;
  let viewer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    [stack, viewer, admin] = await Promise.all([
      startMediaNode({ CHORUS_AUTH: 'firebase', CHORUS_FIREBASE_PROJECT: projectId() }),
      createUser({ roles: ['viewer'] }),
      createUser({ roles: ['admin', 'viewer'] }),
    ]);
  });
  afterAll(() => stack?.close());

  const get = (path: string, idToken?: string) =>
    fetch(`${stack.httpBase}${path}`, idToken ? { headers: { authorization: `Bearer ${idToken}` } } : {});

  it('answers /api/me with the verified user', async () => {
    const response = await get('/api/me', viewer.idToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({
      uid: viewer.uid,
      roles: ['viewer'],
      expiresAt: (idTokenClaims(viewer.idToken).exp as number) * 1000,
    });
  });

  it('answers 401 with a JSON error without a token or with a bad one', async () => {
    const missing = await get('/api/me');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(await missing.json()).toStrictEqual({ error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/Authorization: Bearer/) } });
    const bad = await get('/api/me', 'not-a-jwt');
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it("lists a room's utterances for admins only", async () => {
    stack.node.utterances.begin({ id: 'u-1', roomId: 'api-room', speakerId: 'peer-1', speakerUid: 'speaker-uid', startedAt: 1_700_000_000_000 });
    stack.node.utterances.begin({ id: 'u-2', roomId: 'other-room', speakerId: 'peer-2', startedAt: 1_700_000_000_000 });
    const forbidden = await get('/api/rooms/api-room/utterances', viewer.idToken);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toStrictEqual({ error: { code: 'FORBIDDEN', message: expect.stringMatching(/admins/) } });
    const unauthenticated = await get('/api/rooms/api-room/utterances');
    expect(unauthenticated.status).toBe(401);
    const listed = await get('/api/rooms/api-room/utterances', admin.idToken);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toStrictEqual({
      roomId: 'api-room',
      utterances: [
        {
          utteranceId: 'u-1',
          speakerId: 'peer-1',
          speakerUid: 'speaker-uid',
          startedAt: 1_700_000_000_000,
          state: 'recording',
          durationMs: 0,
          bytes: 0,
        },
      ],
    });
  });

  it('keeps the probes open without a token', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/metrics')).status).toBe(200);
    expect((await get('/api/nothing-here', admin.idToken)).status).toBe(404);
  });
});
