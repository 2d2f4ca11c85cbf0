// The corked channel patch (scripts/mediasoup-worker/patch-channel.mjs): the messages Node sends a
// worker in one tick leave in one writev, not one write each, and still arrive whole and in order.
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';

const SSRC = 0x1234;

function opusPacket(sequenceNumber: number): Buffer {
  const packet = Buffer.alloc(12 + 160);
  packet[0] = 0x80;
  packet[1] = 100;
  packet.writeUInt16BE(sequenceNumber, 2);
  packet.writeUInt32BE(sequenceNumber * 960, 4);
  packet.writeUInt32BE(SSRC, 8);
  packet.fill(sequenceNumber & 0xff, 12);
  return packet;
}

describe("mediasoup's channel to the worker", () => {
  let worker: types.Worker;
  let producer: types.Producer;
  const received: Buffer[] = [];

  beforeAll(async () => {
    worker = await mediasoup.createWorker({ logLevel: 'warn' });
    const router = await worker.createRouter({ mediaCodecs: [{ kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 }] });
    const transport = await router.createDirectTransport();
    producer = await transport.produce({
      kind: 'audio',
      rtpParameters: {
        codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
        encodings: [{ ssrc: SSRC }],
      },
    });
    const consumer = await transport.consume({ producerId: producer.id, rtpCapabilities: router.rtpCapabilities });
    consumer.on('rtp', (packet) => received.push(packet));
  });

  afterAll(() => worker?.close());

  it('sends a tick of packets in one writev, delivered whole and in order', async () => {
    const calls = { write: 0, writev: 0, chunksInWritev: 0 };
    const proto = net.Socket.prototype as unknown as {
      _write: (...args: unknown[]) => unknown;
      _writev: (chunks: unknown[], ...rest: unknown[]) => unknown;
    };
    const { _write, _writev } = proto;
    proto._write = function (this: unknown, ...args: unknown[]) {
      calls.write++;
      return _write.apply(this, args);
    };
    proto._writev = function (this: unknown, chunks: unknown[], ...rest: unknown[]) {
      calls.writev++;
      calls.chunksInWritev += chunks.length;
      return _writev.call(this, chunks, ...rest);
    };
    try {
      for (let seq = 1; seq <= 200; seq++) producer.send(opusPacket(seq));
      await sleep(0);
    } finally {
      proto._write = _write;
      proto._writev = _writev;
    }
    // Uncorked, each send would be a write of its own (200 of them).
    expect(calls.writev).toBe(1);
    expect(calls.chunksInWritev).toBeGreaterThanOrEqual(199);
    expect(calls.write).toBeLessThanOrEqual(1);

    for (let i = 0; i < 100 && received.length < 200; i++) await sleep(20);
    expect(received).toHaveLength(200);
    // Each payload whole (the worker may add header extensions in front of it).
    received.forEach((packet, i) => {
      expect(packet.subarray(packet.length - 160).every((byte) => byte === ((i + 1) & 0xff))).toBe(true);
    });
    // Consecutive sequence numbers: none lost, none reordered.
    const sequence = received.map((packet) => packet.readUInt16BE(2));
    expect(sequence.slice(1).every((seq, i) => ((seq - sequence[i]!) & 0xffff) === 1)).toBe(true);
  });
});
