// How quickly utterance playback reacts, on a real mediasoup worker with synthetic speakers:
//   switch latency: from a reroute to the first keyframe packet of the new utterance at the viewer's socket;
//   speech to playback: from the speaker's packet on which the detector fires to the first packet of
//   that utterance at a viewer that was waiting for something to play.
import { setTimeout as sleep } from 'node:timers/promises';
import * as mediasoup from 'mediasoup';
import { createLogger } from '../../media-node/src/logger.js';
import { routerMediaCodecs } from '../../media-node/src/media/mediaCodecs.js';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import { Room } from '../../media-node/src/rooms/Room.js';
import { RandomRecommender } from '../../media-node/src/utterances/Recommender.js';
import { RoomUtterances } from '../../media-node/src/utterances/RoomUtterances.js';
import { systemClock } from '../../media-node/src/utterances/UtterancePlayback.js';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';
import { LOUD, plainViewer, QUIET, SyntheticSpeaker } from '../support/syntheticMedia.js';

export interface LatencySamples {
  switchMs: number[];
  speechToPlaybackMs: number[];
}

const ONSET_PACKETS = 2;

export async function measureUtteranceLatency(rounds = 30): Promise<LatencySamples> {
  const worker = await mediasoup.createWorker({ logLevel: 'error' });
  const router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
  const room = new Room('bench', router);
  const store = new UtteranceStore(256 * 1024 * 1024);
  const utterances = new RoomUtterances(room, {
    store,
    // Speech to playback needs a viewer that waits for each new utterance: offer it only what is new.
    recommender: new RandomRecommender(),
    recorder: {
      detector: { thresholdDbov: -50, onsetPackets: ONSET_PACKETS, hangoverMs: 300, maxDurationMs: 15_000 },
      preRollMs: 200,
      keyFrameIntervalMs: 1000,
    },
    recentHistory: 10_000,
    clock: systemClock,
    logger: createLogger('silent'),
  });
  const alice = await SyntheticSpeaker.create('alice', router, 1000, 1);
  const bob = await SyntheticSpeaker.create('bob', router, 2000, 2);
  const samples: LatencySamples = { switchMs: [], speechToPlaybackMs: [] };
  try {
    alice.join(room);
    bob.join(room);
    alice.start();
    bob.start();
    const notes: { method: string; data: Record<string, unknown> }[] = [];
    const viewerPeer = new Peer('viewer', 'viewer', (n) => notes.push(n as never));
    room.addPeer(viewerPeer);
    await utterances.welcome(viewerPeer);
    const producerIds = notes.filter((n) => n.method === 'producerAdded').map((n) => n.data.producerId as string);
    const viewer = await plainViewer(router, producerIds);

    // Speech to playback: the viewer has nothing new to play, then a speaker starts talking.
    for (let i = 0; i < rounds; i++) {
      const speaker = i % 2 ? bob : alice;
      const packetsBefore = viewer.received.length;
      const arrived = new Promise<number>((resolve) => viewer.onPacket((p) => p.kind === 'audio' && resolve(p.atMs)));
      speaker.level = LOUD;
      const firstAt = await Promise.race([arrived, sleep(3000).then(() => NaN)]);
      const firedAt = speaker.loudSentAt[ONSET_PACKETS - 1];
      if (Number.isFinite(firstAt) && firedAt !== undefined && viewer.received.length > packetsBefore) {
        samples.speechToPlaybackMs.push(firstAt - firedAt);
      }
      await sleep(600);
      speaker.level = QUIET;
      // Hangover, then the rest of the utterance plays out and the viewer waits again.
      await sleep(1200);
    }

    // Switch latency: reroutes back and forth between two long, complete utterances.
    const complete = store.list((u) => u.state === 'complete' && u.durationMs > 500);
    const byTag = (tag: number) => complete.find((u) => u.origin.speakerId === (tag === 1 ? 'alice' : 'bob'))!;
    for (let i = 0; i < rounds; i++) {
      const tag = i % 2 ? 1 : 2;
      const keyFrameAt = new Promise<number>((resolve) =>
        viewer.onPacket((p) => p.kind === 'video' && p.keyFrame && p.tag === tag && resolve(p.atMs)),
      );
      const start = performance.now();
      utterances.reroute(viewerPeer, undefined, byTag(tag).id);
      const at = await Promise.race([keyFrameAt, sleep(2000).then(() => NaN)]);
      if (Number.isFinite(at)) samples.switchMs.push(at - start);
      await sleep(150);
    }
    viewer.close();
  } finally {
    alice.stop();
    bob.stop();
    utterances.close();
    worker.close();
  }
  return samples;
}
