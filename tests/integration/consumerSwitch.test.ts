// The worker patch that moves consumers from one producer to another in place
// (scripts/mediasoup-worker/patches/consumer-switch.patch), through ConsumerSwitch, on a real worker:
// two synthetic speakers, and a viewer whose consumers send plain RTP to a UDP socket this test reads.
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
