import { randomInt } from 'node:crypto';
import type { types as ms } from 'mediasoup';
import type { Logger } from '../logger.js';
import type { ConsumerSwitch } from '../media/ConsumerSwitch.js';
import type { PacketKind } from './PacketLog.js';
import { RtpStreamRewriter } from './RtpStreamRewriter.js';
import { AUDIO_LEVEL_URI } from './SpeakerRecorder.js';
import type { Utterance } from './Utterance.js';
import { UtterancePlayback, type Clock, type PlaybackSink } from './UtterancePlayback.js';

export interface ViewerChannelAppData extends ms.AppData {
  /** The viewer these producers feed; no one else may consume them. */
  viewerId: string;
}

/**
 * Viewers at the live edge of one utterance would all send each packet the moment it is recorded: one
 * burst per packet into the worker. A fixed random phase per viewer, within this, spreads the bursts.
 */
const SEND_SPREAD_MS = 16;

interface OutputTrack {
  producer: ms.Producer<ViewerChannelAppData>;
  rewriter: RtpStreamRewriter;
  /** The viewer's consumers of `producer`: what a relay moves to the live producer and back. */
  consumers: Set<ms.Consumer>;
  /** The producer the worker was last asked to feed `consumers` from: `producer`'s id, or a live one. */
  feedingProducerId: string;
  /** The live producer playback relies on now; `feedingProducerId` lags it until a switch is needed. */
  relayedFrom?: string;
}

/** How a channel relays the live edge: the router's switch, and which producer records an utterance. */
export interface LiveRelay {
  consumerSwitch: ConsumerSwitch;
  liveProducerId(utterance: Utterance, kind: PacketKind): string | undefined;
  logger: Logger;
}

/**
 * What one viewer watches: an audio and a video producer on the room's DirectTransport that live as long as
 * the viewer does. The viewer consumes them once; rerouting only changes what playback writes into them,
 * rewritten into one continuous stream per kind, so the client never renegotiates.
 *
 * With a `LiveRelay`, the viewer's consumers are moved inside the worker to the speaker's producer while
 * playback follows the live edge, and back to this channel's producers afterwards.
 */
export class ViewerChannel implements PlaybackSink {
  readonly playback: UtterancePlayback;
  private constructor(
    readonly viewerId: string,
    private readonly tracks: Map<PacketKind, OutputTrack>,
    clock: Clock,
    private readonly relay: LiveRelay | undefined,
  ) {
    this.playback = new UtterancePlayback(this, clock, Math.random() * SEND_SPREAD_MS);
  }

  static async open(viewerId: string, transport: ms.DirectTransport, router: ms.Router, clock: Clock, relay?: LiveRelay): Promise<ViewerChannel> {
    const tracks = new Map<PacketKind, OutputTrack>();
    try {
      for (const kind of ['audio', 'video'] as const) tracks.set(kind, await openTrack(kind, viewerId, transport, router));
    } catch (error) {
      for (const track of tracks.values()) track.producer.close();
      throw error;
    }
    return new ViewerChannel(viewerId, tracks, clock, relay);
  }

  producer(kind: PacketKind): ms.Producer<ViewerChannelAppData> {
    return this.tracks.get(kind)!.producer;
  }

  get producers(): ms.Producer<ViewerChannelAppData>[] {
    return [...this.tracks.values()].map((t) => t.producer);
  }

  /** The viewer consumes one of this channel's producers: a relay has to move that consumer too. */
  attachConsumer(consumer: ms.Consumer): void {
    const track = [...this.tracks.values()].find((t) => t.producer.id === consumer.producerId);
    if (!track) return;
    track.consumers.add(consumer);
    consumer.observer.once('close', () => track.consumers.delete(consumer));
    if (track.feedingProducerId !== track.producer.id) this.move(track, [consumer], track.feedingProducerId);
  }

  /** How many of the viewer's consumers the worker feeds from a live producer now. */
  get relayedConsumers(): number {
    return [...this.tracks.values()].reduce((sum, t) => sum + (t.relayedFrom ? t.consumers.size : 0), 0);
  }

  relayLive(kind: PacketKind, utterance: Utterance): boolean {
    const track = this.tracks.get(kind)!;
    const producerId = this.relay?.liveProducerId(utterance, kind);
    if (!producerId || track.consumers.size === 0) return false;
    track.relayedFrom = producerId;
    // From one live utterance of a speaker to the next, the consumers stay where they are.
    if (track.feedingProducerId !== producerId) this.move(track, [...track.consumers], producerId);
    return true;
  }

  feedsFrom(kind: PacketKind, utterance: Utterance): boolean {
    const { feedingProducerId, producer } = this.tracks.get(kind)!;
    return feedingProducerId !== producer.id && feedingProducerId === this.relay?.liveProducerId(utterance, kind);
  }

  /**
   * The consumers go back to this channel's producers, but not at once: whatever plays next is usually
   * chosen in this same tick, and may be relayed from where they already are. They go back before this
   * channel's next packet, or at the end of the tick.
   */
  endRelay(): void {
    for (const track of this.tracks.values()) {
      if (!track.relayedFrom) continue;
      track.relayedFrom = undefined;
      queueMicrotask(() => this.comeHome(track));
    }
  }

  private comeHome(track: OutputTrack): void {
    if (!track.relayedFrom && track.feedingProducerId !== track.producer.id) this.move(track, [...track.consumers], track.producer.id);
  }

  /**
   * Sends the switch now, so that it reaches the worker before any packet this channel sends later. A
   * switch that fails (the live producer closed meanwhile, say) leaves playback to send that kind, and the
   * consumers are sent home, where such a failure leaves them or the worker already moved them.
   */
  private move(track: OutputTrack, consumers: ms.Consumer[], producerId: string): void {
    if (!this.relay || consumers.length === 0) return;
    const { consumerSwitch, logger } = this.relay;
    logger.debug(
      { viewerId: this.viewerId, kind: track.producer.kind, from: track.feedingProducerId, to: producerId, home: producerId === track.producer.id },
      'moving viewer consumers',
    );
    track.feedingProducerId = producerId;
    consumerSwitch.feed(consumers, producerId).catch((error: unknown) => {
      if (track.producer.closed || consumers.every((c) => c.closed)) return;
      logger.warn({ err: error, viewerId: this.viewerId, producerId }, "could not move the viewer's consumers");
      if (track.feedingProducerId !== producerId) return;
      track.feedingProducerId = track.producer.id;
      consumerSwitch.feed(consumers, track.producer.id).catch(() => undefined);
      if (track.relayedFrom === producerId) {
        track.relayedFrom = undefined;
        this.playback.relayLost(track.producer.kind);
      }
    });
  }

  send(kind: PacketKind, packet: Buffer, utteranceId: string, sendAtMs: number): void {
    const track = this.tracks.get(kind)!;
    if (track.feedingProducerId !== track.producer.id) this.comeHome(track);
    if (track.producer.closed || !track.rewriter.rewrite(packet, utteranceId, sendAtMs)) return;
    track.producer.send(packet);
  }

  close(): void {
    this.playback.stop();
    for (const track of this.tracks.values()) track.producer.close();
  }
}

/**
 * Recorded packets come from DirectTransport consumers, so they carry the router's payload types and
 * header extension ids: the producer declares the same, and packets pass without translation.
 *
 * No NACK on these producers: nothing is lost between Node and the worker, and a producer with NACK
 * would track every packet for gaps (about 15% of the worker's time per viewer in quick runs of the fan-out
 * benchmark) and send Node a NACK for each sequence number the rewriter leaves out on purpose. The
 * viewer's consumer still does NACK and retransmission with the viewer: that comes from the router's
 * capabilities, not from the producer.
 */
async function openTrack(kind: PacketKind, viewerId: string, transport: ms.DirectTransport, router: ms.Router): Promise<OutputTrack> {
  const codec = router.rtpCapabilities.codecs?.find((c) => c.kind === kind && !/\/rtx$/i.test(c.mimeType));
  if (!codec || codec.preferredPayloadType === undefined) throw new Error(`the router has no ${kind} codec`);
  const audioLevel = router.rtpCapabilities.headerExtensions?.find((e) => e.kind === 'audio' && e.uri === AUDIO_LEVEL_URI);
  const ssrc = randomInt(1, 2 ** 32 - 1);
  const producer = await transport.produce<ViewerChannelAppData>({
    kind,
    rtpParameters: {
      codecs: [
        {
          mimeType: codec.mimeType,
          payloadType: codec.preferredPayloadType,
          clockRate: codec.clockRate,
          ...(codec.channels ? { channels: codec.channels } : {}),
          parameters: codec.parameters ?? {},
          rtcpFeedback:
            kind === 'video'
              ? [
                  { type: 'nack', parameter: 'pli' },
                  { type: 'ccm', parameter: 'fir' },
                ]
              : [],
        },
      ],
      encodings: [{ ssrc }],
      headerExtensions: kind === 'audio' && audioLevel ? [{ uri: audioLevel.uri, id: audioLevel.preferredId }] : [],
    },
    appData: { viewerId },
  });
  const rewriter = new RtpStreamRewriter({
    ssrc,
    payloadType: codec.preferredPayloadType,
    clockRate: codec.clockRate,
    kind,
  });
  return { producer, rewriter, consumers: new Set(), feedingProducerId: producer.id };
}
