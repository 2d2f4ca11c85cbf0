// The Firestore signaling carrier on a real media node against the emulator suite: command records in
// sessions/{sessionId}/commands run through the same ProtocolHandler as WebSocket requests, each exactly
// once, with the result or a clear error written back, and the session's notifications written beside.
// The last test points a node at a Firestore emulator of its own, stops it and starts it again.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import {
  FieldValue,
  getFirestore,
  type DocumentData,
  type DocumentReference,
  type Firestore,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import { DoneCommandRecordSchema, type ErrorBody } from '@chorus/protocol';
import { createLogger, FirestoreCarrier, type FirestoreCarrierSettings } from '@chorus/media-node';
import { Device } from 'mediasoup-client';
import type { RtpCapabilities, RtpParameters, TransportOptions } from 'mediasoup-client/types';
import { fakeRtpParameters, startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';
// For its side effect: libwebrtc's classes where mediasoup-client looks for the browser's.
import '../support/NodeViewer.js';
import { sleep, waitFor } from '../support/waitFor.js';
import {
  adminApp,
  adminAuth,
  adminFirestore,
  createUser,
  forgedToken,
  idTokenClaims,
  projectId,
  unsignedToken,
  type TestUser,
} from '../support/firebase.js';

/** A client of the Firestore carrier, as the web client would be: a session document and its commands. */
class FirestoreSession {
  private nextId = 1;

  private constructor(
    readonly db: Firestore,
    readonly ref: DocumentReference,
    readonly user: TestUser,
    readonly nodeId: string,
  ) {}

  static async open(db: Firestore, user: TestUser, nodeId: string, sessionId = `s-${randomUUID()}`): Promise<FirestoreSession> {
    const ref = db.collection('sessions').doc(sessionId);
    await ref.set({ uid: user.uid, nodeId, roomId: 'room', createdAt: FieldValue.serverTimestamp() });
    return new FirestoreSession(db, ref, user, nodeId);
  }

  /** Writes a command; `overrides` replaces fields of the record (to forge or break it). */
  async send(method: string, data?: unknown, overrides: Record<string, unknown> = {}): Promise<DocumentReference> {
    return this.ref.collection('commands').add(pendingCommand(this.user, this.nodeId, this.nextId++, method, data, overrides));
  }

  /** Sends and waits for the node's answer: the response data, or throws the written error. */
  async request<T = Record<string, unknown>>(method: string, data?: unknown, overrides: Record<string, unknown> = {}): Promise<T> {
    const done = await waitDone(await this.send(method, data, overrides));
    if (done.error) throw Object.assign(new Error(`${done.error.code}: ${done.error.message}`), done.error);
    return done.response as T;
  }

  async notifications(): Promise<DocumentData[]> {
    const snapshot = await this.ref.collection('notifications').orderBy('seq').get();
    return snapshot.docs.map((doc) => doc.data());
  }
}

/** A command record as a client writes it, for `nodeId` to carry out; `overrides` forge or break it. */
function pendingCommand(user: TestUser, nodeId: string, id: number, method: string, data?: unknown, overrides: Record<string, unknown> = {}) {
  return {
    uid: user.uid,
    nodeId,
    id,
    method,
    ...(data === undefined ? {} : { data: JSON.stringify(data) }),
    idToken: user.idToken,
    state: 'pending',
    createdAt: FieldValue.serverTimestamp(),
    ...overrides,
  };
}

type DoneCommand = DocumentData & { response?: unknown; error?: ErrorBody };

/**
 * Resolves with the command document once the node marked it done. A listener that fails (the test's
 * own client meets a restarted emulator) is opened again until the deadline.
 */
async function waitDone(ref: DocumentReference, timeoutMs = 20_000): Promise<DoneCommand> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = 'no answer';
  while (Date.now() < deadline) {
    try {
      return await doneWithin(ref, deadline - Date.now());
    } catch (error) {
      lastError = error;
      await sleep(200);
    }
  }
  throw new Error(`command ${ref.path} not done within ${timeoutMs} ms: ${String(lastError)}`);
}

/**
 * The listener, and a read every second beside it: the emulator sometimes breaks a listen stream with a
 * bogus RESOURCE_EXHAUSTED (firebase-tools#8654), after which the SDK waits up to a minute to listen again.
 */
function doneWithin(ref: DocumentReference, timeoutMs: number): Promise<DoneCommand> {
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      clearInterval(poll);
      unsubscribe();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new Error('timed out'))), timeoutMs);
    const poll = setInterval(() => {
      ref.get().then(
        (snapshot) => snapshot.get('state') === 'done' && finish(() => resolve(snapshot.data()!)),
        () => undefined,
      );
    }, 1000);
    const unsubscribe = ref.onSnapshot(
      (snapshot) => {
        if (snapshot.get('state') === 'done') finish(() => resolve(snapshot.data()!));
      },
      (error) => finish(() => reject(error)),
    );
  });
}

async function expectCommandError(promise: Promise<unknown>, code: string, message?: RegExp): Promise<ErrorBody> {
  const error = (await promise.then(
    () => {
      throw new Error(`expected ${code}, but the command succeeded`);
    },
    (e: unknown) => e,
  )) as ErrorBody;
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
  return error;
}

/** Firestore reads cost a round trip to the emulator: poll them less often than waitFor's default. */
const FIRESTORE_POLL_MS = 50;

function startNode(nodeId: string, env: Record<string, string> = {}): Promise<MediaNodeStack> {
  return startMediaNode({
    CHORUS_AUTH: 'firebase',
    CHORUS_FIREBASE_PROJECT: projectId(),
    CHORUS_FIRESTORE: 'on',
    CHORUS_NODE_ID: nodeId,
    ...env,
  });
}

describe('Firestore signaling carrier', () => {
  let stack: MediaNodeStack;
  let nodeId: string;
  let speaker: TestUser;
  let viewer: TestUser;
  let other: TestUser;
  const db = () => adminFirestore();

  beforeAll(async () => {
    nodeId = `carrier-${randomUUID().slice(0, 8)}`;
    [stack, speaker, viewer, other] = await Promise.all([
      startNode(nodeId),
      createUser({ roles: ['speaker'] }),
      createUser({ roles: ['viewer'] }),
      createUser({ roles: ['speaker', 'viewer'] }),
    ]);
  });
  afterAll(() => stack?.close());

  const roomOf = (roomId: string) => stack.node.rooms.list().find((room) => room.id === roomId);
  /** Another carrier on the same node's handler and sessions, with settings of its own (another node id, say). */
  const carrierOnStack = (settings: FirestoreCarrierSettings) =>
    new FirestoreCarrier(db(), stack.node.handler, stack.node.sessions, stack.node.authenticator, settings, createLogger('silent'));

  it('runs a session’s commands in order through the protocol handler and writes each response back', async () => {
    const session = await FirestoreSession.open(db(), speaker, nodeId);
    // Written together, without waiting: the transport can only be created after the join.
    const joinRef = await session.send('join', { roomId: 'fs-roundtrip', role: 'speaker' });
    const capsRef = await session.send('getRouterRtpCapabilities', {});
    const transportRef = await session.send('createWebRtcTransport', { direction: 'send' });
    const [joined, caps, transport] = await Promise.all([waitDone(joinRef), waitDone(capsRef), waitDone(transportRef)]);
    for (const done of [joined, caps, transport]) {
      expect(done.error).toBeUndefined();
      expect(DoneCommandRecordSchema.safeParse(done).success).toBe(true);
      expect(done.completedAt).toBeDefined();
      expect(done.claimedBy).toMatch(new RegExp(`^${nodeId}/`));
    }
    expect(joined.response).toMatchObject({ uid: speaker.uid, resumed: false, peerId: expect.any(String) });
    expect((caps.response as { rtpCapabilities: { codecs: unknown[] } }).rtpCapabilities.codecs.length).toBeGreaterThan(0);
    const transportId = (transport.response as { transportId: string }).transportId;
    const peer = roomOf('fs-roundtrip')!.listPeers()[0]!;
    expect(peer.uid).toBe(speaker.uid);
    expect(peer.transport(transportId).appData.direction).toBe('send');
  });

  it('writes a session’s notifications with an increasing seq', async () => {
    const speakerSession = await FirestoreSession.open(db(), speaker, nodeId);
    await speakerSession.request('join', { roomId: 'fs-notify', role: 'speaker' });
    const { transportId } = await speakerSession.request<{ transportId: string }>('createWebRtcTransport', { direction: 'send' });
    const produced = await Promise.all(
      (['audio', 'video'] as const).map((kind, i) =>
        speakerSession.request<{ producerId: string }>('produce', { transportId, kind, rtpParameters: fakeRtpParameters(kind, 1000 + i) }),
      ),
    );
    const viewerSession = await FirestoreSession.open(db(), viewer, nodeId);
    await viewerSession.request('join', { roomId: 'fs-notify', role: 'viewer' });
    let notifications: DocumentData[] = [];
    await waitFor(async () => (notifications = await viewerSession.notifications()).length >= 2, 'two notifications', 10_000, FIRESTORE_POLL_MS);
    expect(notifications.map((n) => n.seq as unknown)).toStrictEqual([0, 1]);
    expect(notifications.map((n) => n.method as unknown)).toStrictEqual(['producerAdded', 'producerAdded']);
    expect(notifications.map((n) => (n.data as { producerId: string }).producerId).sort()).toStrictEqual(produced.map((p) => p.producerId).sort());
  });

  it('resumes a peer session from a new session document, as a client does after losing its listeners, or over the WebSocket', async () => {
    const first = await FirestoreSession.open(db(), speaker, nodeId);
    const joined = await first.request<{ peerId: string; sessionToken: string }>('join', { roomId: 'fs-resume', role: 'speaker' });
    const second = await FirestoreSession.open(db(), speaker, nodeId);
    // Someone else's token does not take the session over.
    const intruder = await FirestoreSession.open(db(), other, nodeId);
    await expectCommandError(intruder.request('join', { roomId: 'fs-resume', role: 'speaker', sessionToken: joined.sessionToken }), 'FORBIDDEN');
    const resumed = await second.request<{ peerId: string; resumed: boolean }>('join', {
      roomId: 'fs-resume',
      role: 'speaker',
      sessionToken: joined.sessionToken,
    });
    expect(resumed).toMatchObject({ peerId: joined.peerId, resumed: true });
    await expect(second.request('createWebRtcTransport', { direction: 'send' })).resolves.toHaveProperty('transportId');
    await expectCommandError(first.request('createWebRtcTransport', { direction: 'send' }), 'NOT_JOINED');
    expect(
      roomOf('fs-resume')!
        .listPeers()
        .map((peer) => peer.id),
    ).toStrictEqual([joined.peerId]);

    // And over to the WebSocket, with what the peer owns.
    const socket = await stack.client();
    const overWebSocket = await socket.request('join', {
      roomId: 'fs-resume',
      role: 'speaker',
      sessionToken: joined.sessionToken,
      idToken: speaker.idToken,
    });
    expect(overWebSocket).toMatchObject({ peerId: joined.peerId, resumed: true });
    await expectCommandError(second.request('getRouterRtpCapabilities', {}), 'NOT_JOINED');
    await expect(socket.request('createWebRtcTransport', { direction: 'recv' })).resolves.toHaveProperty('transportId');
    expect(roomOf('fs-resume')!.listPeers()[0]!.counts.transports).toBe(2);
  });

  it('deletes a command’s bearer secrets when it writes the result, success or error', async () => {
    const session = await FirestoreSession.open(db(), speaker, nodeId);
    const joinRef = await session.send('join', { roomId: 'fs-secrets', role: 'speaker', idToken: speaker.idToken });
    const joined = await waitDone(joinRef);
    expect(joined.error).toBeUndefined();
    const resumeRef = await session.send('join', {
      roomId: 'fs-secrets',
      role: 'speaker',
      idToken: speaker.idToken,
      sessionToken: (joined.response as { sessionToken: string }).sessionToken,
    });
    const refusedRef = await session.send('createWebRtcTransport', { direction: 'sideways' });
    const [resumed, refused] = [await waitDone(resumeRef), await waitDone(refusedRef)];
    for (const done of [joined, resumed, refused]) {
      expect(done.idToken).toBeUndefined();
      expect(JSON.parse(done.data as string)).not.toHaveProperty('idToken');
      expect(JSON.parse(done.data as string)).not.toHaveProperty('sessionToken');
    }
    // What is not a secret stays, for the record.
    expect(JSON.parse(resumed.data as string)).toMatchObject({ roomId: 'fs-secrets', role: 'speaker' });
    expect(refused.error?.code).toBe('INVALID_PARAMS');
    expect(refused.data).toBe(JSON.stringify({ direction: 'sideways' }));
  });

  it('runs a command once when it is delivered again, here or to another run of the carrier', async () => {
    const carrier = stack.node.firestore!.commandCarrier!;
    const session = await FirestoreSession.open(db(), speaker, nodeId);
    await session.request('join', { roomId: 'fs-redeliver', role: 'speaker' });
    const peer = roomOf('fs-redeliver')!.listPeers()[0]!;
    const outcomes: { path: string; outcome: string }[] = [];
    const record = (path: string, outcome: string) => outcomes.push({ path, outcome });
    carrier.on('command', record);
    try {
      const ref = await session.send('createWebRtcTransport', { direction: 'send' });
      // The snapshot as a listener saw it, claimed or not yet: delivered to the node's carrier twice more.
      const pending = (await ref.get()) as QueryDocumentSnapshot;
      carrier.receive([pending, pending]);
      const done = await waitDone(ref);
      expect(done.error).toBeUndefined();
      expect(done.claimedBy).toBe(carrier.claimId);

      // A fresh run of the carrier (its memory empty, as after a restart) handed the same snapshot: the
      // document changed since, so its claim fails and it leaves the command alone.
      const rerun = carrierOnStack({ nodeId, rateLimit: { perSecond: 50, burst: 100 } });
      const rerunOutcome = new Promise((resolve) => rerun.once('command', (_path, outcome) => resolve(outcome)));
      rerun.receive([pending]);
      expect(await rerunOutcome).toBe('skipped');
      await rerun.close();

      await sleep(300);
      expect(peer.counts.transports).toBe(1);
      expect(outcomes.filter((o) => o.path === ref.path).map((o) => o.outcome)).toStrictEqual(['ok']);
      expect((await ref.get()).data()).toMatchObject({ state: 'done', response: done.response });
      expect((await ref.get()).get('error')).toBeUndefined();
    } finally {
      carrier.off('command', record);
    }
  });

  it('rate-limits each session as the WebSocket carrier limits each connection', async () => {
    // A carrier of its own, for another node id, with a burst of two commands.
    const limitedNodeId = `${nodeId}-limited`;
    const limited = carrierOnStack({ nodeId: limitedNodeId, rateLimit: { perSecond: 0.5, burst: 2 } });
    try {
      limited.start();
      const session = await FirestoreSession.open(db(), speaker, limitedNodeId);
      const refs = [];
      for (let i = 0; i < 4; i++) refs.push(await session.send('getRouterRtpCapabilities', {}));
      const results = await Promise.all(refs.map((ref) => waitDone(ref)));
      expect(results.map((done) => done.error?.code ?? 'ok')).toStrictEqual(['NOT_JOINED', 'NOT_JOINED', 'RATE_LIMITED', 'RATE_LIMITED']);
      // Another session has its own budget.
      const another = await FirestoreSession.open(db(), speaker, limitedNodeId);
      await expect(another.request('join', { roomId: 'fs-limited', role: 'speaker' })).resolves.toMatchObject({ uid: speaker.uid });
    } finally {
      await limited.close();
    }
  });

  it('deletes a session that left, with its commands and notifications, once it has been idle a while', async () => {
    const idleNodeId = `${nodeId}-idle`;
    const idle = carrierOnStack({ nodeId: idleNodeId, rateLimit: { perSecond: 50, burst: 100 }, idleSessionMs: 500 });
    try {
      idle.start();
      const session = await FirestoreSession.open(db(), speaker, idleNodeId);
      await session.request('join', { roomId: 'fs-idle', role: 'speaker' });
      await session.request('leave', {});
      expect((await session.ref.collection('commands').get()).size).toBe(2);
      await waitFor(async () => !(await session.ref.get()).exists, 'the session document to go', 10_000, FIRESTORE_POLL_MS);
      await waitFor(
        async () => (await session.ref.collection('commands').get()).empty && (await session.ref.collection('notifications').get()).empty,
        'its subcollections to go',
        10_000,
        FIRESTORE_POLL_MS,
      );
    } finally {
      await idle.close();
    }
  });

  it('answers a command that an earlier run of the node claimed with UNAVAILABLE instead of running it blind', async () => {
    const session = await FirestoreSession.open(db(), speaker, nodeId);
    const ref = await session.send(
      'join',
      { roomId: 'fs-stale', role: 'speaker' },
      { claimedBy: `${nodeId}/deadrun`, claimedAt: FieldValue.serverTimestamp() },
    );
    const done = await waitDone(ref);
    expect(done.error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/restarted/) });
    expect(roomOf('fs-stale')).toBeUndefined();
  });

  it('answers malformed commands with a clear error and keeps serving', async () => {
    const session = await FirestoreSession.open(db(), speaker, nodeId);
    const noToken = await waitDone(await session.send('join', { roomId: 'fs-bad', role: 'speaker' }, { idToken: 42 }));
    expect(noToken.error).toMatchObject({ code: 'INVALID_MESSAGE', message: expect.stringMatching(/idToken/) });
    const badId = await waitDone(await session.send('join', { roomId: 'fs-bad', role: 'speaker' }, { id: { nested: true } }));
    expect(badId.error).toMatchObject({ code: 'INVALID_MESSAGE', message: expect.stringMatching(/^not a command record: id/) });
    await expectCommandError(session.request('teleport', {}), 'UNKNOWN_METHOD', /teleport/);
    await expectCommandError(session.request('join', { roomId: '../etc', role: 'speaker' }), 'INVALID_PARAMS', /roomId/);
    await expectCommandError(session.request('join', { roomId: 'fs-bad', role: 'speaker', sessionToken: 'x'.repeat(70_000) }), 'MESSAGE_TOO_LARGE');
    await expectCommandError(session.request('createWebRtcTransport', { direction: 'send' }), 'NOT_JOINED');
    await expect(session.request('join', { roomId: 'fs-bad', role: 'speaker' })).resolves.toMatchObject({ uid: speaker.uid });
  });

  it('refuses commands without a session document or for a session of another node', async () => {
    const orphan = await waitDone(
      await db()
        .collection('sessions')
        .doc(`missing-${randomUUID()}`)
        .collection('commands')
        .add(pendingCommand(speaker, nodeId, 1, 'getRouterRtpCapabilities', {})),
    );
    expect(orphan.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/no session document/) });
    const elsewhere = await FirestoreSession.open(db(), speaker, 'some-other-node');
    const misaddressed = await waitDone(
      await elsewhere.ref.collection('commands').add(pendingCommand(speaker, nodeId, 1, 'getRouterRtpCapabilities', {})),
    );
    expect(misaddressed.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/some-other-node/) });
  });

  describe('authentication', () => {
    it('refuses a forged token', async () => {
      const session = await FirestoreSession.open(db(), speaker, nodeId);
      const claims = idTokenClaims(speaker.idToken);
      const forged = forgedToken({ ...claims, roles: ['admin'] });
      await expectCommandError(session.request('join', { roomId: 'fs-auth', role: 'admin' }, { idToken: forged }), 'UNAUTHENTICATED', /signature/);
      await expectCommandError(session.request('join', { roomId: 'fs-auth', role: 'speaker' }, { idToken: 'not-a-jwt' }), 'UNAUTHENTICATED');
      expect(roomOf('fs-auth')).toBeUndefined();
    });

    it('refuses an expired token', async () => {
      const session = await FirestoreSession.open(db(), speaker, nodeId);
      const past = Math.floor(Date.now() / 1000) - 60;
      const expired = unsignedToken(speaker.uid, { iat: past - 3600, auth_time: past - 3600, exp: past, roles: ['speaker'] });
      await expectCommandError(session.request('join', { roomId: 'fs-auth', role: 'speaker' }, { idToken: expired }), 'UNAUTHENTICATED', /expired/);
    });

    it('refuses another user’s token, and a session of another user', async () => {
      const session = await FirestoreSession.open(db(), speaker, nodeId);
      // The command claims to be the speaker's but carries someone else's token.
      await expectCommandError(
        session.request('join', { roomId: 'fs-auth', role: 'speaker' }, { idToken: other.idToken }),
        'UNAUTHENTICATED',
        /author/,
      );
      // A consistent command from another user, into the speaker's session.
      await expectCommandError(
        session.request('join', { roomId: 'fs-auth', role: 'speaker' }, { uid: other.uid, idToken: other.idToken }),
        'FORBIDDEN',
        /another user/,
      );
      expect(roomOf('fs-auth')).toBeUndefined();
    });

    it('refuses a role the claims do not grant', async () => {
      const session = await FirestoreSession.open(db(), viewer, nodeId);
      await expectCommandError(session.request('join', { roomId: 'fs-auth', role: 'speaker' }), 'FORBIDDEN', /not granted/);
      await expect(session.request('join', { roomId: 'fs-auth', role: 'viewer' })).resolves.toMatchObject({ uid: viewer.uid });
    });

    it('refuses the next command once the user’s tokens are revoked', async () => {
      const victim = await createUser({ roles: ['speaker'] });
      const session = await FirestoreSession.open(db(), victim, nodeId);
      await session.request('join', { roomId: 'fs-revoke', role: 'speaker' });
      // Revocation counts tokens issued before it, by the second.
      await sleep(1100);
      await adminAuth().revokeRefreshTokens(victim.uid);
      await expectCommandError(session.request('createWebRtcTransport', { direction: 'send' }), 'UNAUTHENTICATED', /revoked/);
      expect(roomOf('fs-revoke')!.listPeers()[0]!.counts.transports).toBe(0);
    });
  });

  it('counts executed commands in /metrics', async () => {
    const text = await (await fetch(`${stack.httpBase}/metrics`)).text();
    const ok = Number(/chorus_firestore_commands_total\{outcome="ok"\} (\d+)/.exec(text)?.[1]);
    const failed = Number(/chorus_firestore_commands_total\{outcome="error"\} (\d+)/.exec(text)?.[1]);
    expect(ok).toBeGreaterThanOrEqual(10);
    expect(failed).toBeGreaterThanOrEqual(10);
    expect(Number(/chorus_firestore_sessions (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(text).toMatch(/chorus_firestore_journal_lost 0/);
  });
});

/** A free loopback port for a Firestore emulator of the test's own. */
describe('Firestore carrier per-user session cap', () => {
  it("refuses a user's Firestore sessions beyond CHORUS_MAX_SESSIONS_PER_USER, counted with their WebSocket ones, and frees a place on leave", async () => {
    const nodeId = `cap-${randomUUID().slice(0, 8)}`;
    const [stack, user, other] = await Promise.all([
      startNode(nodeId, { CHORUS_MAX_SESSIONS_PER_USER: '3' }),
      createUser({ roles: ['viewer'] }),
      createUser({ roles: ['viewer'] }),
    ]);
    try {
      const db = adminFirestore();
      const sessions = await Promise.all([0, 1, 2].map(() => FirestoreSession.open(db, user, nodeId)));
      const joined = [];
      for (const session of sessions) joined.push(await session.request<{ sessionToken: string }>('join', { roomId: 'fs-cap', role: 'viewer' }));
      const excess = await FirestoreSession.open(db, user, nodeId);
      await expectCommandError(excess.request('join', { roomId: 'fs-cap', role: 'viewer' }), 'LIMIT_EXCEEDED', /already has 3 sessions/);
      // The same cap over the WebSocket: the count is the user's, whatever carries the sessions.
      const socket = await stack.client();
      await expect(socket.request('join', { roomId: 'fs-cap', role: 'viewer', idToken: user.idToken })).rejects.toMatchObject({
        code: 'LIMIT_EXCEEDED',
      });
      // Another user is not held to it; resuming one's own session from a new document takes no new place.
      await expect((await FirestoreSession.open(db, other, nodeId)).request('join', { roomId: 'fs-cap', role: 'viewer' })).resolves.toMatchObject({
        uid: other.uid,
      });
      const again = await FirestoreSession.open(db, user, nodeId);
      await expect(again.request('join', { roomId: 'fs-cap', role: 'viewer', sessionToken: joined[0]!.sessionToken })).resolves.toMatchObject({
        resumed: true,
      });
      await expectCommandError(excess.request('join', { roomId: 'fs-cap', role: 'viewer' }), 'LIMIT_EXCEEDED');
      await sessions[1]!.request('leave', {});
      await expect(excess.request('join', { roomId: 'fs-cap', role: 'viewer' })).resolves.toMatchObject({ resumed: false });
      expect(
        stack.node.rooms
          .list()
          .find((room) => room.id === 'fs-cap')!
          .listPeers()
          .filter((peer) => peer.uid === user.uid),
      ).toHaveLength(3);
    } finally {
      await stack.close();
    }
  });
});

describe('Firestore sessions whose client vanished', () => {
  let stack: MediaNodeStack;
  let nodeId: string;
  let viewer: TestUser;

  beforeAll(async () => {
    nodeId = `liveness-${randomUUID().slice(0, 8)}`;
    [stack, viewer] = await Promise.all([
      // The utterance feed offers a viewer its own playback producers at once: something to consume.
      startNode(nodeId, { CHORUS_MEDIA_LOST_GRACE_MS: '1500', CHORUS_VIEWER_FEED: 'utterances' }),
      createUser({ roles: ['viewer'] }),
    ]);
  });
  afterAll(() => stack?.close());

  const peersIn = (roomId: string) =>
    stack.node.rooms
      .list()
      .find((room) => room.id === roomId)
      ?.listPeers() ?? [];

  it('ends a session whose client closed its peer connection without leaving, and frees its peer', async () => {
    const session = await FirestoreSession.open(adminFirestore(), viewer, nodeId);
    const joined = await session.request<{ routerRtpCapabilities: RtpCapabilities }>('join', { roomId: 'fs-gone', role: 'viewer' });
    // A client of its own in this process: libwebrtc driven by mediasoup-client, signaling over Firestore.
    const device = new Device({ handlerName: 'Chrome111' });
    await device.load({ routerRtpCapabilities: joined.routerRtpCapabilities });
    const info = await session.request<TransportOptions & { transportId: string }>('createWebRtcTransport', { direction: 'recv' });
    const transport = device.createRecvTransport({ ...info, id: info.transportId, iceServers: [] });
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      session.request('connectWebRtcTransport', { transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
    });
    let offered: DocumentData[] = [];
    await waitFor(
      async () => (offered = (await session.notifications()).filter((n) => n.method === 'producerAdded')).length > 0,
      'producerAdded',
      15_000,
      FIRESTORE_POLL_MS,
    );
    const consumer = await session.request<{ consumerId: string; producerId: string; kind: 'audio' | 'video'; rtpParameters: RtpParameters }>(
      'consume',
      {
        transportId: transport.id,
        producerId: (offered[0]!.data as { producerId: string }).producerId,
        rtpCapabilities: device.rtpCapabilities,
      },
    );
    await transport.consume({ id: consumer.consumerId, producerId: consumer.producerId, kind: consumer.kind, rtpParameters: consumer.rtpParameters });
    const onNode = peersIn('fs-gone')[0]!.transport(transport.id);
    await waitFor(() => onNode.iceState === 'completed' || onNode.iceState === 'connected', 'ICE to connect', 15_000);
    await waitFor(() => onNode.dtlsState === 'connected', 'DTLS to connect', 15_000);

    // The client goes: its peer connection closes, and no leave is ever sent.
    transport.close();
    let ended: DocumentData | undefined;
    await waitFor(
      async () => (ended = (await session.notifications()).find((n) => n.method === 'sessionEnded')) !== undefined,
      'sessionEnded',
      60_000,
      FIRESTORE_POLL_MS,
    );
    expect(ended!.data).toMatchObject({ reason: 'connection-lost', message: expect.stringMatching(/join again/) });
    expect(peersIn('fs-gone')).toHaveLength(0);
  }, 90_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The real Firestore emulator, alone: up in about 2 s, and stopped at will. */
class StandaloneFirestore {
  private child: ChildProcess | undefined;

  constructor(
    private readonly jar: string,
    readonly port: number,
  ) {}

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('java', ['-jar', this.jar, 'start', '--host=127.0.0.1', `--port=${this.port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the Firestore emulator did not start within 30 s')), 30_000);
      const onData = (chunk: Buffer) => {
        if (/Dev App Server is now running|running on/i.test(chunk.toString())) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the Firestore emulator exited (${code})`));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = undefined;
  }
}

describe('Firestore signaling carrier across a lost connection', () => {
  let emulator: StandaloneFirestore;
  let stack: MediaNodeStack | undefined;
  let client: { db: Firestore; close: () => Promise<void> };
  let user: TestUser;
  const nodeId = `reconnect-${randomUUID().slice(0, 8)}`;
  const suiteHost = process.env.FIRESTORE_EMULATOR_HOST;

  beforeAll(async () => {
    const jar = execFileSync('bash', ['scripts/firebase/firestore-emulator.sh'], { encoding: 'utf8' }).trim();
    emulator = new StandaloneFirestore(jar, await freePort());
    [, user] = await Promise.all([emulator.start(), createUser({ roles: ['speaker'] })]);
    // The Admin SDK reads FIRESTORE_EMULATOR_HOST when a Firestore is set up: point the node and this
    // test's client at the standalone emulator, then put the suite's back for everyone else.
    process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
    try {
      // A quick heartbeat notices the outage and the recovery soon, and makes the carrier subscribe afresh.
      stack = await startNode(nodeId, { CHORUS_NODE_HEARTBEAT_MS: '500' });
      const app = initializeApp({ projectId: projectId() }, `reconnect-client-${nodeId}`);
      const db = getFirestore(app);
      client = { db, close: () => deleteApp(app) };
    } finally {
      process.env.FIRESTORE_EMULATOR_HOST = suiteHost;
    }
    // A cold emulator on a busy machine answers its first requests slowly: start once the node is registered.
    await waitFor(async () => (await client.db.collection('nodes').doc(nodeId).get()).exists, 'the node to register', 60_000, FIRESTORE_POLL_MS);
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await client?.close();
    await emulator?.stop();
  });

  it('picks up commands again once Firestore is back, without running old ones again', async () => {
    const carrier = stack!.node.firestore!.commandCarrier!;
    const sessionId = `s-${randomUUID()}`;
    const session = await FirestoreSession.open(client.db, user, nodeId, sessionId);
    const executed: string[] = [];
    carrier.on('command', (path, outcome) => outcome !== 'skipped' && executed.push(path));
    const joinRef = await session.send('join', { roomId: 'fs-reconnect', role: 'speaker' });
    expect((await waitDone(joinRef, 45_000)).error).toBeUndefined();

    await emulator.stop();
    await sleep(1500);
    await emulator.start();
    const restartedAt = Date.now();

    // The restarted emulator is empty: the client writes its session again, then a new command, which
    // the node runs on the session it still holds (the join is not repeated).
    const again = await FirestoreSession.open(client.db, user, nodeId, sessionId);
    const ref = await again.send('createWebRtcTransport', { direction: 'send' });
    const done = await waitDone(ref, 45_000);
    expect(done.error).toBeUndefined();
    expect(done.response).toMatchObject({ transportId: expect.any(String) });
    console.log(`[reconnect] the command ran ${Date.now() - restartedAt} ms after Firestore came back`);
    // The node counts a command once its result is stored, which the client may see first.
    await waitFor(() => executed.length >= 2, 'two commands to run', 10_000);
    await sleep(300);
    expect(executed).toStrictEqual([joinRef.path, ref.path]);
    const peer = stack!.node.rooms
      .list()
      .find((room) => room.id === 'fs-reconnect')!
      .listPeers()[0]!;
    expect(peer.counts.transports).toBe(1);
  }, 150_000);

  it('shuts down within seconds while Firestore is unreachable', async () => {
    await emulator.stop();
    // Something for the journal to write, which it cannot.
    stack!.node.utterances.begin({ id: `u-${randomUUID()}`, roomId: 'fs-reconnect', speakerId: 'p', startedAt: Date.now() });
    const node = stack!;
    stack = undefined;
    const started = Date.now();
    await node.close();
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);
});

// The admin app's gRPC channels would keep the test worker alive.
afterAll(() => deleteApp(adminApp()));
