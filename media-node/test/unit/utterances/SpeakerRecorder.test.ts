import { EventEmitter } from 'node:events';
import { describe, expect, test } from '@jest/globals';
import type { types as ms } from 'mediasoup';
import { AUDIO_LEVEL_URI, SpeakerRecorder } from '../../../src/utterances/SpeakerRecorder.js';
import type { Utterance } from '../../../src/utterances/Utterance.js';
import { UtteranceStore } from '../../../src/utterances/UtteranceStore.js';
import { FakeClock } from './fakeClock.js';
import { rtpPacket, vp8Payload } from './rtpFixtures.js';

/** Just what the recorder uses of a DirectTransport consumer. */
class FakeConsumer extends EventEmitter {
  readonly observer = new EventEmitter();
  keyFrameRequests = 0;
  constructor(readonly rtpParameters: Partial<ms.RtpParameters>) {
    super();
  }
  requestKeyFrame(): Promise<void> {
    this.keyFrameRequests++;
    return Promise.resolve();
  }
  close() {
    this.observer.emit('close');
  }
}

const settings = {
  detector: { thresholdDbov: -50, onsetPackets: 2, hangoverMs: 500, maxDurationMs: 15_000 },
  preRollMs: 300,
  keyFrameIntervalMs: 60_000,
};

async function setup() {
  const clock = new FakeClock();
  const store = new UtteranceStore(64 * 1024 * 1024);
  const recorder = new SpeakerRecorder('alice', 'room', store, settings, clock);
  const audio = new FakeConsumer({
    codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000 }],
    headerExtensions: [{ uri: AUDIO_LEVEL_URI, id: 10 }],
  });
  const video = new FakeConsumer({ codecs: [{ mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 }] });
  const consumers = [audio, video];
  const transport = { consume: () => Promise.resolve(consumers.shift()) } as unknown as ms.DirectTransport;
  await recorder.tap({ kind: 'audio', id: 'a' } as ms.Producer, transport, {});
  await recorder.tap({ kind: 'video', id: 'v' } as ms.Producer, transport, {});
  const started: Utterance[] = [];
  const ended: Utterance[] = [];
  recorder.on('utterancestart', (u) => started.push(u));
  recorder.on('utteranceend', (u) => ended.push(u));
  let audioSeq = 0;
  let videoSeq = 0;
  return {
    clock,
    store,
    recorder,
    audio,
    video,
    started,
    ended,
    /** 20 ms of audio at `level` (-dBov), tagged with its sequence number. */
    talk(level: number) {
      audio.emit('rtp', rtpPacket({ sequenceNumber: audioSeq++, timestamp: audioSeq * 960, audioLevel: { id: 10, level } }));
      clock.advance(20);
    },
    frame(keyFrame: boolean) {
      video.emit('rtp', rtpPacket({ sequenceNumber: videoSeq++, timestamp: videoSeq * 3000, payload: vp8Payload(keyFrame), marker: true }));
    },
  };
}

const audioIn = (u: Utterance) => Array.from({ length: u.packets.length }, (_, i) => i).filter((i) => u.packets.kind(i) === 'audio');
const firstVideo = (u: Utterance) => Array.from({ length: u.packets.length }, (_, i) => i).find((i) => u.packets.kind(i) === 'video');

describe('SpeakerRecorder', () => {
  test('keeps a pre-roll before detection, asks for a keyframe, and starts video on one', async () => {
    const t = await setup();
    for (let i = 0; i < 30; i++) t.talk(127); // 600 ms of silence
    t.frame(false);
    t.talk(20);
    t.talk(20); // detection fires here
    expect(t.started).toHaveLength(1);
    expect(t.video.keyFrameRequests).toBe(1);
    const u = t.started[0]!;
    // About 300 ms of audio from before detection is in the utterance, and the packet that fired it.
    expect(audioIn(u).length).toBeGreaterThanOrEqual(15);
    expect(audioIn(u).length).toBeLessThanOrEqual(17);
    t.frame(false); // a delta before the requested keyframe is not recorded
    t.frame(true);
    t.frame(false);
    expect(u.packets.isKeyFrame(firstVideo(u)!)).toBe(true);
    for (let i = 0; i < 40; i++) t.talk(127);
    expect(t.ended).toEqual([u]);
    expect(u.state).toBe('complete');
  });

  test('splits at 15 s without losing a packet: the old utterance keeps the video until the new one has a keyframe', async () => {
    const t = await setup();
    let sent = 0;
    for (let i = 0; i < 2; i++, sent++) t.talk(20);
    t.frame(true);
    for (let i = 0; i < 770; i++, sent++) {
      t.talk(20); // 15.4 s of speech: the camera has not answered the keyframe request yet
      if (i % 2) t.frame(false);
    }
    expect(t.started).toHaveLength(2);
    const [first, second] = t.started as [Utterance, Utterance];
    // Every audio packet is in exactly one of the two, and the first one's audio lasts no more than 15 s.
    expect(audioIn(first).length + audioIn(second).length).toBe(sent);
    const audioOfFirst = audioIn(first);
    expect(first.packets.arrivalMs(audioOfFirst.at(-1)!) - first.packets.arrivalMs(0)).toBeLessThanOrEqual(15_000);
    // No keyframe yet: the first utterance still takes the video and is not complete.
    expect(first.state).toBe('recording');
    expect(firstVideo(second)).toBeUndefined();
    t.frame(true);
    expect(first.state).toBe('complete');
    expect(t.ended).toEqual([first]);
    expect(second.packets.isKeyFrame(firstVideo(second)!)).toBe(true);
  });

  test('a split with no video at all ends the handover by itself, and closing completes what is open', async () => {
    const t = await setup();
    t.frame(true);
    for (let i = 0; i < 760; i++) t.talk(20);
    const [first, second] = t.started as [Utterance, Utterance];
    expect(first.state).toBe('recording');
    t.clock.advance(1000);
    expect(first.state).toBe('complete');
    t.recorder.close();
    expect(second.state).toBe('complete');
    expect(t.store.list((u) => u.state === 'recording')).toEqual([]);
  });

  test('closing during a split leaves both utterances complete', async () => {
    const t = await setup();
    t.frame(true);
    for (let i = 0; i < 760; i++) t.talk(20);
    expect(t.started).toHaveLength(2);
    t.recorder.close();
    expect(t.started.map((u) => u.state)).toEqual(['complete', 'complete']);
  });

  test('a speaker whose audio stops mid-utterance leaves it complete', async () => {
    const t = await setup();
    t.frame(true);
    for (let i = 0; i < 20; i++) t.talk(20);
    t.audio.close();
    expect(t.started[0]!.state).toBe('complete');
  });
});
