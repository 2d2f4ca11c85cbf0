// Every routing decision of a room reaches its RoutingObserver (the media node's Firestore journal in
// production) with the reason it was made: nothing to play, the recommender's pick, a viewer's own
// choice, an admin's, and the move away from an evicted utterance. Real mediasoup worker, stored
// utterances put straight into the store.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import { routerMediaCodecs } from '../../media-node/src/media/mediaCodecs.js';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import { Room } from '../../media-node/src/rooms/Room.js';
import { RandomRecommender } from '../../media-node/src/utterances/Recommender.js';
import { RoomUtterances } from '../../media-node/src/utterances/RoomUtterances.js';
import type { RoutingEvent } from '../../media-node/src/utterances/RoutingObserver.js';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';
import { testUtteranceDeps } from '../support/syntheticMedia.js';

const STORE_CAP = 2_000_000;

describe('routing decisions', () => {
  let worker: ms.Worker;
  let room: Room;
  let store: UtteranceStore;
  let utterances: RoomUtterances;
  const decisions: RoutingEvent[] = [];
  const summary = () => decisions.map((d) => ({ viewer: d.viewer.id, utterance: d.utterance?.id ?? null, reason: d.reason }));

  beforeAll(async () => {
    worker = await mediasoup.createWorker({ logLevel: 'error' });
    const router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
    room = new Room('room-r', router);
    store = new UtteranceStore(STORE_CAP);
    utterances = new RoomUtterances(
      room,
      testUtteranceDeps(store, { recommender: new RandomRecommender(() => 0), routing: { routed: (event) => decisions.push(event) } }),
    );
  });

  afterAll(() => {
    utterances.close();
    worker.close();
  });

  /** A complete utterance of `bytes` in 1000-byte packets, 20 ms apart. */
  function recorded(id: string, roomId: string, bytes: number) {
    const utterance = store.begin({ id, roomId, speakerId: `speaker-of-${id}`, speakerUid: `uid-of-${id}`, startedAt: Date.now() });
    for (let i = 0; i < bytes / 1000; i++) utterance.append('audio', Buffer.alloc(1000), i * 20, false);
    utterance.complete();
    return utterance;
  }

  test('reports each decision with its reason', async () => {
    const viewer = new Peer('viewer-1', 'viewer', () => {}, 'uid-viewer');
    room.addPeer(viewer);
    await utterances.welcome(viewer);
    expect(summary()).toStrictEqual([{ viewer: 'viewer-1', utterance: null, reason: 'nothing-to-play' }]);
    expect(decisions[0]!.viewer.uid).toBe('uid-viewer');

    // Someone starts talking: the waiting viewer gets it from the recommender.
    const live = store.begin({ id: 'u-live', roomId: 'room-r', speakerId: 'speaker-live', startedAt: Date.now() });
    expect(summary().at(-1)).toStrictEqual({ viewer: 'viewer-1', utterance: 'u-live', reason: 'recommender' });
    live.complete();

    // The viewer picks one itself, then an admin picks one for it.
    recorded('u-old', 'room-r', 10_000);
    expect(utterances.reroute(viewer, undefined, 'u-old')).toStrictEqual({ utteranceId: 'u-old' });
    expect(summary().at(-1)).toStrictEqual({ viewer: 'viewer-1', utterance: 'u-old', reason: 'next' });
    const admin = new Peer('admin-1', 'admin', () => {});
    room.addPeer(admin);
    recorded('u-admin', 'room-r', 10_000);
    utterances.reroute(admin, 'viewer-1', 'u-admin');
    expect(summary().at(-1)).toStrictEqual({ viewer: 'viewer-1', utterance: 'u-admin', reason: 'admin' });
    expect(decisions.at(-1)!.utterance!.origin.speakerUid).toBe('uid-of-u-admin');

    // "Next" with nothing new keeps what plays: no decision.
    const before = decisions.length;
    expect(utterances.reroute(viewer, undefined, undefined)).toStrictEqual({ utteranceId: null });
    expect(decisions).toHaveLength(before);

    // A long recording in another room fills the store until even what the viewer plays is evicted: the
    // viewer moves on to the one recording left in its room, and the decision says why.
    store.begin({ id: 'u-recording', roomId: 'room-r', speakerId: 'speaker-rec', startedAt: Date.now() });
    const long = store.begin({ id: 'u-long', roomId: 'room-other', speakerId: 'speaker-long', startedAt: Date.now() });
    for (let i = 0; store.get('u-admin') && i < 10_000; i++) long.append('audio', Buffer.alloc(1000), i * 20, false);
    expect(store.wasEvicted('u-admin')).toBe(true);
    expect(summary().at(-1)).toStrictEqual({ viewer: 'viewer-1', utterance: 'u-recording', reason: 'evicted' });
    viewer.close();
    admin.close();
  });
});
