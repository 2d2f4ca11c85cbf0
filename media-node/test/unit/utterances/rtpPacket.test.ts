import { describe, expect, test } from '@jest/globals';
import { isH264KeyFrame, isVp8KeyFrame, parseRtpHeader, readAudioLevel, writeRtpIdentity } from '../../../src/rtp/rtpPacket.js';
import { rtpPacket, vp8Payload } from './rtpFixtures.js';

describe('rtpPacket', () => {
  test('parses the fixed header and the payload bounds', () => {
    const packet = rtpPacket({ payloadType: 111, marker: true, sequenceNumber: 65535, timestamp: 0xfffffff0, ssrc: 0xdeadbeef });
    expect(parseRtpHeader(packet)).toEqual({
      payloadType: 111,
      marker: true,
      sequenceNumber: 65535,
      timestamp: 0xfffffff0,
      ssrc: 0xdeadbeef,
      payloadOffset: 12,
      payloadLength: 2,
    });
  });

  test('refuses what is not RTP', () => {
    expect(parseRtpHeader(Buffer.alloc(11))).toBeUndefined();
    expect(parseRtpHeader(Buffer.from([0x00, ...new Array<number>(20).fill(0)]))).toBeUndefined();
    const truncatedExtension = rtpPacket({ sequenceNumber: 1, timestamp: 1, audioLevel: { id: 1, level: 30 } }).subarray(0, 15);
    expect(parseRtpHeader(truncatedExtension)).toBeUndefined();
  });

  test('reads the RFC 6464 audio level from a one-byte extension', () => {
    const packet = rtpPacket({ sequenceNumber: 1, timestamp: 1, audioLevel: { id: 10, level: 33, voice: true } });
    const header = parseRtpHeader(packet)!;
    expect(readAudioLevel(packet, header, 10)).toEqual({ level: 33, voice: true });
    expect(readAudioLevel(packet, header, 11)).toBeUndefined();
  });

  test('tells VP8 keyframes from delta frames, with and without the extended descriptor', () => {
    const key = rtpPacket({ sequenceNumber: 1, timestamp: 1, payload: vp8Payload(true) });
    const delta = rtpPacket({ sequenceNumber: 2, timestamp: 2, payload: vp8Payload(false) });
    expect(isVp8KeyFrame(key, parseRtpHeader(key)!)).toBe(true);
    expect(isVp8KeyFrame(delta, parseRtpHeader(delta)!)).toBe(false);
    // X=1, S=1; I=1 with a 15-bit picture id (M=1); then the payload header of a keyframe.
    const extended = rtpPacket({ sequenceNumber: 3, timestamp: 3, payload: new Uint8Array([0x90, 0x80, 0x81, 0x23, 0x00]) });
    expect(isVp8KeyFrame(extended, parseRtpHeader(extended)!)).toBe(true);
    // A continuation packet of a keyframe (S=0) does not start one.
    const continuation = rtpPacket({ sequenceNumber: 4, timestamp: 3, payload: new Uint8Array([0x00, 0x00]) });
    expect(isVp8KeyFrame(continuation, parseRtpHeader(continuation)!)).toBe(false);
  });

  test('finds H264 IDR and SPS in single NAL units, STAP-A and FU-A starts', () => {
    const of = (payload: number[]) => {
      const p = rtpPacket({ sequenceNumber: 1, timestamp: 1, payload: new Uint8Array(payload) });
      return isH264KeyFrame(p, parseRtpHeader(p)!);
    };
    expect(of([0x65, 0x00])).toBe(true); // IDR
    expect(of([0x41, 0x00])).toBe(false); // non-IDR slice
    expect(of([0x78, 0x00, 0x02, 0x67, 0x00, 0x00, 0x02, 0x68, 0x00])).toBe(true); // STAP-A with SPS
    expect(of([0x7c, 0x85, 0x00])).toBe(true); // FU-A start of an IDR
    expect(of([0x7c, 0x05, 0x00])).toBe(false); // FU-A middle of an IDR
  });

  test('rewrites payload type, sequence number, timestamp and SSRC in place, keeping the marker', () => {
    const packet = rtpPacket({ payloadType: 96, marker: true, sequenceNumber: 10, timestamp: 20, ssrc: 30 });
    writeRtpIdentity(packet, { payloadType: 101, sequenceNumber: 70000, timestamp: 2 ** 32 + 5, ssrc: 42 });
    expect(parseRtpHeader(packet)).toMatchObject({ payloadType: 101, marker: true, sequenceNumber: 70000 - 65536, timestamp: 5, ssrc: 42 });
  });
});

describe('keyFrameRequestsIn', () => {
  test('finds the media SSRC of PLIs and FIRs in a compound packet, and nothing in others', async () => {
    const { keyFrameRequestsIn } = await import('../../../src/rtp/rtpPacket.js');
    const receiverReport = Buffer.from([0x80, 201, 0, 1, 0, 0, 0, 1]);
    const pli = Buffer.from([0x81, 206, 0, 2, 0, 0, 0, 1, 0xde, 0xad, 0xbe, 0xef]);
    const fir = Buffer.from([0x84, 206, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 42, 7, 0, 0, 0]);
    const nack = Buffer.from([0x81, 205, 0, 3, 0, 0, 0, 1, 0, 0, 0, 9, 0, 1, 0, 0]);
    expect(keyFrameRequestsIn(Buffer.concat([receiverReport, pli]))).toEqual([0xdeadbeef]);
    expect(keyFrameRequestsIn(fir)).toEqual([42]);
    expect(keyFrameRequestsIn(nack)).toEqual([]);
    expect(keyFrameRequestsIn(Buffer.from([0x81, 206, 0, 9]))).toEqual([]); // truncated
  });
});
