// Utterances in real Chromium: two speaker pages whose microphones say sentences with pauses (espeak-ng
// and sox make the WAV files Chromium plays as its fake microphone), and one viewer page that the media
// node routes from utterance to utterance without ever renegotiating.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordProblems } from '../support/browser.js';
import { startMediaNode } from '../support/mediaNodeFixture.js';

/** Two sentences with pauses between them, as one WAV file: what the fake microphone says, in a loop. */
function speechFile(dir: string, name: string, voice: string, sentences: string[]): string {
  const parts: string[] = [];
  sentences.forEach((sentence, i) => {
    const spoken = path.join(dir, `${name}-${i}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-s', '160', '-w', spoken, sentence]);
    const padded = path.join(dir, `${name}-${i}-padded.wav`);
    // 1.5 s of digital silence after each sentence: longer than the node's silence threshold.
    execFileSync('sox', [spoken, '-r', '48000', '-c', '1', '-b', '16', padded, 'pad', '0', '1.5']);
    parts.push(padded);
  });
  const out = path.join(dir, `${name}.wav`);
  execFileSync('sox', [...parts, out]);
  return out;
}

// The pages' test hooks (web/src/testHooks.ts), as far as this test reads them.
interface ViewerHooks {
  state: string;
  nowPlaying: { utteranceId: string; speakerId: string; recording: boolean; receivedAt: number }[];
  consumerIds(): string[];
  next(): Promise<{ utteranceId: string | null }>;
  inboundStats(): Promise<{ video: { framesDecoded: number } | null }>;
}
interface SpeakerHooks {
  utterances: { utteranceId: string; startedAt: number; endedAt?: number }[];
}

interface Sample {
  /** Date.now() in the viewer page. */
  at: number;
  framesDecoded: number;
}

/** Samples the viewer's decoded frames every 100 ms until stopped. */
function sampleFramesDecoded(viewer: Page): { samples: Sample[]; stop(): Promise<void> } {
  const samples: Sample[] = [];
  let sampling = true;
  const loop = (async () => {
    while (sampling) {
      samples.push(
        await viewer.evaluate(async () => ({
          at: Date.now(),
          framesDecoded: (await (window as unknown as { chorus: ViewerHooks }).chorus.inboundStats()).video?.framesDecoded ?? 0,
        })),
      );
      await sleep(100);
    }
  })();
  return {
    samples,
    stop: async () => {
      sampling = false;
      await loop;
    },
  };
}

/** The node's count of viewer consumers relayed in the worker, from its /metrics. */
async function relayedConsumers(httpBase: string): Promise<number> {
  const metrics = await (await fetch(`${httpBase}/metrics`)).text();
  return Number(/^chorus_relayed_consumers (\d+)$/m.exec(metrics)?.[1] ?? Number.NaN);
}

/** The viewer page, waiting with its two consumers for whatever it is routed to. */
async function openViewer(browser: Browser, url: string, problems: string[]): Promise<{ page: Page; consumerIds: string[] }> {
  const page = await browser.newPage();
  problems.push(...recordProblems(page, 'viewer'));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { chorus?: ViewerHooks }).chorus?.consumerIds().length === 2, null, { timeout: 30_000 });
  return { page, consumerIds: await page.evaluate(() => (window as unknown as { chorus: ViewerHooks }).chorus.consumerIds()) };
}

const viewerHooks = (page: Page) => page.evaluate(() => (window as unknown as { chorus: ViewerHooks }).chorus);

describe('utterances in real Chromium', () => {
  let dir: string;
  let stack: Awaited<ReturnType<typeof startMediaNode>>;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chorus-speech-'));
    stack = await startMediaNode({
      CHORUS_VIEWER_FEED: 'utterances',
      CHORUS_UTTERANCE_SILENCE_MS: '500',
      CHORUS_RTC_MIN_PORT: '38000',
      CHORUS_RTC_MAX_PORT: '38999',
    });
  });

  // Each test's pages close before the next starts: five Chromiums at once would starve 2 cores.
  afterEach(async () => {
    await Promise.all(browsers.splice(0).map((b) => b.close()));
  });

  afterAll(async () => {
    await stack?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('routes a viewer between two speakers with unchanged consumers, clean switches, from the live edge', async () => {
    const files = [
      speechFile(dir, 'alice', 'en-us', ['Hello, this is Alice speaking.', 'The weather is fine today.']),
      speechFile(dir, 'bob', 'en-gb', ['Good morning, Bob here.', 'I have something to say.']),
    ];
    const problems: string[] = [];
    // The viewer first, so that it waits with nothing to play and is routed to the first utterance
    // while it is being recorded.
    const viewerBrowser = await launchChromium();
    browsers.push(viewerBrowser);
    const { page: viewer, consumerIds } = await openViewer(viewerBrowser, `${stack.httpBase}/viewer.html?room=utterances`, problems);
    const sampler = sampleFramesDecoded(viewer);
    const samples = sampler.samples;
    const speakers: Page[] = [];
    for (const [i, file] of files.entries()) {
      const browser = await launchChromium([`--use-file-for-fake-audio-capture=${file}`]);
      browsers.push(browser);
      const page = await browser.newPage();
      problems.push(...recordProblems(page, `speaker ${i}`));
      await page.goto(`${stack.httpBase}/speaker.html?room=utterances`);
      speakers.push(page);
    }
    for (const page of speakers)
      await page.waitForFunction(() => (window as unknown as { chorus?: { state: string } }).chorus?.state === 'publishing', null, {
        timeout: 30_000,
      });

    // Watch for up to a minute; ask for "next" now and then, so that some switches happen mid-utterance.
    const deadline = Date.now() + 60_000;
    let lastNext = Date.now();
    let mostRelayed = 0;
    for (;;) {
      mostRelayed = Math.max(mostRelayed, await relayedConsumers(stack.httpBase));
      const hooks = await viewerHooks(viewer);
      const speakersHeard = new Set(hooks.nowPlaying.map((n) => n.speakerId));
      if ((speakersHeard.size >= 2 && hooks.nowPlaying.length >= 4) || Date.now() > deadline) break;
      if (Date.now() - lastNext > 4000 && hooks.nowPlaying.length > 0) {
        await viewer.evaluate(() => (window as unknown as { chorus: ViewerHooks }).chorus.next().catch(() => null));
        lastNext = Date.now();
      }
      await sleep(200);
    }
    // A little more after the last switch, to see the picture carry on.
    await sleep(2000);
    await sampler.stop();

    const hooks = await viewerHooks(viewer);
    const timeOrigin = await viewer.evaluate(() => performance.timeOrigin);
    const played = hooks.nowPlaying.map((n) => ({ ...n, receivedAtEpoch: timeOrigin + n.receivedAt }));
    // At least two utterances from different speakers.
    expect(new Set(played.map((n) => n.speakerId)).size).toBeGreaterThanOrEqual(2);
    expect(played.length).toBeGreaterThanOrEqual(4);
    // The same two consumers throughout: every switch happened on the server.
    expect(await viewer.evaluate(() => (window as unknown as { chorus: ViewerHooks }).chorus.consumerIds())).toEqual(consumerIds);

    // The picture keeps coming across every switch: around each one, no second without a new frame.
    // The picture keeps coming across every switch made while it was coming: within a second of the
    // switch, a new frame. (A switch after a wait with nothing to play has nothing to keep coming.)
    const framesAt = (epoch: number) => [...samples].reverse().find((s) => s.at <= epoch)?.framesDecoded ?? 0;
    const sampledUntil = samples[samples.length - 1]!.at;
    let checkedSwitches = 0;
    const frozen: string[] = [];
    for (const [i, switched] of played.entries()) {
      if (i === 0) continue;
      const t = switched.receivedAtEpoch;
      const flowing = framesAt(t) > framesAt(t - 600);
      // A switch in the last second of sampling has not had its second yet.
      if (!flowing || t + 1000 > sampledUntil) continue;
      checkedSwitches++;
      const resumed = samples.find((s) => s.at > t && s.framesDecoded > framesAt(t));
      if (!resumed || resumed.at - t > 1000) {
        const around = samples.filter((s) => s.at > t - 1000 && s.at < t + 2000).map((s) => `${s.at - t}:${s.framesDecoded}`);
        frozen.push(`switch ${i} to ${switched.utteranceId} (recording ${switched.recording}): frames at ms from the switch ${around.join(' ')}`);
      }
    }
    expect(frozen).toEqual([]);
    expect(checkedSwitches).toBeGreaterThanOrEqual(1);

    // Playback follows the recording: some utterance was being decoded before its speaker finished it.
    const ended = new Map<string, number>();
    for (const page of speakers) {
      for (const u of await page.evaluate(() => (window as unknown as { chorus: SpeakerHooks }).chorus.utterances))
        if (u.endedAt) ended.set(u.utteranceId, u.endedAt);
    }
    const followedLive = played.filter((n) => {
      const end = ended.get(n.utteranceId);
      if (!n.recording || end === undefined) return false;
      return samples.some((s) => s.at > n.receivedAtEpoch && s.at < end && s.framesDecoded > framesAt(n.receivedAtEpoch));
    });
    expect(followedLive.length).toBeGreaterThanOrEqual(1);
    // At the live edge, the worker fed the viewer straight from a speaker's producers: the audio at least
    // (the video too when the viewer joined before the utterance's first keyframe).
    expect(mostRelayed).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
  });

  it('splits a monologue longer than 15 s into back-to-back utterances that the viewer follows without a freeze', async () => {
    // One long sentence, about 22 s, with no pause near the silence threshold; then 2 s of silence.
    const spoken = path.join(dir, 'monologue-raw.wav');
    execFileSync('espeak-ng', [
      '-v',
      'en-us',
      '-s',
      '170',
      '-w',
      spoken,
      'I am going to keep talking for quite a while now without stopping, because this test needs a monologue that runs ' +
        'for longer than fifteen seconds, and so I carry on and on about the weather and the trains and the little cafe on ' +
        'the corner that sells the best bread in the whole town, and then I talk about the river and the boats and the ' +
        'bridges and the people walking their dogs along the water in the early morning light',
    ]);
    const monologue = path.join(dir, 'monologue.wav');
    execFileSync('sox', [spoken, '-r', '48000', '-c', '1', '-b', '16', monologue, 'pad', '0', '2']);

    const problems: string[] = [];
    const viewerBrowser = await launchChromium();
    browsers.push(viewerBrowser);
    const { page: viewer, consumerIds } = await openViewer(viewerBrowser, `${stack.httpBase}/viewer.html?room=monologue`, problems);
    const sampler = sampleFramesDecoded(viewer);
    const speakerBrowser = await launchChromium([`--use-file-for-fake-audio-capture=${monologue}`]);
    browsers.push(speakerBrowser);
    const speaker = await speakerBrowser.newPage();
    problems.push(...recordProblems(speaker, 'speaker'));
    await speaker.goto(`${stack.httpBase}/speaker.html?room=monologue`);

    // The first utterance closes at 15 s and the next starts at once; wait until the viewer plays that one.
    const speakerUtterances = () => speaker.evaluate(() => (window as unknown as { chorus: SpeakerHooks }).chorus.utterances);
    await speaker.waitForFunction(
      () => {
        const own = (window as unknown as { chorus: SpeakerHooks }).chorus.utterances;
        return own.length >= 2 && own[0]!.endedAt !== undefined;
      },
      null,
      { timeout: 60_000 },
    );
    const [first, second] = await speakerUtterances();
    await viewer.waitForFunction(
      (id) => (window as unknown as { chorus: ViewerHooks }).chorus.nowPlaying.some((n) => n.utteranceId === id),
      second!.utteranceId,
      { timeout: 10_000 },
    );
    await sleep(2000);
    await sampler.stop();

    // The audio moves to the next utterance at 15 s on the very packet; the first keeps the video only
    // until the next has a keyframe (at most 1 s), so the two touch or overlap and never leave a gap.
    // An utterance spans its first to its last packet's arrival, so back-to-back ones are apart by at
    // most the packet interval (20 ms of Opus, with some jitter).
    expect(second!.startedAt - first!.startedAt).toBeGreaterThanOrEqual(14_500);
    expect(second!.startedAt - first!.startedAt).toBeLessThanOrEqual(15_500);
    expect(first!.endedAt! - second!.startedAt).toBeGreaterThanOrEqual(-40);
    expect(first!.endedAt! - second!.startedAt).toBeLessThanOrEqual(1_100);

    const hooks = await viewerHooks(viewer);
    const played = hooks.nowPlaying.map((n) => n.utteranceId);
    expect(played).toEqual(expect.arrayContaining([first!.utteranceId, second!.utteranceId]));
    expect(await viewer.evaluate(() => (window as unknown as { chorus: ViewerHooks }).chorus.consumerIds())).toEqual(consumerIds);

    // From the first decoded frame to the end, across the split, never a second without a new frame.
    const samples = sampler.samples;
    const start = samples.findIndex((s) => s.framesDecoded > 0);
    expect(start).toBeGreaterThanOrEqual(0);
    let longest = { ms: 0, from: 0 };
    let lastChange = samples[start]!;
    for (const sample of [...samples.slice(start + 1), { at: samples.at(-1)!.at, framesDecoded: Number.POSITIVE_INFINITY }]) {
      if (sample.framesDecoded > lastChange.framesDecoded) {
        if (sample.at - lastChange.at > longest.ms) longest = { ms: sample.at - lastChange.at, from: lastChange.at };
        lastChange = sample;
      }
    }
    // Where it froze, in ms from the start of the second utterance, and what the viewer was told then.
    const timeOrigin = await viewer.evaluate(() => performance.timeOrigin);
    const told = hooks.nowPlaying.map(
      (n) => `${n.utteranceId === first!.utteranceId ? 'first' : 'second'} at ${Math.round(timeOrigin + n.receivedAt - second!.startedAt)}`,
    );
    expect({ longestFreezeMs: longest.ms, from: longest.from - second!.startedAt, told }).toMatchObject({ longestFreezeMs: expect.any(Number) });
    expect(longest.ms <= 1000 ? [] : [{ longestFreezeMs: longest.ms, from: Math.round(longest.from - second!.startedAt), told }]).toEqual([]);
    expect(problems).toEqual([]);
  });
});
