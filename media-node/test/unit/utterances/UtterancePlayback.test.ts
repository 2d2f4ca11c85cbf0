import { describe, expect, test } from '@jest/globals';
import type { PacketKind } from '../../../src/utterances/PacketLog.js';
import { UtterancePlayback, type PlaybackSink } from '../../../src/utterances/UtterancePlayback.js';
import { UtteranceStore } from '../../../src/utterances/UtteranceStore.js';
import { FakeClock } from './fakeClock.js';

class RecordingSink implements PlaybackSink {
  sent: { kind: PacketKind; tag: number; source: string; atMs: number }[] = [];
  send(kind: PacketKind, packet: Buffer, source: string, sendAtMs: number) {
    this.sent.push({ kind, tag: packet[0]!, source, atMs: sendAtMs });
  }
}

/** A sink that can relay the live edge, and records what it was asked to. */
class RelayingSink extends RecordingSink {
  calls: string[] = [];
  /** What the worker feeds each kind from, as far as this sink asked it to. */
  source = new Map<PacketKind, string>();
  relayLive(kind: PacketKind, utterance: { id: string }) {
    this.calls.push(`relay ${kind} ${utterance.id}`);
    this.source.set(kind, utterance.id);
    return true;
  }
  feedsFrom(kind: PacketKind, utterance: { id: string }) {
    return this.source.get(kind) === utterance.id;
  }
  endRelay() {
    this.calls.push('end');
    this.source.clear();
  }
}

function setup<Sink extends PlaybackSink = RecordingSink>(sink: Sink = new RecordingSink() as unknown as Sink) {
  const clock = new FakeClock();
  const store = new UtteranceStore(10 * 1024 * 1024);
  const playback = new UtterancePlayback(sink, clock);
  const finished: string[] = [];
  playback.on('finished', (u, reason) => finished.push(`${u.id}:${reason}`));
  return { clock, sink, store, playback, finished };
}

const origin = (id: string) => ({ id, roomId: 'r', speakerId: 's', startedAt: 0 });

describe('UtterancePlayback', () => {
  test('replays at the recorded pace, audio and video interleaved as they arrived', () => {
    const { clock, sink, store, playback, finished } = setup();
    const u = store.begin(origin('u'));
    // Recorded at 5000 ms and on: audio every 20 ms, video every 33 ms, video keyframe first.
    const schedule: [PacketKind, number][] = [];
    for (let t = 0; t < 200; t += 20) schedule.push(['audio', t]);
    for (let t = 0; t < 200; t += 33) schedule.push(['video', t]);
    schedule.sort((a, b) => a[1] - b[1]);
    schedule.forEach(([kind, t], i) => u.append(kind, Buffer.from([i]), 5000 + t, kind === 'video' && t === 0));
    u.complete();

    playback.play(u);
    clock.advance(100);
    // Everything due by 100 ms (plus the 2 ms batching) went out, nothing later.
    const dueBy = (ms: number) => schedule.filter(([, t]) => t <= ms + 2).length;
    expect(sink.sent.length).toBe(dueBy(100));
    clock.advance(200);
    expect(sink.sent.map((s) => s.tag)).toEqual(schedule.map((_, i) => i));
    // Each packet left at its recorded offset from the start of playback, never early.
    sink.sent.forEach((s, i) => {
      const offset = schedule[i]![1];
      expect(s.atMs - 1000).toBeGreaterThanOrEqual(offset);
      expect(s.atMs - 1000).toBeLessThanOrEqual(offset + 2);
    });
    expect(finished).toEqual(['u:ended']);
  });

  test('starts video on a keyframe: delta frames before the first keyframe are skipped', () => {
    const { clock, sink, store, playback } = setup();
    const u = store.begin(origin('u'));
    u.append('video', Buffer.from([1]), 0, false);
    u.append('audio', Buffer.from([2]), 1, false);
    u.append('video', Buffer.from([3]), 2, false);
    u.append('video', Buffer.from([4]), 3, true);
    u.append('video', Buffer.from([5]), 4, false);
    u.complete();
    playback.play(u);
    clock.advance(10);
    expect(sink.sent.map((s) => `${s.kind}${s.tag}`)).toEqual(['audio2', 'video4', 'video5']);
  });

  test('follows a recording at its live edge and ends when the recording completes', () => {
    const { clock, sink, store, playback, finished } = setup();
    const u = store.begin(origin('live'));
    u.append('audio', Buffer.from([0]), 0, false);
    playback.play(u);
    expect(sink.sent.length).toBe(1); // sent before the utterance has ended
    for (let i = 1; i <= 5; i++) {
      clock.advance(20);
      u.append('audio', Buffer.from([i]), i * 20, false);
      expect(sink.sent.length).toBe(i + 1); // each packet goes out as it is recorded
    }
    expect(finished).toEqual([]);
    u.complete();
    expect(finished).toEqual(['live:ended']);
  });

  test('switches at any moment: the old one is finished as stopped and the new one starts from its start', () => {
    const { clock, sink, store, playback, finished } = setup();
    const a = store.begin(origin('a'));
    const b = store.begin(origin('b'));
    // Both recordings are under way for longer than a burst, so each plays from its start at its pace.
    for (let i = 0; i < 60; i++) {
      a.append('audio', Buffer.from([i]), i * 20, false);
      b.append('audio', Buffer.from([100 + i]), 7000 + i * 20, false);
    }
    playback.play(a);
    clock.advance(100);
    playback.play(b);
    expect(finished).toEqual(['a:stopped']);
    expect(a.isPlayed).toBe(false);
    expect(b.isPlayed).toBe(true);
    clock.advance(1200);
    const fromB = sink.sent.filter((s) => s.source === 'b');
    expect(fromB.map((s) => s.tag)).toEqual(Array.from({ length: 60 }, (_, i) => 100 + i));
    expect(sink.sent.filter((s) => s.source === 'a').length).toBe(6);
  });

  test('an evicted utterance ends its playback, with the reason', () => {
    const { store, playback, finished } = setup();
    const u = store.begin(origin('gone'));
    u.append('audio', Buffer.from([0]), 0, false);
    u.complete();
    const other = store.begin(origin('other'));
    other.append('audio', Buffer.from([0]), 0, false);
    playback.play(other);
    store.clear();
    expect(finished).toEqual(['other:evicted']);
    expect(() => playback.play(u)).toThrow(/evicted/);
  });
});

describe('UtterancePlayback at a switch', () => {
  test('shows the picture at once: pacing starts at the first keyframe, the audio before it goes out in a burst', () => {
    const { clock, sink, store, playback } = setup();
    const u = store.begin(origin('u'));
    for (let t = 0; t < 200; t += 20) u.append('audio', Buffer.from([t / 20]), 5000 + t, false); // 200 ms pre-roll
    u.append('video', Buffer.from([50]), 5200, true);
    u.append('audio', Buffer.from([51]), 5220, false);
    u.append('video', Buffer.from([52]), 5233, false);
    u.complete();
    playback.play(u);
    // The pre-roll and the keyframe go out now; what follows keeps its recorded pace.
    expect(sink.sent.map((s) => s.tag)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50]);
    clock.advance(19);
    expect(sink.sent.length).toBe(11);
    clock.advance(40);
    expect(sink.sent.map((s) => s.tag).slice(11)).toEqual([51, 52]);
  });

  test('keeps recorded pace when the first keyframe comes too long after the start to burst up to it', () => {
    const { sink, store, playback } = setup();
    const u = store.begin(origin('u'));
    for (let t = 0; t <= 1500; t += 20) u.append('audio', Buffer.from([t / 20]), t, false);
    u.append('video', Buffer.from([200]), 1510, true);
    u.complete();
    playback.play(u);
    expect(sink.sent.map((s) => s.tag)).toEqual([0]);
  });
});

describe('UtterancePlayback at the live edge', () => {
  test('joins a recording that just began at its live edge: what it holds at once, then each packet as it arrives', () => {
    const { clock, sink, store, playback } = setup();
    const u = store.begin(origin('live'));
    for (let t = 0; t <= 300; t += 20) u.append('audio', Buffer.from([t / 20]), 10_000 + t, false); // pre-roll and onset
    playback.play(u);
    expect(sink.sent.length).toBe(16);
    clock.advance(20);
    u.append('audio', Buffer.from([99]), 10_320, false);
    // Sent on arrival, not 300 ms later as the pre-roll's pace would have it.
    expect(sink.sent.at(-1)).toMatchObject({ tag: 99, atMs: clock.now() });
  });

  test('plays a recording long under way from its start, at its recorded pace', () => {
    const { sink, store, playback } = setup();
    const u = store.begin(origin('long'));
    for (let t = 0; t <= 3000; t += 20) u.append('audio', Buffer.from([t / 20]), t, false);
    playback.play(u);
    expect(sink.sent.map((s) => s.tag)).toEqual([0]);
  });
});

describe('UtterancePlayback with a phase', () => {
  test('delays every packet of this viewer by its phase, so that many viewers do not send in one burst', () => {
    const clock = new FakeClock();
    const sink = new RecordingSink();
    const store = new UtteranceStore(1024 * 1024);
    const playback = new UtterancePlayback(sink, clock, 6);
    const u = store.begin(origin('live'));
    u.append('audio', Buffer.from([0]), 0, false);
    playback.play(u);
    expect(sink.sent).toHaveLength(0);
    clock.advance(6);
    expect(sink.sent).toMatchObject([{ tag: 0, atMs: clock.now() }]);
    u.append('audio', Buffer.from([1]), 20, false);
    clock.advance(20);
    expect(sink.sent.map((s) => s.atMs - 1000)).toEqual([6, 26]);
  });

  describe('with a sink that relays the live edge', () => {
    const relaySetup = () => setup(new RelayingSink());

    test('relays video at once and audio after the pre-roll, then sends nothing until the recording completes', () => {
      const { clock, sink, store, playback, finished } = relaySetup();
      const u = store.begin(origin('live'));
      // The pre-roll: audio, and video still waiting for its first keyframe.
      u.append('audio', Buffer.from([1]), 0, false);
      u.append('audio', Buffer.from([3]), 20, false);
      playback.play(u);
      expect(sink.calls).toEqual(['relay video live', 'relay audio live']);
      // The held audio went out through the sink before the audio relay took over; no video did.
      expect(sink.sent.map((s) => `${s.kind}${s.tag}`)).toEqual(['audio1', 'audio3']);
      expect(playback.relaying).toBe(true);
      for (let i = 0; i < 5; i++) {
        clock.advance(20);
        u.append('audio', Buffer.from([10 + i]), 40 + i * 20, false);
        u.append('video', Buffer.from([20 + i]), 40 + i * 20, false);
      }
      expect(sink.sent).toHaveLength(2);
      u.complete();
      expect(finished).toEqual(['live:ended']);
      expect(sink.calls.at(-1)).toBe('end');
      expect(playback.relaying).toBe(false);
    });

    test('plays video from its keyframe when the recording has one already, and relays the audio', () => {
      const { clock, sink, store, playback } = relaySetup();
      const u = store.begin(origin('live'));
      u.append('audio', Buffer.from([1]), 0, false);
      u.append('video', Buffer.from([2]), 5, true);
      u.append('video', Buffer.from([3]), 10, false);
      playback.play(u);
      expect(sink.calls).toEqual(['relay audio live']);
      clock.advance(20);
      u.append('video', Buffer.from([4]), 40, false);
      u.append('audio', Buffer.from([5]), 40, false);
      clock.advance(40);
      expect(sink.sent.map((s) => `${s.kind}${s.tag}`)).toEqual(['audio1', 'video2', 'video3', 'video4']);
    });

    test('plays from Node what is not at the live edge', () => {
      const { clock, sink, store, playback } = relaySetup();
      const old = store.begin(origin('old'));
      for (let t = 0; t <= 1500; t += 20) old.append('audio', Buffer.from([t % 256]), t, false);
      clock.advance(1500);
      playback.play(old); // recording for 1.5 s: played from its start, behind the live edge
      const done = store.begin(origin('done'));
      done.append('audio', Buffer.from([1]), 0, false);
      done.complete();
      playback.play(done);
      expect(sink.calls).toEqual([]);
      expect(sink.sent.length).toBeGreaterThan(0);
    });

    test("keeps relaying across a speaker's utterances with no second pre-roll", () => {
      const { sink, store, playback, finished } = relaySetup();
      const first = store.begin(origin('first'));
      first.append('audio', Buffer.from([1]), 0, false);
      playback.play(first);
      // Pretend the relay of the next utterance comes from the same producer: as a 15 s split does.
      sink.source.set('audio', 'second');
      sink.source.set('video', 'second');
      const second = store.begin(origin('second'));
      second.append('audio', Buffer.from([2]), 0, false);
      sink.endRelay = () => sink.calls.push('end');
      playback.play(second);
      expect(finished).toEqual(['first:stopped']);
      // The audio of the second was heard through the relay: not sent again.
      expect(sink.sent.map((s) => s.tag)).toEqual([1]);
      expect(sink.calls.slice(-2)).toEqual(['relay video second', 'relay audio second']);
    });

    test('sends a kind itself once the relay of it is lost, video from its next keyframe', () => {
      const { clock, sink, store, playback } = relaySetup();
      const u = store.begin(origin('live'));
      u.append('audio', Buffer.from([1]), 0, false);
      playback.play(u);
      playback.relayLost('video');
      playback.relayLost('audio');
      clock.advance(20);
      u.append('video', Buffer.from([2]), 20, false);
      u.append('audio', Buffer.from([3]), 20, false);
      u.append('video', Buffer.from([4]), 40, true);
      clock.advance(20);
      expect(sink.sent.map((s) => `${s.kind}${s.tag}`)).toEqual(['audio1', 'audio3', 'video4']);
    });
  });
});
