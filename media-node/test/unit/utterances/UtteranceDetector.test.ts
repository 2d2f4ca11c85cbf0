import { describe, expect, test } from '@jest/globals';
import { UtteranceDetector, type UtteranceBoundary } from '../../../src/utterances/UtteranceDetector.js';

const SPEECH = 20; // -20 dBov
const SILENCE = 127;
const settings = { thresholdDbov: -50, onsetPackets: 2, hangoverMs: 500, maxDurationMs: 15_000 };

/** Feeds one level every 20 ms from `fromMs` and collects the boundaries. */
function feed(detector: UtteranceDetector, levels: number[], fromMs = 0): UtteranceBoundary[] {
  return levels.flatMap((level, i) => detector.push(fromMs + i * 20, level));
}

describe('UtteranceDetector', () => {
  test('opens on the second consecutive loud packet, within 40 ms of speech', () => {
    const detector = new UtteranceDetector(settings);
    expect(feed(detector, [SILENCE, SILENCE, SPEECH, SPEECH, SPEECH])).toEqual([{ type: 'start', atMs: 60 }]);
    expect(detector.isSpeaking).toBe(true);
  });

  test('ignores a lone click', () => {
    const detector = new UtteranceDetector(settings);
    expect(feed(detector, [SILENCE, SPEECH, SILENCE, SPEECH, SILENCE])).toEqual([]);
  });

  test('treats levels quieter than the threshold as silence', () => {
    const detector = new UtteranceDetector(settings);
    expect(feed(detector, [51, 51, 60, 90])).toEqual([]);
    expect(feed(detector, [50, 50], 100)).toEqual([{ type: 'start', atMs: 120 }]);
  });

  test('closes after the configured stretch of silence, not before: short pauses stay inside', () => {
    const detector = new UtteranceDetector(settings);
    const pause = new Array<number>(20).fill(SILENCE); // 400 ms < 500 ms hangover
    const boundaries = feed(detector, [SPEECH, SPEECH, ...pause, SPEECH, ...new Array<number>(30).fill(SILENCE)]);
    // Last speech at 22 * 20 = 440 ms; 500 ms later, at 940 ms, the utterance closes.
    expect(boundaries).toEqual([
      { type: 'start', atMs: 20 },
      { type: 'end', atMs: 940, reason: 'silence' },
    ]);
  });

  test('splits at 15 s with no gap: the next utterance opens on the same packet', () => {
    const detector = new UtteranceDetector(settings);
    const boundaries = feed(detector, new Array<number>(40 * 50).fill(SPEECH)); // 40 s of continuous speech
    expect(boundaries).toEqual([
      { type: 'start', atMs: 20 },
      { type: 'end', atMs: 15_020, reason: 'max-duration' },
      { type: 'start', atMs: 15_020 },
      { type: 'end', atMs: 30_020, reason: 'max-duration' },
      { type: 'start', atMs: 30_020 },
    ]);
  });

  test('a stopped stream closes the open utterance once', () => {
    const detector = new UtteranceDetector(settings);
    feed(detector, [SPEECH, SPEECH]);
    expect(detector.stop(1000)).toEqual([{ type: 'end', atMs: 1000, reason: 'stopped' }]);
    expect(detector.stop(1001)).toEqual([]);
  });

  test('refuses settings that cannot work', () => {
    expect(() => new UtteranceDetector({ ...settings, onsetPackets: 0 })).toThrow(RangeError);
    expect(() => new UtteranceDetector({ ...settings, maxDurationMs: 400 })).toThrow(RangeError);
  });
});
