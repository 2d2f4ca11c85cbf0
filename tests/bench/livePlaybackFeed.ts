// The media node's utterance pipeline, set up for the fan-out benchmark: one speaker recorded, and
// viewers that always follow the utterance being recorded, from its live edge: relayed inside the worker
// from the speaker's producers once the pre-roll has gone out, or fed every packet from Node.
import { setTimeout as sleep } from 'node:timers/promises';
import type { types as ms } from 'mediasoup';
import { createLogger } from '../../media-node/src/logger.js';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import { Room } from '../../media-node/src/rooms/Room.js';
import type { Recommender, UtteranceCandidate } from '../../media-node/src/utterances/Recommender.js';
import { RoomUtterances } from '../../media-node/src/utterances/RoomUtterances.js';
import { systemClock } from '../../media-node/src/utterances/UtterancePlayback.js';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';

const HANGOVER_MS = 300;

/** Always the newest utterance still being recorded: every viewer at the live edge. */
class LiveEdgeRecommender implements Recommender {
  next(_viewer: unknown, candidates: readonly UtteranceCandidate[]): UtteranceCandidate | undefined {
    return candidates.filter((c) => c.state === 'recording').at(-1);
  }
}

export class LivePlaybackFeed {
  private viewerCount = 0;

  private constructor(
    private readonly room: Room,
    private readonly utterances: RoomUtterances,
  ) {}

  /** `relayLiveEdge`: viewers fed inside the worker from the speaker's producers, or every packet from Node. */
  static async start(router: ms.Router, producers: ms.Producer[], relayLiveEdge: boolean): Promise<LivePlaybackFeed> {
    const room = new Room('fanout', router);
    const utterances = new RoomUtterances(room, {
      store: new UtteranceStore(512 * 1024 * 1024),
      recommender: new LiveEdgeRecommender(),
      recorder: {
        detector: { thresholdDbov: -50, onsetPackets: 2, hangoverMs: HANGOVER_MS, maxDurationMs: 15_000 },
        preRollMs: 300,
        keyFrameIntervalMs: 2000,
      },
      recentHistory: 1,
      relayLiveEdge,
      clock: systemClock,
      logger: createLogger('silent'),
    });
    const speaker = new Peer('speaker', 'speaker', () => {});
    room.addPeer(speaker);
    for (const producer of producers) room.addProducer(producer, speaker);
    // Let the recorder's taps open before the speaker's first utterance.
    await sleep(200);
    return new LivePlaybackFeed(room, utterances);
  }

  /** A viewer with its own two playback producers; `attach` each consumer of them, as the protocol handler does. */
  async addViewer(): Promise<{ producerIds: string[]; attach: (consumer: ms.Consumer) => void; close: () => void }> {
    const producerIds: string[] = [];
    const peer = new Peer(`viewer-${++this.viewerCount}`, 'viewer', (n) => {
      if (n.method === 'producerAdded') producerIds.push((n.data as { producerId: string }).producerId);
    });
    this.room.addPeer(peer);
    await this.utterances.welcome(peer);
    return { producerIds, attach: (consumer) => this.utterances.consumed(peer, consumer), close: () => peer.close() };
  }

  /**
   * Silence long enough to end the utterance and let its viewers play it out, then `meanwhile`, then
   * speech: a new utterance that every viewer, waiting, follows from its live edge.
   */
  async duringSilence(speaker: { speaking: boolean | undefined }, meanwhile: () => Promise<void>): Promise<void> {
    speaker.speaking = false;
    await sleep(HANGOVER_MS + 300);
    await meanwhile();
    speaker.speaking = true;
  }

  close(): void {
    this.utterances.close();
  }
}
