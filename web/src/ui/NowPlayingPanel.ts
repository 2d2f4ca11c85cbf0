import type { FeedState } from '../utterances/NowPlaying.js';
import { peerLabel } from './peerLabel.js';

/** Often enough for a seconds display to look steady, rarely enough to cost nothing. */
const TICK_MS = 250;

/** m:ss, as media players show time. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Who the viewer is hearing and how far into it playback is: the speaker, the time since the
 * switch, a "live" badge while the speaker is still talking, and a bar once the length is known.
 */
export class NowPlayingPanel {
  private readonly headline = document.createElement('span');
  private readonly live = document.createElement('span');
  private readonly elapsed = document.createElement('span');
  private readonly progress = document.createElement('progress');
  private timer: ReturnType<typeof setInterval> | undefined;
  private state: FeedState = { kind: 'unknown' };

  constructor(private readonly container: HTMLElement) {
    const line = document.createElement('p');
    line.className = 'now-playing-line';
    // Announce switches only; the ticking time would drown everything else out.
    this.headline.setAttribute('aria-live', 'polite');
    this.headline.className = 'now-playing-speaker';
    this.live.className = 'badge live';
    this.live.textContent = 'live';
    this.live.title = 'The speaker is still talking: this is being recorded as you watch';
    this.elapsed.className = 'now-playing-elapsed';
    line.append(this.headline, ' ', this.live, ' ', this.elapsed);
    this.progress.className = 'now-playing-progress';
    this.progress.setAttribute('aria-label', 'Progress through this utterance');
    container.append(line, this.progress);
    this.show(this.state);
  }

  show(state: FeedState): void {
    this.state = state;
    const { container } = this;
    container.dataset.state = state.kind;
    if (state.kind !== 'playing') {
      this.stopTicking();
      delete container.dataset.speakerId;
      delete container.dataset.utteranceId;
      this.headline.textContent = state.kind === 'nothing' ? 'Nothing to play — waiting for someone to speak' : '';
      this.live.hidden = true;
      this.elapsed.textContent = '';
      this.progress.hidden = true;
      return;
    }
    container.dataset.speakerId = state.speakerId;
    container.dataset.utteranceId = state.utteranceId;
    const text = `Now playing: ${peerLabel(state.speakerId)}`;
    // Rewriting the same text would make screen readers announce it again.
    if (this.headline.textContent !== text) this.headline.textContent = text;
    this.live.hidden = !state.recording;
    this.tick();
    this.timer ??= setInterval(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const state = this.state;
    if (state.kind !== 'playing') return;
    const duration = state.durationMs;
    let elapsedMs = performance.now() - state.playbackStartedAt;
    // Playback ends at the recording's end; the next switch may take a moment to be announced.
    if (duration !== null) elapsedMs = Math.min(elapsedMs, duration);
    this.elapsed.textContent = duration === null ? formatDuration(elapsedMs) : `${formatDuration(elapsedMs)} / ${formatDuration(duration)}`;
    this.progress.hidden = duration === null;
    if (duration !== null) {
      this.progress.max = Math.max(duration, 1);
      this.progress.value = elapsedMs;
    }
  }

  private stopTicking(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
