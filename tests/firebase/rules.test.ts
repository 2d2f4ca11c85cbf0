// firestore.rules against the Firestore emulator, with clients as the web SDK makes them: allowed and
// refused cases for every collection. The Admin SDK (nodes, functions) bypasses the rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { assertFails, assertSucceeds, initializeTestEnvironment, type RulesTestEnvironment, type TokenOptions } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  setLogLevel,
  Timestamp,
  updateDoc,
  where,
  type DocumentData,
  type Firestore,
} from 'firebase/firestore';
import { MAX_MESSAGE_BYTES, methods, sessionIdFor } from '@chorus/protocol';
import { emulatorHosts, projectId } from '../support/firebase.js';

const rulesPath = path.resolve(import.meta.dirname, '../../firestore.rules');

let env: RulesTestEnvironment;

beforeAll(async () => {
  // Every refused write would otherwise log a warning from the SDK's write stream.
  setLogLevel('error');
  const [host, port] = emulatorHosts().firestore.split(':');
  env = await initializeTestEnvironment({
    projectId: projectId(),
    firestore: { host: host!, port: Number(port), rules: readFileSync(rulesPath, 'utf8') },
  });
});

afterAll(async () => {
  await env?.cleanup();
});

/** A client signed in as `uid`; `roles` becomes its roles claim (left out: no claim, the default roles). */
function client(uid: string, roles?: unknown): Firestore {
  const claims: TokenOptions = roles === undefined ? {} : { roles };
  return env.authenticatedContext(uid, claims).firestore() as unknown as Firestore;
}

function anonymous(): Firestore {
  return env.unauthenticatedContext().firestore() as unknown as Firestore;
}

const alice = () => client('alice', ['speaker', 'viewer']);
const bob = () => client('bob', ['speaker', 'viewer']);
const admin = () => client('root', ['admin']);

/** The documents every test starts from, written around the rules as the server would. */
async function seed(): Promise<void> {
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    const now = Timestamp.now();
    await setDoc(doc(db, 'sessions/alice-session'), { uid: 'alice', nodeId: 'node-1', roomId: 'room-1', createdAt: now });
    await setDoc(doc(db, 'sessions/alice-session/commands/c1'), { ...command(), createdAt: now, state: 'done', response: {} });
    await setDoc(doc(db, 'sessions/alice-session/notifications/n1'), { method: 'peerJoined', data: {}, seq: 0, at: now });
    await setDoc(doc(db, 'nodes/node-1'), { nodeId: 'node-1', state: 'up', heartbeatAt: now });
    await setDoc(doc(db, 'rooms/room-1'), { nodeId: 'node-1', assignedAt: now, lastJoinAt: now });
    await setDoc(doc(db, 'rooms/room-1/utterances/u1'), { roomId: 'room-1', nodeId: 'node-1', state: 'complete' });
    await setDoc(doc(db, 'routingDecisions/d1'), { roomId: 'room-1', nodeId: 'node-1', reason: 'next', at: now });
  });
}

beforeEach(seed);

/** A session id as the web client makes it (sessionIdFor): the owner's uid and a 20-character suffix. */
const sessionIdOf = (uid: string, suffix = 'A1b2C3d4E5f6G7h8I9j0') => sessionIdFor(uid, suffix);
const newSession = `sessions/${sessionIdOf('alice')}`;

function session(overrides: DocumentData = {}): DocumentData {
  return { uid: 'alice', nodeId: 'node-1', roomId: 'room-1', createdAt: serverTimestamp(), ...overrides };
}

/** A pending command as the web client writes it (FirestoreSignalingClient): `data` is JSON text. */
function command(overrides: DocumentData = {}): DocumentData {
  if (overrides.data !== undefined && typeof overrides.data !== 'string') overrides = { ...overrides, data: JSON.stringify(overrides.data) };
  return {
    uid: 'alice',
    nodeId: 'node-1',
    id: 1,
    method: 'getRouterRtpCapabilities',
    idToken: 'token',
    state: 'pending',
    createdAt: serverTimestamp(),
    ...overrides,
  };
}

function sendCommand(db: Firestore, data: DocumentData, sessionId = 'alice-session') {
  return setDoc(doc(collection(db, `sessions/${sessionId}/commands`)), data);
}

describe('sessions', () => {
  it('a user creates its own session with the four fields and a server timestamp', async () => {
    await assertSucceeds(setDoc(doc(alice(), newSession), session()));
  });

  it('refuses sessions for someone else, signed out, with unknown or missing fields, a client clock or bad ids', async () => {
    await assertFails(setDoc(doc(bob(), newSession), session()));
    await assertFails(setDoc(doc(anonymous(), newSession), session()));
    await assertFails(setDoc(doc(alice(), newSession), session({ admin: true })));
    const { roomId: _roomId, ...withoutRoom } = session();
    await assertFails(setDoc(doc(alice(), newSession), withoutRoom));
    await assertFails(setDoc(doc(alice(), newSession), session({ createdAt: Timestamp.fromMillis(0) })));
    await assertFails(setDoc(doc(alice(), newSession), session({ roomId: 'a/b' })));
    await assertFails(setDoc(doc(alice(), newSession), session({ roomId: 'r'.repeat(65) })));
    await assertFails(setDoc(doc(alice(), newSession), session({ nodeId: 42 })));
  });

  it('has an id bound to its owner’s uid, which nobody else can create', async () => {
    await assertFails(setDoc(doc(alice(), 'sessions/new'), session()));
    await assertFails(setDoc(doc(alice(), `sessions/${sessionIdOf('bob')}`), session()));
    await assertFails(setDoc(doc(alice(), `sessions/alice_short`), session()));
    // Stripping the fixed-length suffix leaves exactly the uid: a uid that extends another is its own.
    await assertFails(setDoc(doc(alice(), `sessions/${sessionIdOf('alice_x')}`), session()));
    await assertSucceeds(setDoc(doc(client('alice_x', ['viewer']), `sessions/${sessionIdOf('alice_x')}`), session({ uid: 'alice_x' })));
  });

  it('cannot be taken over once deleted: its surviving commands and notifications stay out of reach', async () => {
    const id = sessionIdOf('alice');
    await assertSucceeds(setDoc(doc(alice(), `sessions/${id}`), session()));
    await assertSucceeds(
      setDoc(doc(alice(), `sessions/${id}/commands/secret`), command({ data: { roomId: 'room-1', role: 'viewer' }, method: 'join' })),
    );
    await env.withSecurityRulesDisabled(async (context) => {
      await setDoc(doc(context.firestore() as unknown as Firestore, `sessions/${id}/notifications/n1`), {
        method: 'peerJoined',
        data: {},
        seq: 0,
        at: Timestamp.now(),
      });
    });
    // A client's delete leaves the subcollections behind (only the server deletes recursively).
    await assertSucceeds(deleteDoc(doc(alice(), `sessions/${id}`)));
    await assertFails(setDoc(doc(bob(), `sessions/${id}`), session({ uid: 'bob' })));
    await assertFails(getDoc(doc(bob(), `sessions/${id}/commands/secret`)));
    await assertFails(getDocs(collection(bob(), `sessions/${id}/commands`)));
    await assertFails(getDocs(collection(bob(), `sessions/${id}/notifications`)));
  });

  it('only its owner reads a session, and lists only its own', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'sessions/alice-session')));
    await assertFails(getDoc(doc(bob(), 'sessions/alice-session')));
    await assertFails(getDoc(doc(anonymous(), 'sessions/alice-session')));
    await assertSucceeds(getDocs(query(collection(alice(), 'sessions'), where('uid', '==', 'alice'))));
    await assertFails(getDocs(collection(alice(), 'sessions')));
  });

  it('is never updated by a client; its owner alone deletes it', async () => {
    await assertFails(updateDoc(doc(alice(), 'sessions/alice-session'), { nodeId: 'node-2' }));
    await assertFails(deleteDoc(doc(bob(), 'sessions/alice-session')));
    await assertSucceeds(deleteDoc(doc(alice(), 'sessions/alice-session')));
  });
});

describe('commands', () => {
  it('the session owner sends pending requests, with or without parameters', async () => {
    await assertSucceeds(sendCommand(alice(), command()));
    await assertSucceeds(sendCommand(alice(), command({ id: 'req-2', method: 'createWebRtcTransport', data: { direction: 'recv' } })));
  });

  it('refuses requests in another user’s session or in no session', async () => {
    await assertFails(sendCommand(bob(), command({ uid: 'bob' })));
    await assertFails(sendCommand(anonymous(), command()));
    await assertFails(sendCommand(alice(), command(), 'no-such-session'));
  });

  it('refuses results written by a client: done, response, error, completion or a claim', async () => {
    await assertFails(sendCommand(alice(), command({ state: 'done' })));
    await assertFails(sendCommand(alice(), command({ response: { ok: true } })));
    await assertFails(sendCommand(alice(), command({ error: { code: 'INTERNAL', message: 'x' } })));
    await assertFails(sendCommand(alice(), command({ completedAt: serverTimestamp() })));
    await assertFails(sendCommand(alice(), command({ claimedBy: 'node-1/boot' })));
    await assertFails(updateDoc(doc(alice(), 'sessions/alice-session/commands/c1'), { state: 'pending' }));
  });

  it('refuses a wrong uid or node, unknown methods, missing or bad fields, and oversized ones', async () => {
    await assertFails(sendCommand(alice(), command({ uid: 'bob' })));
    await assertFails(sendCommand(alice(), command({ nodeId: 'node-2' })));
    await assertFails(sendCommand(alice(), command({ method: 'dropTable' })));
    await assertFails(sendCommand(alice(), command({ id: -1 })));
    await assertFails(sendCommand(alice(), command({ createdAt: Timestamp.now() })));
    const { idToken: _idToken, ...withoutToken } = command();
    await assertFails(sendCommand(alice(), withoutToken));
    await assertFails(sendCommand(alice(), command({ idToken: 'x'.repeat(8193) })));
    await assertFails(sendCommand(alice(), { ...command(), data: { direction: 'recv' } }));
    await assertFails(sendCommand(alice(), command({ extra: 1 })));
  });

  it('bounds data at the node’s message size limit, in bytes of UTF-8 as the node counts them', async () => {
    const empty = Buffer.byteLength(JSON.stringify({ direction: 'recv', pad: '' }));
    /** Parameters of about `bytes` bytes of JSON (rounded down to whole characters). */
    const sized = (bytes: number, char = 'x') => JSON.stringify({ direction: 'recv', pad: char.repeat((bytes - empty) / Buffer.byteLength(char)) });
    expect(Buffer.byteLength(sized(MAX_MESSAGE_BYTES))).toBe(MAX_MESSAGE_BYTES);
    await assertSucceeds(sendCommand(alice(), command({ method: 'createWebRtcTransport', data: sized(MAX_MESSAGE_BYTES) })));
    await assertFails(sendCommand(alice(), command({ method: 'createWebRtcTransport', data: sized(MAX_MESSAGE_BYTES + 1) })));
    // Two bytes a character: within the limit in characters, over it in bytes.
    await assertFails(sendCommand(alice(), command({ method: 'createWebRtcTransport', data: sized(MAX_MESSAGE_BYTES + 2, 'é') })));
    // What the review found: a command of about 960 KB passed, only to be refused by the node.
    await assertFails(sendCommand(alice(), command({ method: 'createWebRtcTransport', data: sized(960_000) })));
  });

  it('holds each method to the roles it needs, with the default roles for tokens without a claim', async () => {
    const produce = command({ method: 'produce', data: { kind: 'audio' } });
    await assertSucceeds(sendCommand(alice(), produce));
    await assertSucceeds(sendCommand(client('alice'), produce));
    await assertFails(sendCommand(client('alice', ['viewer']), produce));
    await assertFails(sendCommand(client('alice', 'speaker'), produce));
    await assertFails(sendCommand(client('alice', []), produce));

    await assertSucceeds(sendCommand(client('alice', ['viewer']), command({ method: 'join', data: { roomId: 'room-1', role: 'viewer' } })));
    await assertFails(sendCommand(client('alice', ['viewer']), command({ method: 'join', data: { roomId: 'room-1', role: 'speaker' } })));
    await assertFails(sendCommand(alice(), command({ method: 'join', data: { roomId: 'room-1', role: 'admin' } })));
    await assertFails(sendCommand(alice(), command({ method: 'join', data: { roomId: 'room-1' } })));
    // An admin watches like a viewer, and speaks only with the speaker role.
    await assertSucceeds(sendCommand(client('alice', ['admin']), command({ method: 'join', data: { roomId: 'room-1', role: 'viewer' } })));
    await assertFails(sendCommand(client('alice', ['admin']), command({ method: 'join', data: { roomId: 'room-1', role: 'speaker' } })));

    await assertSucceeds(sendCommand(client('alice', ['viewer']), command({ method: 'reroute', data: {} })));
    await assertSucceeds(sendCommand(client('alice', ['admin']), command({ method: 'reroute', data: { viewerId: 'p1' } })));
    await assertFails(sendCommand(client('alice', ['speaker']), command({ method: 'reroute', data: {} })));
  });

  it('only the session owner reads, lists and deletes its commands', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'sessions/alice-session/commands/c1')));
    await assertSucceeds(getDocs(collection(alice(), 'sessions/alice-session/commands')));
    await assertFails(getDoc(doc(bob(), 'sessions/alice-session/commands/c1')));
    await assertFails(getDocs(collection(bob(), 'sessions/alice-session/commands')));
    await assertFails(deleteDoc(doc(bob(), 'sessions/alice-session/commands/c1')));
    await assertSucceeds(deleteDoc(doc(alice(), 'sessions/alice-session/commands/c1')));
  });
});

describe('notifications', () => {
  it('are read, in order, by the session owner only', async () => {
    await assertSucceeds(getDocs(query(collection(alice(), 'sessions/alice-session/notifications'), orderBy('seq'))));
    await assertFails(getDocs(collection(bob(), 'sessions/alice-session/notifications')));
    await assertFails(getDoc(doc(anonymous(), 'sessions/alice-session/notifications/n1')));
  });

  it('are never written by a client, not even the owner', async () => {
    await assertFails(setDoc(doc(alice(), 'sessions/alice-session/notifications/n2'), { method: 'x', data: {}, seq: 1, at: serverTimestamp() }));
    await assertFails(updateDoc(doc(alice(), 'sessions/alice-session/notifications/n1'), { seq: 5 }));
    await assertFails(deleteDoc(doc(alice(), 'sessions/alice-session/notifications/n1')));
  });
});

describe('server-written collections: nodes, rooms, utterances, routing decisions', () => {
  const paths = ['nodes/node-1', 'rooms/room-1', 'rooms/room-1/utterances/u1', 'routingDecisions/d1'];

  it('are read by admins only', async () => {
    for (const path of paths) {
      await assertSucceeds(getDoc(doc(admin(), path)));
      await assertFails(getDoc(doc(alice(), path)));
      await assertFails(getDoc(doc(anonymous(), path)));
    }
    await assertSucceeds(getDocs(collection(admin(), 'routingDecisions')));
    await assertFails(getDocs(collection(alice(), 'nodes')));
  });

  it('are written by no client, admins included', async () => {
    for (const path of paths) {
      await assertFails(setDoc(doc(admin(), path), { nodeId: 'node-2' }));
      await assertFails(setDoc(doc(alice(), path), { nodeId: 'node-2' }));
      await assertFails(deleteDoc(doc(admin(), path)));
    }
    await assertFails(setDoc(doc(admin(), 'nodes/node-9'), { nodeId: 'node-9' }));
  });
});

describe('maxMessageBytes()', () => {
  it('is MAX_MESSAGE_BYTES, the limit the node holds a command’s data to', () => {
    const body = /function maxMessageBytes\(\) \{\s*return (\d+);/.exec(readFileSync(rulesPath, 'utf8'));
    expect(Number(body?.[1])).toBe(MAX_MESSAGE_BYTES);
  });
});

describe('isMethod()', () => {
  it('lists every protocol method, so a new one is not refused over Firestore alone', () => {
    const body = /function isMethod\(value\) \{\s*return value in \[([^\]]*)\];/.exec(readFileSync(rulesPath, 'utf8'));
    const listed = body?.[1]?.split(',').map((name) => name.trim().replace(/'/g, ''));
    expect(listed?.sort()).toStrictEqual(Object.keys(methods).sort());
  });
});

describe('anything else', () => {
  it('is closed', async () => {
    await assertFails(setDoc(doc(admin(), 'elsewhere/x'), { a: 1 }));
    await assertFails(getDoc(doc(alice(), 'elsewhere/x')));
  });
});
