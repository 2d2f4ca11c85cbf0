import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parseRtpHeader } from '../../../src/rtp/rtpPacket.js';
import { RtpStreamRewriter, seqBefore, type OutputStream } from '../../../src/utterances/RtpStreamRewriter.js';
import { rtpPacket } from './rtpFixtures.js';

const output: OutputStream = { ssrc: 777, payloadType: 101, clockRate: 90_000, kind: 'video' };

/** The continuity rule's cases, shared with the patched worker's test (tests/integration/consumerSwitch.test.ts). */
interface ContinuityCase {
  name: string;
  kind: 'audio' | 'video';
  clockRate: number;
  elapsedMs: number;
  previousMarker: boolean;
  timestampStep: number;
  sequenceGap: number;
}
const { cases: continuityCases } = JSON.parse(readFileSync(new URL('../../../../tests/vectors/stream-continuity.json', import.meta.url), 'utf8')) as {
  cases: ContinuityCase[];
};

/** Sends `count` packets of one 30 fps source through the rewriter; every packet is a whole frame. */
function sendFrames(rewriter: RtpStreamRewriter, source: string, first: { seq: number; ts: number }, count: number, startMs: number) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const packet = rtpPacket({ sequenceNumber: first.seq + i, timestamp: first.ts + i * 3000, marker: true, ssrc: 5, payloadType: 96 });
    expect(rewriter.rewrite(packet, source, startMs + i * 33.3)).toBe(true);
    out.push(parseRtpHeader(packet)!);
  }
  return out;
}

describe('RtpStreamRewriter', () => {
  test('one SSRC and payload type, and continuous sequence numbers and timestamps across switches and wrap-around', () => {
    const rewriter = new RtpStreamRewriter(output);
    const a = sendFrames(rewriter, 'A', { seq: 65_530, ts: 2 ** 32 - 6000 }, 10, 0); // wraps 16 and 32 bits
    const b = sendFrames(rewriter, 'B', { seq: 100, ts: 5_000_000 }, 10, 400); // switch after a 67 ms pause
    const c = sendFrames(rewriter, 'C', { seq: 40_000, ts: 12 }, 10, 800);
    const all = [...a, ...b, ...c];
    for (const h of all) expect(h).toMatchObject({ ssrc: 777, payloadType: 101 });
    for (let i = 1; i < all.length; i++) {
      expect(all[i]!.sequenceNumber).toBe((all[i - 1]!.sequenceNumber + 1) & 0xffff);
      const tsStep = (all[i]!.timestamp - all[i - 1]!.timestamp) >>> 0;
      expect(tsStep).toBeGreaterThan(0);
      expect(tsStep).toBeLessThan(90_000); // forward by less than a second, never backwards
    }
    // The pause between sources shows in the timestamps at the clock rate, in whole milliseconds: 400 - 9 * 33.3 ms.
    expect((b[0]!.timestamp - a[9]!.timestamp) >>> 0).toBe(100 * 90);
  });

  test('starts the first source where it is, without offsets', () => {
    const rewriter = new RtpStreamRewriter(output);
    const [first] = sendFrames(rewriter, 'A', { seq: 1234, ts: 5678 }, 1, 0);
    expect(first).toMatchObject({ sequenceNumber: 1234, timestamp: 5678 });
  });

  describe.each(continuityCases)('a switch: $name', (c) => {
    test(`moves the timestamp ${c.timestampStep} ticks and the sequence number ${c.sequenceGap} forward`, () => {
      const rewriter = new RtpStreamRewriter({ ssrc: 777, payloadType: 101, clockRate: c.clockRate, kind: c.kind });
      // The last timestamp sent is near the 32-bit wrap, the new source's far behind it: only the rule decides.
      const last = rtpPacket({ sequenceNumber: 65_535, timestamp: 2 ** 32 - 10, marker: c.previousMarker });
      expect(rewriter.rewrite(last, 'A', 1000)).toBe(true);
      const first = rtpPacket({ sequenceNumber: 500, timestamp: 3, marker: true });
      expect(rewriter.rewrite(first, 'B', 1000 + c.elapsedMs)).toBe(true);
      const before = parseRtpHeader(last)!;
      const after = parseRtpHeader(first)!;
      expect((after.timestamp - before.timestamp) >>> 0).toBe(c.timestampStep);
      expect((after.sequenceNumber - before.sequenceNumber) & 0xffff).toBe(c.sequenceGap);
    });
  });

  test('drops late packets of the current source from before its first one: their numbers are taken', () => {
    const rewriter = new RtpStreamRewriter(output);
    sendFrames(rewriter, 'A', { seq: 1, ts: 0 }, 3, 0);
    sendFrames(rewriter, 'B', { seq: 1000, ts: 0 }, 2, 200);
    expect(rewriter.rewrite(rtpPacket({ sequenceNumber: 999, timestamp: 0 }), 'B', 300)).toBe(false);
    expect(rewriter.rewrite(Buffer.alloc(4), 'B', 300)).toBe(false);
  });

  test('orders sequence numbers as serial numbers', () => {
    expect(seqBefore(65_535, 0)).toBe(true);
    expect(seqBefore(0, 65_535)).toBe(false);
    expect(seqBefore(5, 5)).toBe(false);
    expect(seqBefore(1, 30_000)).toBe(true);
  });
});
