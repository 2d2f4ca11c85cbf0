import type { NotificationData } from '@chorus/protocol';
import type { Signaling } from '../signaling/Signaling.js';

export type NowPlayingData = NotificationData<'nowPlaying'>;

/** A `nowPlaying` as it arrived, with the local time (performance.now()) it did. */
export interface NowPlayingRecord extends NowPlayingData {
  receivedAt: number;
}

export type FeedState =
  /** No word from the server's utterance feed: the live view, or nothing routed yet. */
  | { kind: 'unknown' }
  | { kind: 'nothing' }
  | {
      kind: 'playing';
      utteranceId: string;
      speakerId: string;
      /** When the speaker started, ms since the epoch. */
      startedAt: number;
      recording: boolean;
      durationMs: number | null;
      /** performance.now() when the server switched this viewer to it: playback starts from its beginning then. */
      playbackStartedAt: number;
    };

/** Long sessions switch many times; the tests only look at the last few. */
const HISTORY_LIMIT = 500;

/**
 * What the server routes to this viewer, from `nowPlaying`, `nothingToPlay` and the room's
 * `utteranceEnded` (which ends the recording of the utterance playing, and gives its length).
 */
export class NowPlaying {
  private stateValue: FeedState = { kind: 'unknown' };
  readonly history: NowPlayingRecord[] = [];
  /** A new session was joined and has not said what it plays yet: what is shown is the old session's. */
  private stale = false;

  constructor(
    signaling: Signaling,
    private readonly onChange: (state: FeedState) => void,
  ) {
    signaling.on('nowPlaying', (data) => this.playing(data));
    signaling.on('nothingToPlay', () => this.set({ kind: 'nothing' }));
    signaling.on('utteranceEnded', ({ utteranceId, durationMs }) => {
      const state = this.stateValue;
      if (state.kind !== 'playing' || state.utteranceId !== utteranceId) return;
      this.set({ ...state, recording: false, durationMs: durationMs ?? state.durationMs });
    });
  }

  get state(): FeedState {
    return this.stateValue;
  }

  /** The server heard of this viewer under a utterance feed at least once. */
  get routed(): boolean {
    return this.history.length > 0 || this.stateValue.kind !== 'unknown';
  }

  /**
   * The session is joining again. A resumed session gets the notifications it missed replayed;
   * a new one announces its own playback, possibly before `joined` is reported here.
   */
  sessionJoining(): void {
    this.stale = true;
  }

  sessionJoined(resumed: boolean): void {
    if (this.stale && !resumed) this.set({ kind: 'unknown' });
    this.stale = false;
  }

  private playing(data: NowPlayingData): void {
    const receivedAt = performance.now();
    this.history.push({ ...data, receivedAt });
    if (this.history.length > HISTORY_LIMIT) this.history.splice(0, this.history.length - HISTORY_LIMIT);
    this.set({ kind: 'playing', ...data, playbackStartedAt: receivedAt });
  }

  private set(state: FeedState): void {
    this.stale = false;
    this.stateValue = state;
    this.onChange(state);
  }
}
