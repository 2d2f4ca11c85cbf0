import { parseRtpHeader, writeRtpIdentity } from '../rtp/rtpPacket.js';
import { switchStep } from './streamContinuity.js';

export interface OutputStream {
  ssrc: number;
  payloadType: number;
  clockRate: number;
  /** What a switch does to the numbering depends on it (streamContinuity.ts). */
  kind: 'audio' | 'video';
}

/**
 * Makes one continuous RTP stream out of packets from many recordings: one SSRC and payload type, sequence
 * numbers without jumps, and timestamps that keep moving forward at wall-clock pace across every switch,
 * wrapping at 16 and 32 bits as RTP does. Receivers (NetEq, libwebrtc's frame buffer, SRTP's rollover
 * counter) then see one stream that paused briefly, never a new or rewound one.
 */
export class RtpStreamRewriter {
  private utteranceId: string | undefined;
  private seqDelta = 0;
  private tsDelta = 0;
  private lastOutSeq: number | undefined;
  private lastOutTs = 0;
  private lastSentAtMs = 0;
  private lastHadMarker = true;
  /** Input sequence number of the first packet of the current utterance: older ones are late and dropped. */
  private firstInSeq = 0;

  constructor(private readonly output: OutputStream) {}

  /**
   * Rewrites `packet` (a copy the caller owns) in place for sending at `sendAtMs`; `utteranceId` names the
   * recording it comes from. Returns false for a packet that must not be sent.
   */
  rewrite(packet: Uint8Array, utteranceId: string, sendAtMs: number): boolean {
    const header = parseRtpHeader(packet);
    if (!header) return false;
    if (utteranceId !== this.utteranceId) {
      this.switchTo(utteranceId, header.sequenceNumber, header.timestamp, sendAtMs);
    } else if (seqBefore(header.sequenceNumber, this.firstInSeq)) {
      return false;
    }
    const sequenceNumber = (header.sequenceNumber + this.seqDelta) & 0xffff;
    const timestamp = (header.timestamp + this.tsDelta) >>> 0;
    writeRtpIdentity(packet, { payloadType: this.output.payloadType, sequenceNumber, timestamp, ssrc: this.output.ssrc });
    if (this.lastOutSeq === undefined || seqBefore(this.lastOutSeq, sequenceNumber)) {
      this.lastOutSeq = sequenceNumber;
      this.lastOutTs = timestamp;
      this.lastHadMarker = header.marker;
    }
    this.lastSentAtMs = sendAtMs;
    return true;
  }

  private switchTo(utteranceId: string, inSeq: number, inTs: number, sendAtMs: number): void {
    this.utteranceId = utteranceId;
    this.firstInSeq = inSeq;
    if (this.lastOutSeq === undefined) {
      this.seqDelta = 0;
      this.tsDelta = 0;
      return;
    }
    const step = switchStep(this.output.kind, this.output.clockRate, sendAtMs - this.lastSentAtMs, this.lastHadMarker);
    this.seqDelta = (this.lastOutSeq + step.sequenceGap - inSeq) & 0xffff;
    this.tsDelta = (this.lastOutTs + step.timestampStep - inTs) >>> 0;
  }
}

/** RFC 1982 serial-number order for 16-bit sequence numbers. */
export function seqBefore(a: number, b: number): boolean {
  return a !== b && ((b - a) & 0xffff) < 0x8000;
}
