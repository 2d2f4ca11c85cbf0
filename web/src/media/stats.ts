import type { Consumer, Producer, Transport } from 'mediasoup-client/types';

// Readers for the browser's WebRTC statistics (https://www.w3.org/TR/webrtc-stats/).
// Entries of an RTCStatsReport are plain dictionaries keyed by their `type`.

type Stats = Record<string, unknown>;

export interface InboundRtpStats {
  packetsReceived: number;
  bytesReceived: number;
}

export interface InboundVideoStats extends InboundRtpStats {
  framesDecoded: number;
  frameWidth: number;
  frameHeight: number;
}

export interface OutboundRtpStats {
  packetsSent: number;
  bytesSent: number;
  /** Video only. */
  framesEncoded?: number;
  frameWidth?: number;
  frameHeight?: number;
}

export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/** An audio consumer's inbound-rtp counters, or null before its first packet. */
export async function inboundAudioStats(consumer: Consumer): Promise<InboundRtpStats | null> {
  const entry = await rtpEntry(consumer, 'inbound-rtp');
  if (!entry) return null;
  return { packetsReceived: numberOr(entry.packetsReceived, 0), bytesReceived: numberOr(entry.bytesReceived, 0) };
}

/** A video consumer's inbound-rtp counters and decoded frame size, or null before its first packet. */
export async function inboundVideoStats(consumer: Consumer): Promise<InboundVideoStats | null> {
  const entry = await rtpEntry(consumer, 'inbound-rtp');
  if (!entry) return null;
  return {
    packetsReceived: numberOr(entry.packetsReceived, 0),
    bytesReceived: numberOr(entry.bytesReceived, 0),
    framesDecoded: numberOr(entry.framesDecoded, 0),
    frameWidth: numberOr(entry.frameWidth, 0),
    frameHeight: numberOr(entry.frameHeight, 0),
  };
}

/** A producer's outbound-rtp counters (and, for video, encoded frames and size), or null before it sends. */
export async function outboundRtpStats(producer: Producer): Promise<OutboundRtpStats | null> {
  const entry = await rtpEntry(producer, 'outbound-rtp');
  if (!entry) return null;
  return {
    packetsSent: numberOr(entry.packetsSent, 0),
    bytesSent: numberOr(entry.bytesSent, 0),
    ...(producer.kind === 'video' && {
      framesEncoded: numberOr(entry.framesEncoded, 0),
      frameWidth: numberOr(entry.frameWidth, 0),
      frameHeight: numberOr(entry.frameHeight, 0),
    }),
  };
}

/**
 * The local candidate type of the transport's selected ICE candidate pair ('relay' when the
 * media goes through TURN), or null while no pair is selected.
 */
export async function selectedCandidatePairType(transport: Transport): Promise<CandidateType | null> {
  const report = await transport.getStats();
  const all = entries(report);
  const selectedId = all.find((stats) => stats.type === 'transport' && typeof stats.selectedCandidatePairId === 'string')?.selectedCandidatePairId as
    string | undefined;
  const pair =
    (selectedId !== undefined ? (report.get(selectedId) as Stats | undefined) : undefined) ??
    all.find((stats) => stats.type === 'candidate-pair' && stats.state === 'succeeded' && stats.nominated === true);
  if (!pair || typeof pair.localCandidateId !== 'string') return null;
  const local = report.get(pair.localCandidateId) as Stats | undefined;
  return typeof local?.candidateType === 'string' ? (local.candidateType as CandidateType) : null;
}

/** A consumer's getStats() is its RTCRtpReceiver's report, a producer's its RTCRtpSender's. */
async function rtpEntry(source: Consumer | Producer, type: 'inbound-rtp' | 'outbound-rtp'): Promise<Stats | undefined> {
  return entries(await source.getStats()).find((stats) => stats.type === type && stats.kind === source.kind);
}

function entries(report: RTCStatsReport): Stats[] {
  return [...report.values()] as Stats[];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
