import { notification, ProtocolError } from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import type { Logger } from '../logger.js';
import { ConsumerSwitch } from '../media/ConsumerSwitch.js';
import type { Peer } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import { keyFrameRequestsIn } from '../rtp/rtpPacket.js';
import type { Recommender } from './Recommender.js';
import type { RoutingObserver, RoutingReason } from './RoutingObserver.js';
import { SpeakerRecorder, type SpeakerRecorderSettings } from './SpeakerRecorder.js';
import type { Utterance } from './Utterance.js';
import type { Clock } from './UtterancePlayback.js';
import type { UtteranceStore } from './UtteranceStore.js';
import { ViewerChannel, type LiveRelay } from './ViewerChannel.js';

export interface RoomUtterancesDeps {
  store: UtteranceStore;
  recommender: Recommender;
  recorder: SpeakerRecorderSettings;
  /** How many of its last utterances a viewer is not offered again. */
  recentHistory: number;
  clock: Clock;
  logger: Logger;
  /** Told of every routing decision (the Firestore journal); optional, never on the media path's critical part. */
  routing?: RoutingObserver;
  /**
   * Whether viewers at the live edge are fed straight from the speaker's producers inside the worker,
   * when the worker can (Chorus's patched build); true unless set false. False plays everything from Node.
   */
  relayLiveEdge?: boolean;
}

interface Viewer {
  peer: Peer;
  channel: ViewerChannel;
  recentlyPlayed: string[];
  /** Nothing was left to play: the next utterance that starts in the room goes to this viewer. */
  waiting: boolean;
}

/**
 * The utterance side of one room: a recorder per speaker, a channel per viewer, and the routing between
 * them. Who plays what next is the recommender's call; this class only carries it out and tells the peers.
 */
export class RoomUtterances {
  private transport: Promise<ms.DirectTransport> | undefined;
  private liveRelay: Promise<LiveRelay | undefined> | undefined;
  private readonly recorders = new Map<string, SpeakerRecorder>();
  private readonly viewers = new Map<string, Viewer>();
  private readonly detachStore: () => void;
  private closed = false;

  constructor(
    private readonly room: Room,
    private readonly deps: RoomUtterancesDeps,
  ) {
    const onRecording = (utterance: Utterance) => {
      if (utterance.origin.roomId !== room.id) return;
      // Every waiting viewer is routed at once when someone starts talking: list the candidates once.
      const candidates = this.candidates();
      for (const viewer of this.viewers.values()) if (viewer.waiting) this.routeNext(viewer, { candidates });
    };
    deps.store.on('recording', onRecording);
    this.detachStore = () => deps.store.off('recording', onRecording);
    room.on('newproducer', (producer, owner) => void this.record(producer, owner));
    room.once('close', () => this.close());
  }

  /** Gives a viewer (or an admin, who watches too) its channel, offers its producers, and starts routing. */
  async welcome(peer: Peer): Promise<void> {
    if (peer.role === 'speaker' || this.viewers.has(peer.id)) return;
    const channel = await ViewerChannel.open(peer.id, await this.directTransport(), this.room.router, this.deps.clock, await this.relay());
    if (peer.isClosed || this.closed) {
      channel.close();
      return;
    }
    const viewer: Viewer = { peer, channel, recentlyPlayed: [], waiting: false };
    this.viewers.set(peer.id, viewer);
    channel.playback.on('finished', (_utterance, reason) => {
      if (reason !== 'stopped') this.routeNext(viewer, { reason: reason === 'evicted' ? 'evicted' : 'recommender' });
    });
    peer.once('close', () => {
      this.viewers.delete(peer.id);
      channel.close();
    });
    for (const producer of channel.producers) {
      peer.notify(notification('producerAdded', { producerId: producer.id, peerId: peer.id, kind: producer.kind }));
    }
    this.routeNext(viewer);
  }

  /** A peer opened a consumer; one of its own playback producers' is moved along with every relay. */
  consumed(peer: Peer, consumer: ms.Consumer): void {
    this.viewers.get(peer.id)?.channel.attachConsumer(consumer);
  }

  /** How many viewers' consumers the worker feeds straight from a speaker's producer now. */
  get relayedConsumers(): number {
    let count = 0;
    for (const viewer of this.viewers.values()) count += viewer.channel.relayedConsumers;
    return count;
  }

  /** The producer a peer may consume by this id, if it is one of the producers feeding that peer. */
  playbackProducerFor(peer: Peer, producerId: string): ms.Producer | undefined {
    return this.viewers.get(peer.id)?.channel.producers.find((p) => p.id === producerId);
  }

  /**
   * Switches a viewer now, mid-utterance or not: to `utteranceId`, or else to what the recommender picks.
   * A viewer may reroute itself; only an admin may reroute someone else.
   */
  reroute(requester: Peer, viewerId: string | undefined, utteranceId: string | undefined): { utteranceId: string | null } {
    const targetId = viewerId ?? requester.id;
    if (targetId !== requester.id && requester.role !== 'admin') {
      throw new ProtocolError('FORBIDDEN', 'only an admin may reroute another viewer');
    }
    const viewer = this.viewers.get(targetId);
    if (!viewer) {
      throw new ProtocolError(
        'NOT_FOUND',
        targetId === requester.id ? 'only viewers are routed: this peer has no playback' : `no viewer "${targetId}" in this room`,
      );
    }
    if (utteranceId === undefined) return { utteranceId: this.routeNext(viewer, { keepPlaying: true, reason: 'next' })?.id ?? null };
    const utterance = this.deps.store.get(utteranceId);
    if (!utterance) {
      const why = this.deps.store.wasEvicted(utteranceId) ? 'was evicted to make room' : 'is unknown on this node';
      throw new ProtocolError('NOT_FOUND', `utterance "${utteranceId}" ${why}`);
    }
    if (utterance.origin.roomId !== this.room.id) {
      throw new ProtocolError('FORBIDDEN', `utterance "${utteranceId}" belongs to another room`);
    }
    this.play(viewer, utterance, requester.role === 'admin' ? 'admin' : 'next');
    return { utteranceId: utterance.id };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.detachStore();
    for (const recorder of this.recorders.values()) recorder.close();
    for (const viewer of this.viewers.values()) viewer.channel.close();
    this.recorders.clear();
    this.viewers.clear();
  }

  /**
   * Plays the recommender's pick. With nothing to pick, a viewer whose utterance ended waits; one that
   * asked for "next" keeps what it was playing.
   */
  private routeNext(
    viewer: Viewer,
    {
      keepPlaying = false,
      candidates = this.candidates(),
      reason = 'recommender',
    }: { keepPlaying?: boolean; candidates?: ReturnType<RoomUtterances['candidates']>; reason?: RoutingReason } = {},
  ): Utterance | undefined {
    const pick = this.deps.recommender.next({ peerId: viewer.peer.id, recentlyPlayed: viewer.recentlyPlayed }, candidates);
    if (!pick) {
      if (keepPlaying && viewer.channel.playback.utterance) return undefined;
      viewer.channel.playback.stop();
      if (!viewer.waiting) {
        viewer.peer.notify(notification('nothingToPlay', {}));
        this.deps.routing?.routed({ roomId: this.room.id, viewer: viewer.peer, utterance: null, reason: 'nothing-to-play' });
      }
      viewer.waiting = true;
      return undefined;
    }
    const utterance = candidates.find((c) => c.id === pick.id)!.utterance;
    this.play(viewer, utterance, reason);
    return utterance;
  }

  /** What the recommender may pick from: this room's utterances still held. */
  private candidates() {
    return this.deps.store
      .list((u) => u.origin.roomId === this.room.id && u.state !== 'evicted')
      .map((u) => ({ ...u.origin, state: u.state as 'recording' | 'complete', utterance: u }));
  }

  private play(viewer: Viewer, utterance: Utterance, reason: RoutingReason): void {
    viewer.waiting = false;
    viewer.recentlyPlayed.push(utterance.id);
    if (viewer.recentlyPlayed.length > this.deps.recentHistory) viewer.recentlyPlayed.shift();
    viewer.channel.playback.play(utterance);
    viewer.peer.notify(
      notification('nowPlaying', {
        utteranceId: utterance.id,
        speakerId: utterance.origin.speakerId,
        ...speakerUidOf(utterance),
        startedAt: utterance.origin.startedAt,
        recording: utterance.state === 'recording',
        durationMs: utterance.state === 'complete' ? utterance.durationMs : null,
      }),
    );
    this.deps.routing?.routed({ roomId: this.room.id, viewer: viewer.peer, utterance, reason });
  }

  private async record(producer: ms.Producer, owner: Peer): Promise<void> {
    let recorder = this.recorders.get(owner.id);
    if (!recorder) {
      recorder = new SpeakerRecorder(owner.id, this.room.id, this.deps.store, this.deps.recorder, this.deps.clock, owner.uid ?? undefined);
      this.recorders.set(owner.id, recorder);
      const created = recorder;
      owner.once('close', () => {
        created.close();
        this.recorders.delete(owner.id);
      });
      recorder.on('utterancestart', (u) => this.broadcast('utteranceStarted', u));
      recorder.on('utteranceend', (u) => this.broadcast('utteranceEnded', u));
    }
    try {
      await recorder.tap(producer, await this.directTransport(), this.room.router.rtpCapabilities);
    } catch (error) {
      if (!this.closed && !producer.closed) this.deps.logger.warn({ err: error, producerId: producer.id }, 'could not record producer');
    }
  }

  private broadcast(method: 'utteranceStarted' | 'utteranceEnded', utterance: Utterance): void {
    const data = {
      utteranceId: utterance.id,
      speakerId: utterance.origin.speakerId,
      ...speakerUidOf(utterance),
      startedAt: utterance.origin.startedAt,
      durationMs: method === 'utteranceEnded' ? utterance.durationMs : null,
    };
    for (const peer of this.room.listPeers()) peer.notify(notification(method, data));
  }

  /** The live-edge relay of this room's router, if enabled and its worker has Chorus's switch. */
  private relay(): Promise<LiveRelay | undefined> {
    this.liveRelay ??= (async () => {
      if (this.deps.relayLiveEdge === false) return undefined;
      const consumerSwitch = await this.directTransport()
        .then((transport) => ConsumerSwitch.for(this.room.router, transport))
        .catch((error: unknown) => {
          this.deps.logger.warn({ err: error }, 'could not probe the worker for the consumer switch');
          return null;
        });
      if (!consumerSwitch) {
        this.deps.logger.info('this worker cannot switch consumers: Node plays the live edge too');
        return undefined;
      }
      return {
        consumerSwitch,
        liveProducerId: (utterance, kind) =>
          utterance.state === 'recording' ? this.recorders.get(utterance.origin.speakerId)?.liveProducerId(kind) : undefined,
        logger: this.deps.logger,
      };
    })();
    return this.liveRelay;
  }

  /** One DirectTransport per room carries both the recording taps and every viewer's playback producers. */
  private directTransport(): Promise<ms.DirectTransport> {
    this.transport ??= this.room.router.createDirectTransport().then((transport) => {
      transport.on('rtcp', (packet) => this.onRtcp(packet));
      return transport;
    });
    return this.transport;
  }

  /**
   * A viewer's decoder lost the picture. A recording already has a keyframe every few seconds; at the
   * live edge the next one is only as near as the speaker's camera, so ask it for one now.
   */
  private onRtcp(packet: Buffer): void {
    for (const ssrc of keyFrameRequestsIn(packet)) {
      for (const viewer of this.viewers.values()) {
        if (viewer.channel.producer('video').rtpParameters.encodings?.[0]?.ssrc !== ssrc) continue;
        const playing = viewer.channel.playback.utterance;
        if (playing?.state === 'recording') this.recorders.get(playing.origin.speakerId)?.requestKeyFrame();
      }
    }
  }
}

/** The speaker's user id for a notification, absent when the node runs without authentication. */
function speakerUidOf(utterance: Utterance): { speakerUid?: string } {
  return utterance.origin.speakerUid ? { speakerUid: utterance.origin.speakerUid } : {};
}
