// Utterances end to end inside one media node process, with a real mediasoup worker: synthetic speakers
// (RTP with RFC 6464 audio levels and VP8 keyframes) are recorded, and a viewer's two consumers, which
// never change, receive one continuous stream per kind across switches between recordings.
import { createSocket, type Socket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ProtocolError, type NotificationEnvelope } from '@chorus/protocol';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import { createLogger } from '@chorus/media-node';
import { routerMediaCodecs } from '../../media-node/src/media/mediaCodecs.js';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import { Room } from '../../media-node/src/rooms/Room.js';
import { parseRtpHeader } from '../../media-node/src/rtp/rtpPacket.js';
import { RandomRecommender } from '../../media-node/src/utterances/Recommender.js';
import { RoomUtterances } from '../../media-node/src/utterances/RoomUtterances.js';
import { AUDIO_LEVEL_URI } from '../../media-node/src/utterances/SpeakerRecorder.js';
import { systemClock } from '../../media-node/src/utterances/UtterancePlayback.js';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';

const LOUD = 20; // -20 dBov
const QUIET = 127;

const speakers = new Set<SyntheticSpeaker>();

/** A speaker made of two DirectTransport producers that Node feeds with synthetic RTP at real pace. */
class SyntheticSpeaker {
  private timers: NodeJS.Timeout[] = [];
  private audioSeq = 1000;
  private videoSeq = 50_000;
  private audioTs = 0;
  private videoTs = 0;
  private frame = 0;
  private keyFrameWanted = true;
  level = QUIET;
  readonly peer: Peer;

  private constructor(
    readonly name: string,
    private readonly audio: ms.Producer,
    private readonly video: ms.Producer,
    transport: ms.DirectTransport,
    readonly notifications: NotificationEnvelope[],
  ) {
    this.peer = new Peer(name, 'speaker', (n) => notifications.push(n));
    // A PLI from the worker (a recorder asking for a keyframe) makes the next frame a keyframe.
    transport.on('rtcp', () => (this.keyFrameWanted = true));
  }

  static async create(name: string, router: ms.Router, ssrcBase: number): Promise<SyntheticSpeaker> {
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
    return new SyntheticSpeaker(name, audio, video, transport, []);
  }

  join(room: Room): void {
    room.addPeer(this.peer);
    room.addProducer(this.audio, this.peer);
    room.addProducer(this.video, this.peer);
  }

  start(): void {
    speakers.add(this);
    this.timers.push(setInterval(() => this.sendAudio(), 20), setInterval(() => this.sendVideo(), 33));
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
    this.audio.send(packet);
  }

  private sendVideo(): void {
    if (this.video.closed) return;
    const keyFrame = this.keyFrameWanted || this.frame % 60 === 0;
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
      this.video.send(packet);
    }
  }
}

interface Received {
  kind: 'audio' | 'video';
  ssrc: number;
  seq: number;
  ts: number;
  atMs: number;
}

/** A viewer's consumers on a PlainTransport, sending to a UDP socket the test reads. */
async function plainViewer(router: ms.Router, producerIds: string[]) {
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const transport = await router.createPlainTransport({ listenInfo: { protocol: 'udp', ip: '127.0.0.1' }, rtcpMux: true, comedia: false });
  await transport.connect({ ip: '127.0.0.1', port: socket.address().port });
  const consumers = await Promise.all(producerIds.map((producerId) => transport.consume({ producerId, rtpCapabilities: router.rtpCapabilities })));
  const kindOf = new Map(consumers.map((c) => [c.rtpParameters.encodings![0]!.ssrc!, c.kind]));
  const received: Received[] = [];
  socket.on('message', (message) => {
    const header = parseRtpHeader(message);
    const kind = header && kindOf.get(header.ssrc);
    if (header && kind) received.push({ kind, ssrc: header.ssrc, seq: header.sequenceNumber, ts: header.timestamp, atMs: performance.now() });
  });
  return {
    received,
    consumers,
    close() {
      transport.close();
      socket.close();
    },
  };
}

function expectProtocolError(run: () => unknown, code: string, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ProtocolError);
  expect((thrown as ProtocolError).code).toBe(code);
  expect((thrown as ProtocolError).message).toMatch(message);
}

const notificationsOf = (list: NotificationEnvelope[], method: string) => list.filter((n) => n.method === method).map((n) => n.data as Record<string, unknown>);

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('utterances through a real mediasoup worker', () => {
  let worker: ms.Worker;
  let router: ms.Router;
  let room: Room;
  let store: UtteranceStore;
  let utterances: RoomUtterances;

  beforeAll(async () => {
    worker = await mediasoup.createWorker({ logLevel: 'error' });
    router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
    room = new Room('room-1', router);
    store = new UtteranceStore(64 * 1024 * 1024);
    utterances = new RoomUtterances(room, {
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
    });
  });

  afterAll(() => {
    for (const speaker of speakers) speaker.stop();
    utterances.close();
    worker.close();
  });

  test('records, follows the live edge, and switches with continuous streams on unchanged consumers', async () => {
    const alice = await SyntheticSpeaker.create('alice', router, 1000);
    const bob = await SyntheticSpeaker.create('bob', router, 2000);
    alice.join(room);
    bob.join(room);
    alice.start();
    bob.start();

    const viewerNotes: NotificationEnvelope[] = [];
    const viewerPeer = new Peer('viewer', 'viewer', (n) => viewerNotes.push(n));
    room.addPeer(viewerPeer);
    await utterances.welcome(viewerPeer);
    const offered = notificationsOf(viewerNotes, 'producerAdded');
    expect(offered.map((o) => o.kind).sort()).toEqual(['audio', 'video']);
    const viewer = await plainViewer(router, offered.map((o) => o.producerId as string));
    const consumerIds = viewer.consumers.map((c) => c.id);
    // Nothing recorded yet: the viewer is told so, and waits.
    expect(notificationsOf(viewerNotes, 'nothingToPlay')).toHaveLength(1);

    try {
      // Alice talks: the waiting viewer is routed to her utterance while it is still being recorded.
      alice.level = LOUD;
      const first = await waitFor(() => notificationsOf(viewerNotes, 'nowPlaying')[0], 'the first nowPlaying');
      expect(first).toMatchObject({ speakerId: 'alice', recording: true });
      const firstPacketAt = await waitFor(() => viewer.received.find((r) => r.kind === 'audio')?.atMs, 'audio at the viewer');
      expect(store.get(first.utteranceId as string)!.state).toBe('recording');
      await sleep(1200);
      alice.level = QUIET;
      await waitFor(() => store.get(first.utteranceId as string)?.state === 'complete', 'alice to finish');
      const aliceEnd = notificationsOf(alice.notifications, 'utteranceEnded')[0]!;
      expect(aliceEnd).toMatchObject({ utteranceId: first.utteranceId, speakerId: 'alice' });
      expect(notificationsOf(bob.notifications, 'utteranceStarted').map((n) => n.utteranceId)).toContain(first.utteranceId);
      // Received before the utterance ended: playback follows the recording.
      expect(firstPacketAt).toBeLessThan(performance.now() - 250);

      // Bob talks; when alice's utterance has played out, the viewer moves on to his.
      bob.level = LOUD;
      const second = await waitFor(() => notificationsOf(viewerNotes, 'nowPlaying').find((n) => n.speakerId === 'bob'), 'bob playing');
      await sleep(600);
      // An admin switches the viewer mid-utterance, back to alice's.
      const admin = new Peer('admin', 'admin', () => {});
      room.addPeer(admin);
      expect(utterances.reroute(admin, 'viewer', first.utteranceId as string)).toEqual({ utteranceId: first.utteranceId });
      expect(store.get(second.utteranceId as string)!.state).toBe('recording');
      await sleep(800);
      // Everything in the room has been played: the viewer's own "next" finds nothing new...
      expect(utterances.reroute(viewerPeer, undefined, undefined)).toEqual({ utteranceId: null });
      // ...until alice talks again, and the viewer, waiting, gets her new utterance from its start.
      alice.level = LOUD;
      const third = await waitFor(() => notificationsOf(viewerNotes, 'nowPlaying').find((n) => n.speakerId === 'alice' && n.utteranceId !== first.utteranceId), 'alice again');
      expect(third.recording).toBe(true);
      await sleep(800);
      bob.level = QUIET;
      alice.level = QUIET;
      await sleep(500);

      const playing = notificationsOf(viewerNotes, 'nowPlaying');
      expect(playing.length).toBeGreaterThanOrEqual(4);
      expect(viewer.consumers.map((c) => c.id)).toEqual(consumerIds);
      for (const kind of ['audio', 'video'] as const) {
        const packets = viewer.received.filter((r) => r.kind === kind);
        expect(packets.length).toBeGreaterThan(kind === 'audio' ? 100 : 60);
        expect(new Set(packets.map((p) => p.ssrc)).size).toBe(1);
        for (let i = 1; i < packets.length; i++) {
          const seqStep = (packets[i]!.seq - packets[i - 1]!.seq) & 0xffff;
          const tsStep = (packets[i]!.ts - packets[i - 1]!.ts) >>> 0;
          // Audio is gapless; video leaves one number out after a frame cut short by a switch.
          expect(seqStep).toBeGreaterThanOrEqual(1);
          expect(seqStep).toBeLessThanOrEqual(kind === 'audio' ? 1 : 2);
          // Timestamps never go back (a step above 2^31 would be a rewind) and never leap ahead.
          expect(tsStep).toBeLessThan(kind === 'audio' ? 48_000 : 90_000);
        }
      }
    } finally {
      alice.stop();
      bob.stop();
      viewer.close();
      viewerPeer.close();
    }
  });

  test('a reroute to an unknown, foreign or evicted utterance, or of someone else by a viewer, is refused', async () => {
    const viewerPeer = new Peer('viewer-2', 'viewer', () => {});
    const otherViewer = new Peer('viewer-3', 'viewer', () => {});
    room.addPeer(viewerPeer);
    room.addPeer(otherViewer);
    await utterances.welcome(viewerPeer);
    await utterances.welcome(otherViewer);
    expectProtocolError(() => utterances.reroute(viewerPeer, undefined, 'no-such-utterance'), 'NOT_FOUND', /unknown/);
    expectProtocolError(() => utterances.reroute(viewerPeer, 'viewer-3', undefined), 'FORBIDDEN', /admin/);
    const foreign = store.begin({ id: 'foreign', roomId: 'room-2', speakerId: 'x', startedAt: Date.now() });
    foreign.complete();
    expectProtocolError(() => utterances.reroute(viewerPeer, undefined, 'foreign'), 'FORBIDDEN', /another room/);
    const speaker = new Peer('speaker-9', 'speaker', () => {});
    room.addPeer(speaker);
    expectProtocolError(() => utterances.reroute(speaker, undefined, undefined), 'NOT_FOUND', /only viewers/);

    // Once nobody plays it, fill the store with newer recordings until the oldest is evicted.
    viewerPeer.close();
    otherViewer.close();
    const old = store.list((u) => u.origin.roomId === 'room-1' && u.state === 'complete')[0]!;
    expect(old.isPlayed).toBe(false);
    for (let i = 0; store.get(old.id) && i < 1000; i++) {
      const filler = store.begin({ id: `filler-${i}`, roomId: 'room-2', speakerId: 'x', startedAt: Date.now() });
      for (let p = 0; p < 1000; p++) filler.append('video', Buffer.alloc(1100), p, p === 0);
      filler.complete();
    }
    const lateViewer = new Peer('viewer-4', 'viewer', () => {});
    room.addPeer(lateViewer);
    await utterances.welcome(lateViewer);
    expectProtocolError(() => utterances.reroute(lateViewer, undefined, old.id), 'NOT_FOUND', /evicted/);
    lateViewer.close();
    expect(store.bytes).toBeLessThanOrEqual(store.capBytes);
  });

  test('a speaker who vanishes mid-utterance leaves a complete, playable utterance', async () => {
    const carol = await SyntheticSpeaker.create('carol', router, 3000);
    carol.join(room);
    carol.start();
    carol.level = LOUD;
    const started = await waitFor(() => notificationsOf(carol.notifications, 'utteranceStarted').find((n) => n.speakerId === 'carol'), 'carol to start');
    await sleep(700);
    carol.stop();
    carol.peer.close(); // as when its connection drops for good: the peer and its producers go
    const utterance = store.get(started.utteranceId as string)!;
    await waitFor(() => utterance.state === 'complete', 'the utterance to complete');
    const log = utterance.packets;
    expect(log.length).toBeGreaterThan(40);
    const firstVideo = Array.from({ length: log.length }, (_, i) => i).find((i) => log.kind(i) === 'video');
    expect(firstVideo).toBeDefined();
    expect(log.isKeyFrame(firstVideo!)).toBe(true);
  });
});
