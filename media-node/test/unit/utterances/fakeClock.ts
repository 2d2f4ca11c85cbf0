import type { Clock } from '../../../src/utterances/UtterancePlayback.js';

/** A clock that moves only when the test says so, firing due timers in order. */
export class FakeClock implements Clock {
  private nowMs = 1000;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 0;
  now() {
    return this.nowMs;
  }
  setTimeout(callback: () => void, ms: number) {
    const id = this.nextId++;
    this.timers.push({ at: this.nowMs + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  advance(ms: number) {
    const until = this.nowMs + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > until) break;
      this.timers.shift();
      this.nowMs = due.at;
      due.callback();
    }
    this.nowMs = until;
  }
}
