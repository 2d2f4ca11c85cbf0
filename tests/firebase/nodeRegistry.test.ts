// The media node's own records in Firestore, against the emulator suite: its registration in
// nodes/{nodeId} with load and a heartbeat, draining on close; the utterance journal
// (rooms/{roomId}/utterances) and the routing decisions (routingDecisions).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deleteApp } from 'firebase-admin/app';
import type { Timestamp } from 'firebase-admin/firestore';
import { NodeRecordSchema, RoutingDecisionSchema, UtteranceRecordSchema } from '@chorus/protocol';
import { startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';
import { adminApp, adminFirestore, createUser, projectId, type TestUser } from '../support/firebase.js';
import { sleep, waitFor } from '../support/waitFor.js';

const HEARTBEAT_MS = 300;

/** Firestore reads cost a round trip to the emulator: poll them less often than waitFor's default. */
const FIRESTORE_POLL_MS = 100;

describe('node registry and utterance journal', () => {
  let stack: MediaNodeStack;
  let viewer: TestUser;
  let closed = false;
  const nodeId = `registry-${randomUUID().slice(0, 8)}`;
  const nodeDoc = () => adminFirestore().collection('nodes').doc(nodeId);

  beforeAll(async () => {
    [stack, viewer] = await Promise.all([
      startMediaNode({
        CHORUS_AUTH: 'firebase',
        CHORUS_FIREBASE_PROJECT: projectId(),
        CHORUS_FIRESTORE: 'on',
        CHORUS_NODE_ID: nodeId,
        CHORUS_REGION: 'test-region',
        CHORUS_NODE_HEARTBEAT_MS: String(HEARTBEAT_MS),
        CHORUS_VIEWER_FEED: 'utterances',
      }),
      createUser({ roles: ['viewer'] }),
    ]);
  });
  afterAll(async () => {
    if (!closed) await stack?.close();
  });

  it('registers the node with where to reach it, its capacity and load', async () => {
    const snapshot = await waitFor(
      async () => {
        const s = await nodeDoc().get();
        return s.exists && s;
      },
      'the node document',
      10_000,
      FIRESTORE_POLL_MS,
    );
    const record = NodeRecordSchema.parse(snapshot.data());
    expect(record).toMatchObject({
      nodeId,
      publicUrl: `ws://127.0.0.1:${stack.node.port}`,
      signalingPath: '/ws',
      region: 'test-region',
      capacity: { workers: 1, maxConsumers: 500 },
      load: { workers: 1, rooms: 0, transports: 0, producers: 0, consumers: 0, utteranceStoreBytes: 0 },
      state: 'up',
    });
    expect((record.startedAt as Timestamp).toMillis()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('beats with a server timestamp and the current load', async () => {
    const first = ((await nodeDoc().get()).get('heartbeatAt') as Timestamp).toMillis();
    const client = await stack.client();
    await client.request('join', { roomId: 'registry-room', role: 'viewer', idToken: viewer.idToken });
    await client.request('createWebRtcTransport', { direction: 'recv' });
    const loaded = await waitFor(
      async () => {
        const s = await nodeDoc().get();
        return s.get('load.transports') === 1 && s;
      },
      'the load with the transport',
      10_000,
      FIRESTORE_POLL_MS,
    );
    expect(loaded.get('load')).toMatchObject({ rooms: 1, transports: 1 });
    expect((loaded.get('heartbeatAt') as Timestamp).toMillis()).toBeGreaterThan(first);
    // The start time stays that of the registration.
    expect((loaded.get('startedAt') as Timestamp).toMillis()).toBeLessThanOrEqual(first);
  });

  it('journals a viewer left with nothing to play as a routing decision', async () => {
    const decisions = await waitFor(
      async () => {
        const s = await adminFirestore().collection('routingDecisions').where('nodeId', '==', nodeId).get();
        return s.size > 0 && s;
      },
      'a routing decision',
      10_000,
      FIRESTORE_POLL_MS,
    );
    const decision = RoutingDecisionSchema.parse(decisions.docs[0]!.data());
    expect(decision).toMatchObject({ roomId: 'registry-room', viewerUid: viewer.uid, utteranceId: null, reason: 'nothing-to-play' });
  });

  it('journals an utterance as it records, completes and is evicted', async () => {
    const store = stack.node.utterances;
    const journal = stack.node.firestore!.journal;
    const id = `u-${randomUUID()}`;
    const ref = adminFirestore().collection('rooms').doc('journal-room').collection('utterances').doc(id);
    const utterance = store.begin({ id, roomId: 'journal-room', speakerId: 'peer-1', speakerUid: 'uid-1', startedAt: Date.now() });
    await journal.flush();
    expect(UtteranceRecordSchema.parse((await ref.get()).data())).toMatchObject({
      state: 'recording',
      durationMs: null,
      speakerUid: 'uid-1',
      nodeId,
    });

    utterance.append('audio', new Uint8Array(120), 0, false);
    utterance.append('audio', new Uint8Array(120), 480, false);
    utterance.complete();
    await journal.flush();
    const complete = UtteranceRecordSchema.parse((await ref.get()).data());
    expect(complete).toMatchObject({ state: 'complete', durationMs: 480, speakerPeerId: 'peer-1', roomId: 'journal-room' });
    expect(complete.bytes).toBeGreaterThan(0);

    store.clear();
    await journal.flush();
    // Evicted: the media is gone, what was known of it stays.
    expect((await ref.get()).data()).toMatchObject({ state: 'evicted', durationMs: 480, bytes: complete.bytes });
  });

  it('marks the node draining on close and stops beating', async () => {
    closed = true;
    await stack.close();
    const drained = await nodeDoc().get();
    expect(drained.get('state')).toBe('draining');
    const beatAt = (drained.get('heartbeatAt') as Timestamp).toMillis();
    await sleep(HEARTBEAT_MS * 3);
    expect(((await nodeDoc().get()).get('heartbeatAt') as Timestamp).toMillis()).toBe(beatAt);
  });
});

// The admin app's gRPC channels would keep the test worker alive.
afterAll(() => deleteApp(adminApp()));
