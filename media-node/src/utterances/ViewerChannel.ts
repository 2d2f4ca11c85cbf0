import { randomInt } from 'node:crypto';
import type { types as ms } from 'mediasoup';
import type { PacketKind } from './PacketLog.js';
import { RtpStreamRewriter } from './RtpStreamRewriter.js';
import { AUDIO_LEVEL_URI } from './SpeakerRecorder.js';
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
}

/**
 * What one viewer watches: an audio and a video producer on the room's DirectTransport that live as long as
 * the viewer does. The viewer consumes them once; rerouting only changes what playback writes into them,
 * rewritten into one continuous stream per kind, so the client never renegotiates.
 */
export class ViewerChannel implements PlaybackSink {
  readonly playback: UtterancePlayback;
  private constructor(
    readonly viewerId: string,
    private readonly tracks: Map<PacketKind, OutputTrack>,
    clock: Clock,
  ) {
    this.playback = new UtterancePlayback(this, clock, Math.random() * SEND_SPREAD_MS);
  }

  static async open(viewerId: string, transport: ms.DirectTransport, router: ms.Router, clock: Clock): Promise<ViewerChannel> {
    const tracks = new Map<PacketKind, OutputTrack>();
    try {
      for (const kind of ['audio', 'video'] as const) tracks.set(kind, await openTrack(kind, viewerId, transport, router));
    } catch (error) {
      for (const track of tracks.values()) track.producer.close();
      throw error;
    }
    return new ViewerChannel(viewerId, tracks, clock);
  }

  producer(kind: PacketKind): ms.Producer<ViewerChannelAppData> {
    return this.tracks.get(kind)!.producer;
  }

  get producers(): ms.Producer<ViewerChannelAppData>[] {
    return [...this.tracks.values()].map((t) => t.producer);
  }

  send(kind: PacketKind, packet: Buffer, source: string, sendAtMs: number): void {
    const track = this.tracks.get(kind)!;
    if (track.producer.closed || !track.rewriter.rewrite(packet, source, sendAtMs)) return;
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
          rtcpFeedback: kind === 'video' ? [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }] : [],
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
    markFramesCutShort: kind === 'video',
  });
  return { producer, rewriter };
}
