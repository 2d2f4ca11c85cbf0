// The worker patch that moves consumers from one producer to another in place
// (scripts/mediasoup-worker/patches/consumer-switch.patch), through ConsumerSwitch, on a real worker:
// two synthetic speakers, and a viewer whose consumers send plain RTP to a UDP socket this test reads.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import { ConsumerSwitch } from '../../media-node/src/media/ConsumerSwitch.js';
import { routerMediaCodecs } from '../../media-node/src/media/mediaCodecs.js';
import { plainViewer, SyntheticSpeaker, speakers, type Received } from '../support/syntheticMedia.js';
import { waitFor } from '../support/waitFor.js';

const TAG_A = 0xa1;
const TAG_B = 0xb2;

/** The continuity rule's cases, shared with Node's rewriter (media-node/test/unit/utterances/RtpStreamRewriter.test.ts). */
interface ContinuityCase {
  name: string;
  kind: 'audio' | 'video';
  clockRate: number;
  elapsedMs: number;
  previousMarker: boolean;
  timestampStep: number;
  sequenceGap: number;
}
const { cases: continuityCases } = JSON.parse(readFileSync(new URL('../vectors/stream-continuity.json', import.meta.url), 'utf8')) as {
  cases: ContinuityCase[];
};

/**
 * The worker measures the time between packets with its own clock, so a case's elapsed time is exact there
 * only where the rule's minimum decides: a case whose step is at least this much longer than its elapsed
 * time, more than the worker's reading of its channel or a timer here comes late.
 */
const EXACT_MARGIN_MS = 10;
/**
 * Otherwise the step lies within this of the case's, plus however much longer than the case's elapsed
 * time the switch took: as this test timed it, or as the viewer saw the two packets arrive (the worker's
 * reads of its channel can lag this process's writes).
 */
const TOLERANCE_MS = 2;

/** A producer this test feeds by hand, packet by packet (Opus, or VP8 whose frames are one or two packets). */
class ManualSource {
  private seq: number;
  private ts: number;

  private constructor(
    readonly producer: ms.Producer,
    start: { seq: number; ts: number },
  ) {
    this.seq = start.seq;
    this.ts = start.ts;
  }

  static async create(transport: ms.DirectTransport, kind: 'audio' | 'video', ssrc: number, start: { seq: number; ts: number }) {
    const codec =
      kind === 'audio'
        ? { mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }
        : { mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, rtcpFeedback: [{ type: 'nack', parameter: 'pli' }] };
    const producer = await transport.produce({ kind, rtpParameters: { codecs: [codec], encodings: [{ ssrc }] } });
    return new ManualSource(producer, start);
  }

  /** One packet of a new frame `ticks` after the last one (0: of the same frame). */
  send({ ticks, marker, keyFrame = false }: { ticks: number; marker: boolean; keyFrame?: boolean }): void {
    this.ts = (this.ts + ticks) >>> 0;
    const packet = Buffer.alloc(12 + 60, 0x55);
    packet[0] = 0x80;
    packet[1] = (marker ? 0x80 : 0) | this.producer.rtpParameters.codecs[0]!.payloadType;
    packet.writeUInt16BE(this.seq++ & 0xffff, 2);
    packet.writeUInt32BE(this.ts, 4);
    packet.writeUInt32BE(this.producer.rtpParameters.encodings![0]!.ssrc!, 8);
    if (this.producer.kind === 'video') {
      packet[12] = ticks > 0 ? 0x10 : 0x00; // VP8 descriptor: S=1 on a frame's first packet
      packet[13] = keyFrame ? 0x00 : 0x01;
    }
    this.producer.send(packet);
  }
}

/** Every step between consecutive packets of one kind is one sequence number, whatever the source. */
function seqSteps(packets: Received[]): number[] {
  return packets.slice(1).map((p, i) => (p.seq - packets[i]!.seq + 0x10000) % 0x10000);
}

describe('switching consumers between producers inside the worker', () => {
  let worker: ms.Worker;
  let router: ms.Router;
  let alice: SyntheticSpeaker;
  let bob: SyntheticSpeaker;
  let consumerSwitch: ConsumerSwitch;
  const viewers: Awaited<ReturnType<typeof plainViewer>>[] = [];

  beforeAll(async () => {
    worker = await mediasoup.createWorker({ logLevel: 'error' });
    router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
    const found = await ConsumerSwitch.for(router, await router.createDirectTransport());
    if (!found) throw new Error('this worker lacks the consumer switch patch');
    consumerSwitch = found;
    alice = await SyntheticSpeaker.create('alice', router, 1111, TAG_A);
    bob = await SyntheticSpeaker.create('bob', router, 2222, TAG_B);
    alice.start();
    bob.start();
  });

  afterEach(() => {
    for (const viewer of viewers.splice(0)) viewer.close();
  });

  afterAll(() => {
    for (const speaker of speakers) speaker.stop();
    worker.close();
  });

  test('the same SSRC, one sequence number per packet, timestamps that follow the clock, and video from a keyframe', async () => {
    const viewer = await plainViewer(
      router,
      alice.producers.map((p) => p.id),
    );
    viewers.push(viewer);
    await waitFor(() => viewer.received.find((p) => p.kind === 'video' && p.tag === TAG_A), "alice's video");
    await sleep(300);

    const switchedAt = viewer.received.length;
    await Promise.all(viewer.consumers.map((c) => consumerSwitch.feed([c], bob.producer(c.kind).id)));
    const firstFromBob = await waitFor(() => viewer.received.slice(switchedAt).find((p) => p.kind === 'video' && p.tag === TAG_B), "bob's video");
    await sleep(300);

    for (const kind of ['audio', 'video'] as const) {
      const packets = viewer.received.filter((p) => p.kind === kind);
      const consumer = viewer.consumers.find((c) => c.kind === kind)!;
      expect(new Set(packets.map((p) => p.ssrc))).toEqual(new Set([consumer.rtpParameters.encodings![0]!.ssrc]));
      expect(new Set(seqSteps(packets))).toEqual(new Set([1]));
      // Timestamps advance with the clock across the switch: never back, never a jump.
      const clockRate = kind === 'audio' ? 48_000 : 90_000;
      for (let i = 1; i < packets.length; i++) {
        const tsStep = (packets[i]!.ts - packets[i - 1]!.ts) >>> 0;
        const wallMs = packets[i]!.atMs - packets[i - 1]!.atMs;
        expect(tsStep).toBeLessThan(2 ** 31);
        expect(Math.abs((tsStep / clockRate) * 1000 - wallMs)).toBeLessThan(120);
      }
    }
    // Bob's picture starts on a keyframe: no frame of his before it.
    const bobVideo = viewer.received.filter((p) => p.kind === 'video' && p.tag === TAG_B);
    expect(bobVideo[0]).toBe(firstFromBob);
    expect(firstFromBob.keyFrame).toBe(true);
    // Nothing of Alice's picture after Bob's first frame.
    const video = viewer.received.filter((p) => p.kind === 'video');
    expect(video.slice(video.indexOf(firstFromBob)).every((p) => p.tag === TAG_B)).toBe(true);
    expect(viewer.consumers.every((c) => !c.closed)).toBe(true);
  });

  test('the keyframe comes at once: the worker asks the new producer for it', async () => {
    const viewer = await plainViewer(router, [alice.producer('video').id]);
    viewers.push(viewer);
    await waitFor(() => viewer.received.find((p) => p.tag === TAG_A), "alice's video");
    const before = viewer.received.length;
    const startedAt = performance.now();
    await consumerSwitch.feed(viewer.consumers, bob.producer('video').id);
    const first = await waitFor(() => viewer.received.slice(before).find((p) => p.tag === TAG_B), "bob's video");
    expect(first.keyFrame).toBe(true);
    // Bob's own keyframes come every 2 s; this one came on request.
    expect(first.atMs - startedAt).toBeLessThan(200);
  });

  test('a consumer whose new producer closes goes back to the producer it was created with', async () => {
    const carol = await SyntheticSpeaker.create('carol', router, 3333, 0xc3);
    carol.start();
    const viewer = await plainViewer(router, [alice.producer('video').id]);
    viewers.push(viewer);
    await consumerSwitch.feed(viewer.consumers, carol.producer('video').id);
    await waitFor(() => viewer.received.find((p) => p.tag === 0xc3), "carol's video");
    carol.close();
    const after = viewer.received.length;
    const back = await waitFor(() => viewer.received.slice(after).find((p) => p.tag === TAG_A), "alice's video again");
    expect(back.keyFrame).toBe(true);
    expect(viewer.consumers[0]!.closed).toBe(false);
    expect(new Set(seqSteps(viewer.received))).toEqual(new Set([1]));
  });

  describe.each(continuityCases)('follows the stream-continuity rule: $name', (c) => {
    test(`the new producer's first packet lies ${c.timestampStep} ticks and ${c.sequenceGap} numbers past the last one`, async () => {
      const transport = await router.createDirectTransport();
      const frameTicks = c.kind === 'audio' ? 960 : 3000;
      const from = await ManualSource.create(transport, c.kind, 5000 + continuityCases.indexOf(c) * 2, { seq: 65_530, ts: 2 ** 32 - 5 * frameTicks });
      const to = await ManualSource.create(transport, c.kind, 5001 + continuityCases.indexOf(c) * 2, { seq: 100, ts: 7 });
      const viewer = await plainViewer(router, [from.producer.id]);
      viewers.push(viewer);
      try {
        // A keyframe first (the consumer waits for one), then frames across the 16- and 32-bit wraps.
        from.send({ ticks: frameTicks, marker: true, keyFrame: true });
        for (let i = 0; i < 6; i++) from.send({ ticks: frameTicks, marker: true });
        await waitFor(() => viewer.received.length === 7, "the first producer's packets");
        // The last packet: the end of a frame, or the start of one cut short by the switch.
        from.send({ ticks: frameTicks, marker: c.previousMarker });
        const lastSentAt = performance.now();
        if (c.elapsedMs > 0) await sleep(c.elapsedMs);
        const switchedAt = performance.now();
        const switched = consumerSwitch.feed(viewer.consumers, to.producer.id);
        to.send({ ticks: frameTicks, marker: true, keyFrame: true });
        await switched;
        await waitFor(() => viewer.received.length === 9, "the new producer's first packet");

        const [last, first] = viewer.received.slice(7) as [Received, Received];
        expect((first.seq - last.seq) & 0xffff).toBe(c.sequenceGap);
        const step = (first.ts - last.ts) >>> 0;
        const ticksPerMs = c.clockRate / 1000;
        const minimumDecides = c.timestampStep / ticksPerMs - c.elapsedMs >= EXACT_MARGIN_MS;
        if (minimumDecides) {
          expect(step).toBe(c.timestampStep);
        } else {
          // A switch sent in the same tick gets the minimum at least, more only if the worker read it late.
          const lateMs = Math.max(0, switchedAt - lastSentAt - c.elapsedMs, first.atMs - last.atMs - c.elapsedMs);
          const floor = c.elapsedMs === 0 ? c.timestampStep : Math.max(1, c.timestampStep - TOLERANCE_MS * ticksPerMs);
          expect(step).toBeGreaterThanOrEqual(floor);
          expect(step).toBeLessThanOrEqual(c.timestampStep + (lateMs + TOLERANCE_MS) * ticksPerMs);
        }
      } finally {
        transport.close();
      }
    });
  });

  test("is reached only through one of the router's own transports", async () => {
    const other = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
    await expect(ConsumerSwitch.for(other, await router.createDirectTransport())).rejects.toThrow(/is not one of router/);
    other.close();
  });

  test('refuses what it cannot do, and changes nothing then', async () => {
    const viewer = await plainViewer(
      router,
      alice.producers.map((p) => p.id),
    );
    viewers.push(viewer);
    const audio = viewer.consumers.find((c) => c.kind === 'audio')!;
    const video = viewer.consumers.find((c) => c.kind === 'video')!;
    await expect(consumerSwitch.feed([audio], bob.producer('video').id)).rejects.toThrow(/differ in kind/);
    // One bad consumer in a batch: none of them moves.
    await expect(consumerSwitch.feed([video, audio], bob.producer('video').id)).rejects.toThrow(/differ in kind/);
    const closedProducer = await SyntheticSpeaker.create('gone', router, 4444);
    closedProducer.close();
    await expect(consumerSwitch.feed([video], closedProducer.producer('video').id)).rejects.toThrow(/Producer not found/);
    await sleep(200);
    const recent = viewer.received.filter((p) => p.kind === 'video').slice(-5);
    expect(recent.every((p) => p.tag === TAG_A)).toBe(true);
  });
});
