// Synthetic media for tests and benchmarks that need exact control of what a speaker sends: a speaker
// made of DirectTransport producers that Node feeds with RTP (Opus with RFC 6464 audio levels, VP8 with
// keyframes on request), and a viewer whose consumers send plain RTP to a UDP socket this process reads.
import { createSocket, type Socket } from 'node:dgram';
import type { NotificationEnvelope } from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import type { Room } from '../../media-node/src/rooms/Room.js';
import { parseRtpHeader } from '../../media-node/src/rtp/rtpPacket.js';
import { createLogger } from '@chorus/media-node';
import { RandomRecommender } from '../../media-node/src/utterances/Recommender.js';
import type { RoomUtterancesDeps } from '../../media-node/src/utterances/RoomUtterances.js';
import { AUDIO_LEVEL_URI } from '../../media-node/src/utterances/SpeakerRecorder.js';
import { systemClock } from '../../media-node/src/utterances/UtterancePlayback.js';
import type { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';

export const LOUD = 20; // -20 dBov
export const QUIET = 127;

/** Every speaker started, so a test can stop them all whatever happened. */
export const speakers = new Set<SyntheticSpeaker>();

/** A speaker made of two DirectTransport producers that Node feeds with synthetic RTP at real pace. */
export class SyntheticSpeaker {
  private timers: NodeJS.Timeout[] = [];
  // Each speaker's numbering starts elsewhere (from its SSRC), so that a viewer switched between two
  // speakers sees jumps unless they are rewritten; some start close to the 16-bit and 32-bit wraps.
  private audioSeq: number;
  private videoSeq: number;
  private audioTs: number;
  private videoTs: number;
  private frame = 0;
  private keyFrameWanted = true;
  level = QUIET;
  /** A keyframe every this many frames, besides those asked for; 0: only those asked for. */
  keyFrameEveryFrames = 60;
  /** Send times of the loud audio packets since the level last rose: detection fires on one of the first. */
  loudSentAt: number[] = [];
  private lastLevel = QUIET;
  readonly peer: Peer;

  private constructor(
    readonly name: string,
    readonly tag: number,
    private readonly audio: ms.Producer,
    private readonly video: ms.Producer,
    transport: ms.DirectTransport,
    readonly notifications: NotificationEnvelope[],
    uid: string | null,
  ) {
    this.peer = new Peer(name, 'speaker', (n) => notifications.push(n), uid);
    const base = audio.rtpParameters.encodings![0]!.ssrc!;
    this.audioSeq = (base * 7919) & 0xffff;
    this.videoSeq = 0xffff - (base % 500);
    this.audioTs = (base * 2_654_435_761) >>> 0;
    this.videoTs = (0xffffffff - base * 90_000) >>> 0;
    // A PLI from the worker (a recorder asking for a keyframe) makes the next frame a keyframe.
    transport.on('rtcp', () => (this.keyFrameWanted = true));
  }

  /** `uid` is the signed-in user the speaker's peer stands for (null: a node without authentication). */
  static async create(name: string, router: ms.Router, ssrcBase: number, tag = 0, uid: string | null = null): Promise<SyntheticSpeaker> {
    const transport = await router.createDirectTransport();
    const audio = await transport.produce({
      kind: 'audio',
      rtpParameters: {
        codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
        encodings: [{ ssrc: ssrcBase }],
        headerExtensions: [{ uri: AUDIO_LEVEL_URI, id: 1 }],
      },
    });
    const video = await transport.produce({
      kind: 'video',
      rtpParameters: {
        codecs: [{ mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, rtcpFeedback: [{ type: 'nack', parameter: 'pli' }] }],
        encodings: [{ ssrc: ssrcBase + 1 }],
      },
    });
    return new SyntheticSpeaker(name, tag, audio, video, transport, [], uid);
  }

  get producers(): ms.Producer[] {
    return [this.audio, this.video];
  }

  producer(kind: 'audio' | 'video'): ms.Producer {
    return kind === 'audio' ? this.audio : this.video;
  }

  /** Stops sending and closes both producers, as when the speaker leaves. */
  close(): void {
    this.stop();
    this.audio.close();
    this.video.close();
  }

  join(room: Room): void {
    room.addPeer(this.peer);
    room.addProducer(this.audio, this.peer);
    room.addProducer(this.video, this.peer);
  }

  start(): void {
    speakers.add(this);
    this.timers.push(
      setInterval(() => this.sendAudio(), 20),
      setInterval(() => this.sendVideo(), 33),
    );
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  private sendAudio(): void {
    if (this.audio.closed) return;
    const packet = Buffer.alloc(12 + 8 + 60, 0x55);
    packet[0] = 0x90; // version 2, header extension
    packet[1] = 111;
    packet.writeUInt16BE(this.audioSeq++ & 0xffff, 2);
    packet.writeUInt32BE((this.audioTs += 960) >>> 0, 4);
    packet.writeUInt32BE(this.audio.rtpParameters.encodings![0]!.ssrc!, 8);
    packet.writeUInt16BE(0xbede, 12);
    packet.writeUInt16BE(1, 14);
    packet.fill(0, 16, 20); // the extension's padding must be zeros
    packet[16] = 0x10; // id 1, one byte
    packet[17] = 0x80 | this.level;
    if (this.level !== this.lastLevel) this.loudSentAt = [];
    this.lastLevel = this.level;
    this.audio.send(packet);
    if (this.level === LOUD) this.loudSentAt.push(performance.now());
  }

  private sendVideo(): void {
    if (this.video.closed) return;
    const keyFrame = this.keyFrameWanted || (this.keyFrameEveryFrames > 0 && this.frame % this.keyFrameEveryFrames === 0);
    this.keyFrameWanted = false;
    this.frame++;
    this.videoTs += 3000;
    // Two packets per frame: the first starts the partition; the marker ends the frame.
    for (let part = 0; part < 2; part++) {
      const packet = Buffer.alloc(12 + 600, 0x66);
      packet[0] = 0x80;
      packet[1] = (part === 1 ? 0x80 : 0) | 96;
      packet.writeUInt16BE(this.videoSeq++ & 0xffff, 2);
      packet.writeUInt32BE(this.videoTs >>> 0, 4);
      packet.writeUInt32BE(this.video.rtpParameters.encodings![0]!.ssrc!, 8);
      packet[12] = part === 0 ? 0x10 : 0x00;
      packet[13] = keyFrame ? 0x00 : 0x01;
      packet[14] = this.tag; // tells the speakers apart at the viewer
      this.video.send(packet);
    }
  }
}

export interface Received {
  kind: 'audio' | 'video';
  /** Video: the first packet of a keyframe. */
  keyFrame: boolean;
  /** Video: the sending speaker's tag. */
  tag: number;
  ssrc: number;
  seq: number;
  ts: number;
  atMs: number;
}

/** A viewer's consumers on a PlainTransport, sending to a UDP socket the test reads. */
export async function plainViewer(router: ms.Router, producerIds: string[]) {
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const transport = await router.createPlainTransport({ listenInfo: { protocol: 'udp', ip: '127.0.0.1' }, rtcpMux: true, comedia: false });
  await transport.connect({ ip: '127.0.0.1', port: socket.address().port });
  const consumers = await Promise.all(producerIds.map((producerId) => transport.consume({ producerId, rtpCapabilities: router.rtpCapabilities })));
  const kindOf = new Map(consumers.map((c) => [c.rtpParameters.encodings![0]!.ssrc!, c.kind]));
  const received: Received[] = [];
  let onPacket: ((packet: Received) => void) | undefined;
  socket.on('message', (message) => {
    const header = parseRtpHeader(message);
    const kind = header && kindOf.get(header.ssrc);
    if (!header || !kind) return;
    const payload = message.subarray(header.payloadOffset);
    const keyFrame = kind === 'video' && (payload[0]! & 0x10) !== 0 && payload[1] === 0x00;
    received.push({
      kind,
      keyFrame,
      tag: kind === 'video' ? payload[2]! : -1,
      ssrc: header.ssrc,
      seq: header.sequenceNumber,
      ts: header.timestamp,
      atMs: performance.now(),
    });
    onPacket?.(received[received.length - 1]!);
  });
  return {
    received,
    consumers,
    /** Called for every packet from now on. */
    onPacket(listener: (packet: Received) => void) {
      onPacket = listener;
    },
    close() {
      transport.close();
      socket.close();
    },
  };
}

/**
 * What RoomUtterances runs with in these tests: fast detection (two loud packets, 300 ms of silence),
 * 200 ms of pre-roll and a keyframe request a second, on the system clock.
 */
export function testUtteranceDeps(store: UtteranceStore, overrides: Partial<RoomUtterancesDeps> = {}): RoomUtterancesDeps {
  return {
    store,
    recommender: new RandomRecommender(),
    recorder: {
      detector: { thresholdDbov: -50, onsetPackets: 2, hangoverMs: 300, maxDurationMs: 15_000 },
      preRollMs: 200,
      keyFrameIntervalMs: 1000,
    },
    recentHistory: 20,
    clock: systemClock,
    logger: createLogger('silent'),
    ...overrides,
  };
}
