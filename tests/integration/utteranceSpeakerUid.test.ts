// Who spoke, as a user: a signed-in speaker's uid follows its utterances into the store (whence the
// Firestore journal and the admin API read it) and into the notifications viewers get.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { NotificationEnvelope } from '@chorus/protocol';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import { createLogger } from '@chorus/media-node';
import { routerMediaCodecs } from '../../media-node/src/media/mediaCodecs.js';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import { Room } from '../../media-node/src/rooms/Room.js';
import { RandomRecommender } from '../../media-node/src/utterances/Recommender.js';
import { RoomUtterances } from '../../media-node/src/utterances/RoomUtterances.js';
import { systemClock } from '../../media-node/src/utterances/UtterancePlayback.js';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';
import { LOUD, QUIET, SyntheticSpeaker } from '../support/syntheticMedia.js';
import { waitFor } from '../support/waitFor.js';

let worker: ms.Worker;
let room: Room;
let store: UtteranceStore;
let utterances: RoomUtterances;
const started: SyntheticSpeaker[] = [];

beforeAll(async () => {
  worker = await mediasoup.createWorker({ logLevel: 'error' });
  const router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
  room = new Room('uid-room', router);
  store = new UtteranceStore(16 * 1024 * 1024);
  utterances = new RoomUtterances(room, {
    store,
    recommender: new RandomRecommender(),
    recorder: { detector: { thresholdDbov: -50, onsetPackets: 2, hangoverMs: 300, maxDurationMs: 15_000 }, preRollMs: 200, keyFrameIntervalMs: 1000 },
    recentHistory: 20,
    clock: systemClock,
    logger: createLogger('silent'),
  });
});

afterAll(() => {
  for (const speaker of started) speaker.stop();
  utterances.close();
  worker.close();
});

test("a signed-in speaker's utterances carry its uid, an anonymous one's none", async () => {
  const signedIn = await SyntheticSpeaker.create('alice', room.router, 1000, 1, 'uid-alice');
  const anonymous = await SyntheticSpeaker.create('bob', room.router, 2000, 2);
  const viewerNotes: NotificationEnvelope[] = [];
  const viewer = new Peer('viewer', 'viewer', (n) => viewerNotes.push(n), 'uid-viewer');
  room.addPeer(viewer);
  await utterances.welcome(viewer);
  for (const speaker of [signedIn, anonymous]) {
    speaker.join(room);
    speaker.start();
    started.push(speaker);
  }

  signedIn.level = LOUD;
  const playing = await waitFor(() => viewerNotes.find((n) => n.method === 'nowPlaying')?.data as Record<string, unknown> | undefined, 'nowPlaying');
  expect(playing).toMatchObject({ speakerId: 'alice', speakerUid: 'uid-alice' });
  expect(store.get(playing.utteranceId as string)!.origin.speakerUid).toBe('uid-alice');
  const startedNote = viewerNotes.find((n) => n.method === 'utteranceStarted')!.data;
  expect(startedNote).toMatchObject({ utteranceId: playing.utteranceId, speakerUid: 'uid-alice' });
  signedIn.level = QUIET;

  anonymous.level = LOUD;
  const bobs = await waitFor(() => store.list((u) => u.origin.speakerId === 'bob')[0], 'bob recorded');
  anonymous.level = QUIET;
  expect(bobs.origin).not.toHaveProperty('speakerUid');
  const bobStarted = await waitFor(
    () => viewerNotes.find((n) => n.method === 'utteranceStarted' && (n.data as { speakerId: string }).speakerId === 'bob')?.data,
    'bob started',
  );
  expect(bobStarted).not.toHaveProperty('speakerUid');
});
