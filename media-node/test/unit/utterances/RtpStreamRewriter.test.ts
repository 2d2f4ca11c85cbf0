import { describe, expect, test } from '@jest/globals';
import { parseRtpHeader } from '../../../src/rtp/rtpPacket.js';
import { RtpStreamRewriter, seqBefore } from '../../../src/utterances/RtpStreamRewriter.js';
import { rtpPacket } from './rtpFixtures.js';

const output = { ssrc: 777, payloadType: 101, clockRate: 90_000, markFramesCutShort: true };

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
    // The pause between sources shows in the timestamps at the clock rate: 400 - 9 * 33.3 ms.
    expect((b[0]!.timestamp - a[9]!.timestamp) >>> 0).toBe(Math.round(((400 - 9 * 33.3) * 90_000) / 1000));
  });

  test('starts the first source where it is, without offsets', () => {
    const rewriter = new RtpStreamRewriter(output);
    const [first] = sendFrames(rewriter, 'A', { seq: 1234, ts: 5678 }, 1, 0);
    expect(first).toMatchObject({ sequenceNumber: 1234, timestamp: 5678 });
  });

  test('leaves one sequence number out after a frame cut short, so the receiver drops it', () => {
    const rewriter = new RtpStreamRewriter(output);
    const cut = rtpPacket({ sequenceNumber: 10, timestamp: 100, marker: false });
    rewriter.rewrite(cut, 'A', 0);
    const next = rtpPacket({ sequenceNumber: 500, timestamp: 9000, marker: true });
    rewriter.rewrite(next, 'B', 30);
    expect(parseRtpHeader(next)!.sequenceNumber).toBe(12);
  });

  test('keeps audio gapless: an audio packet without a marker is a whole frame', () => {
    const rewriter = new RtpStreamRewriter({ ...output, clockRate: 48_000, markFramesCutShort: false });
    rewriter.rewrite(rtpPacket({ sequenceNumber: 10, timestamp: 100, marker: false }), 'A', 0);
    const next = rtpPacket({ sequenceNumber: 500, timestamp: 9000, marker: false });
    rewriter.rewrite(next, 'B', 20);
    expect(parseRtpHeader(next)!.sequenceNumber).toBe(11);
  });

  test('never moves a timestamp backwards, even for a switch in the same millisecond', () => {
    const rewriter = new RtpStreamRewriter({ ...output, clockRate: 48_000 });
    const a = rtpPacket({ sequenceNumber: 1, timestamp: 1_000_000, marker: true });
    rewriter.rewrite(a, 'A', 5);
    const b = rtpPacket({ sequenceNumber: 1, timestamp: 3, marker: true });
    rewriter.rewrite(b, 'B', 5);
    expect(parseRtpHeader(b)!.timestamp).toBe(1_000_001);
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
