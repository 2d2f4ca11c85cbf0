export interface UtteranceDetectorSettings {
  /** A packet is speech when its level is at or above this, in dBov (-127..0); -50 dBov is quiet speech. */
  thresholdDbov: number;
  /** Consecutive speech packets that open an utterance: 2 packets of 20 ms react within 40 ms and skip clicks. */
  onsetPackets: number;
  /** Silence that closes an utterance. */
  hangoverMs: number;
  /** An utterance that reaches this length closes, and the next one opens on the same packet. */
  maxDurationMs: number;
}

export const defaultDetectorSettings: UtteranceDetectorSettings = {
  thresholdDbov: -50,
  onsetPackets: 2,
  hangoverMs: 700,
  maxDurationMs: 15_000,
};

export type UtteranceBoundary = { type: 'start'; atMs: number } | { type: 'end'; atMs: number; reason: 'silence' | 'max-duration' | 'stopped' };

/**
 * Turns one speaker's stream of audio levels (RFC 6464, one per RTP packet) into utterance boundaries.
 * Pure and clock-free: the caller passes each packet's arrival time, so tests drive it with synthetic levels.
 */
export class UtteranceDetector {
  private speaking = false;
  private startedAtMs = 0;
  private lastSpeechAtMs = 0;
  private consecutiveSpeech = 0;

  constructor(private readonly settings: UtteranceDetectorSettings = defaultDetectorSettings) {
    if (settings.onsetPackets < 1) throw new RangeError('onsetPackets must be at least 1');
    if (settings.maxDurationMs <= settings.hangoverMs) throw new RangeError('maxDurationMs must exceed hangoverMs');
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  /**
   * Feeds one packet's level, given as RFC 6464 carries it: 0 (loudest) to 127 (silence), meaning -dBov.
   * Returns the boundaries this packet causes, in order (a 15 s split yields an end and a start).
   */
  push(atMs: number, levelMinusDbov: number): UtteranceBoundary[] {
    const isSpeech = -levelMinusDbov >= this.settings.thresholdDbov;
    this.consecutiveSpeech = isSpeech ? this.consecutiveSpeech + 1 : 0;
    const boundaries: UtteranceBoundary[] = [];

    if (this.speaking) {
      if (isSpeech) this.lastSpeechAtMs = atMs;
      if (atMs - this.lastSpeechAtMs >= this.settings.hangoverMs) {
        this.speaking = false;
        boundaries.push({ type: 'end', atMs, reason: 'silence' });
      } else if (atMs - this.startedAtMs >= this.settings.maxDurationMs) {
        boundaries.push({ type: 'end', atMs, reason: 'max-duration' });
        this.open(atMs, boundaries);
      }
      return boundaries;
    }

    if (this.consecutiveSpeech >= this.settings.onsetPackets) {
      this.lastSpeechAtMs = atMs;
      this.open(atMs, boundaries);
    }
    return boundaries;
  }

  /** The speaker's stream ended (producer closed, speaker left): closes an open utterance. */
  stop(atMs: number): UtteranceBoundary[] {
    if (!this.speaking) return [];
    this.speaking = false;
    this.consecutiveSpeech = 0;
    return [{ type: 'end', atMs, reason: 'stopped' }];
  }

  private open(atMs: number, boundaries: UtteranceBoundary[]): void {
    this.speaking = true;
    this.startedAtMs = atMs;
    boundaries.push({ type: 'start', atMs });
  }
}
