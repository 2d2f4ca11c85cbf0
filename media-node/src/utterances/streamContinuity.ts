/**
 * Where an RTP stream goes on when its source changes: the one rule that Node's RtpStreamRewriter and the
 * patched mediasoup worker (docs/worker-patch.md, "Stream continuity") both follow, checked against the same
 * cases (tests/vectors/stream-continuity.json) on both sides.
 */

/** The first packet of a new source lies this far past the last packet sent. */
export interface SwitchStep {
  /** In ticks of the clock rate: never 0, so the new frame is strictly newer than the last one. */
  timestampStep: number;
  sequenceGap: 1 | 2;
}

/**
 * The smallest pause a switch shows, in milliseconds. For audio one 20 ms Opus frame: a new frame that starts
 * less than a frame after the previous one overlaps it, and a jitter buffer may take it for a late packet of
 * an older frame. For video a millisecond: any forward step starts a new frame.
 */
const MIN_GAP_MS = { audio: 20, video: 1 } as const;

/**
 * `elapsedMs` is the wall-clock time from the last packet sent to the first one of the new source; it counts
 * in whole milliseconds, as the worker's does. A video frame cut short (the last packet sent had no marker)
 * is followed by one missing sequence number, so the receiver drops it instead of waiting for its end; audio
 * packets are whole frames (their marker only flags a talk spurt), so audio numbering stays gapless.
 */
export function switchStep(kind: 'audio' | 'video', clockRate: number, elapsedMs: number, previousMarker: boolean): SwitchStep {
  const gapMs = Math.max(Math.floor(elapsedMs), MIN_GAP_MS[kind]);
  return {
    timestampStep: Math.floor((gapMs * clockRate) / 1000),
    sequenceGap: kind === 'video' && !previousMarker ? 2 : 1,
  };
}
