import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startCoturn, type RunningCoturn } from '@chorus/devtools/coturn';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, recordProblems } from '../support/browser.js';
import { startMediaNode } from '../support/mediaNodeFixture.js';

interface InboundStats {
  video: { framesDecoded: number; packetsReceived: number; frameWidth?: number; frameHeight?: number } | null;
  audio: { packetsReceived: number } | null;
}

declare global {
  interface Window {
    chorus?: {
      state?: string;
      producerIds?: string[];
      inboundStats?: () => Promise<InboundStats>;
      selectedCandidatePairType?: string | null;
      consumers?: { consumerId: string }[];
    };
  }
}

const inboundStats = (page: Page) => page.evaluate(() => window.chorus!.inboundStats!());

async function waitForStats(page: Page, predicate: (stats: InboundStats) => boolean, what: string, problems: string[]) {
  const deadline = Date.now() + 30_000;
  let last: InboundStats | undefined;
  while (Date.now() < deadline) {
    last = (await page.evaluate(() => window.chorus?.inboundStats?.() ?? null).catch(() => undefined)) ?? undefined;
    if (last && predicate(last)) return last;
    await sleep(250);
  }
  const state = await page.evaluate(() => window.chorus?.state).catch(() => 'unknown');
  throw new Error(`timed out waiting for ${what}; viewer state ${state}; last stats ${JSON.stringify(last)}\n${problems.join('\n')}`);
}

// Per-test timeout: the e2e project's testTimeout in jest.config.mjs.
describe('speaker to viewer in real Chromium', () => {
  let coturn: RunningCoturn;
  let stack: Awaited<ReturnType<typeof startMediaNode>>;
  let browser: Browser;

  beforeAll(async () => {
    coturn = await startCoturn({ port: 34780, relayPorts: { min: 35000, max: 35500 } });
    stack = await startMediaNode({
      CHORUS_TURN_URLS: coturn.urls.join(','),
      CHORUS_TURN_SECRET: coturn.secret,
      CHORUS_RTC_MIN_PORT: '36000',
      CHORUS_RTC_MAX_PORT: '36999',
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await coturn?.stop();
  });

  /** A speaker page publishing and a viewer page decoding it, in one browser context. */
  async function openCall(context: BrowserContext, query: string) {
    const speaker = await context.newPage();
    const problems = recordProblems(speaker, 'speaker');
    await speaker.goto(`${stack.httpBase}/speaker.html?${query}`);
    await speaker
      .waitForFunction(() => window.chorus?.state === 'publishing' && (window.chorus.producerIds?.length ?? 0) === 2, null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`speaker never published\n${problems.join('\n')}`);
      });
    const viewer = await context.newPage();
    problems.push(...recordProblems(viewer, 'viewer'));
    await viewer.goto(`${stack.httpBase}/viewer.html?${query}`);
    const first = await waitForStats(
      viewer,
      (s) => (s.video?.framesDecoded ?? 0) > 0 && (s.audio?.packetsReceived ?? 0) > 0,
      'the first decoded frames and audio packets',
      problems,
    );
    return { speaker, viewer, problems, first };
  }

  /** Asserts that the viewer keeps decoding: at least `minFrames` more frames over `ms`. */
  async function assertVideoFlows(viewer: Page, ms: number, minFrames: number, what: string) {
    const before = await inboundStats(viewer);
    await sleep(ms);
    const after = await inboundStats(viewer);
    const gained = (after.video?.framesDecoded ?? 0) - (before.video?.framesDecoded ?? 0);
    if (gained < minFrames) throw new Error(`${what}: ${gained} frames in ${ms} ms, expected at least ${minFrames}`);
    return { before, after };
  }

  async function withContext(run: (context: BrowserContext) => Promise<void>, setUp?: (context: BrowserContext) => Promise<unknown>) {
    const context = await browser.newContext();
    try {
      await setUp?.(context);
      await run(context);
    } finally {
      await context.close();
    }
  }

  for (const mode of ['direct', 'relay'] as const) {
    it(`delivers moving video and audio to a viewer (${mode === 'relay' ? 'forced TURN relay through coturn' : 'direct ICE'})`, () =>
      withContext(async (context) => {
        const { viewer, problems } = await openCall(context, `room=e2e-${mode}${mode === 'relay' ? '&relay=1' : ''}`);
        const { before, after } = await assertVideoFlows(viewer, 4_000, 20, 'video kept decoding');
        expect(after.audio).toBeTruthy();
        expect(before.audio).toBeTruthy();
        // Audio packets kept arriving (Opus sends 50/s).
        expect(after.audio!.packetsReceived - before.audio!.packetsReceived).toBeGreaterThanOrEqual(50);
        // A real picture arrived.
        expect(after.video?.frameWidth ?? 0).toBeGreaterThanOrEqual(320);

        const pairType = await viewer.evaluate(() => window.chorus?.selectedCandidatePairType ?? null);
        if (mode === 'relay') {
          // The viewer received through TURN.
          expect(pairType).toBe('relay');
          // coturn allocated relays with the time-limited credentials.
          expect(coturn.logLines.some((line) => /incoming packet ALLOCATE processed, success/.test(line))).toBe(true);
        } else {
          expect(pairType).toBe('host');
        }
        expect(problems.filter((p) => /page error|crashed/.test(p))).toStrictEqual([]);
      }));
  }

  it('recovers from the worker dying mid-call: both pages rejoin and video flows again', () =>
    withContext(async (context) => {
      const { speaker, viewer, problems } = await openCall(context, 'room=e2e-worker-death');
      const consumersBefore = await viewer.evaluate(() => window.chorus!.consumers!.map((c) => c.consumerId));
      const producersBefore = await speaker.evaluate(() => window.chorus!.producerIds!);

      const room = stack.node.rooms.list().find((r) => r.id === 'e2e-worker-death');
      expect(room).toBeTruthy();
      let victim: number | undefined;
      for (const worker of stack.node.pool.workers) {
        if ((await worker.dump()).routerIds.includes(room!.router.id)) victim = worker.pid;
      }
      expect(victim).toBeTruthy();
      process.kill(victim!, 'SIGKILL');

      await speaker
        .waitForFunction(
          (before) =>
            window.chorus?.state === 'publishing' &&
            window.chorus.producerIds?.length === 2 &&
            !window.chorus.producerIds.some((id) => before.includes(id)),
          producersBefore,
          { timeout: 30_000 },
        )
        .catch(async (error) => {
          const hooks = await speaker.evaluate(() => JSON.stringify(window.chorus));
          throw new Error(`speaker did not publish again: ${hooks}\n${problems.join('\n')}\n${error}`);
        });
      await viewer.waitForFunction(
        (before) => (window.chorus?.consumers?.length ?? 0) >= 2 && !window.chorus!.consumers!.some((c) => before.includes(c.consumerId)),
        consumersBefore,
        { timeout: 30_000 },
      );
      await waitForStats(viewer, (s) => (s.video?.framesDecoded ?? 0) > 0, 'frames after the crash', problems);
      await assertVideoFlows(viewer, 3_000, 15, 'video decodes again on the new worker');
      // The dead worker was replaced.
      expect(stack.node.pool.workers.map((w) => w.pid)).not.toContain(victim);
    }));

  it('resumes its session after the signaling socket drops: same consumers, video keeps flowing', () =>
    withContext(
      async (context) => {
        const { viewer } = await openCall(context, 'room=e2e-socket-drop');
        const consumersBefore = await viewer.evaluate(() => window.chorus!.consumers!.map((c) => c.consumerId).sort());

        await viewer.evaluate(() => (window as unknown as { chorusSockets: WebSocket[] }).chorusSockets.at(-1)!.close());
        await viewer.waitForFunction(
          () => (window as unknown as { chorusSockets: WebSocket[] }).chorusSockets.length >= 2 && window.chorus?.state === 'receiving',
          null,
          { timeout: 20_000 },
        );
        const consumersAfter = await viewer.evaluate(() => window.chorus!.consumers!.map((c) => c.consumerId).sort());
        // The session was resumed, not rebuilt.
        expect(consumersAfter).toStrictEqual(consumersBefore);
        await assertVideoFlows(viewer, 3_000, 15, 'video keeps decoding after the resume');
      },
      // Keep a handle on the page's WebSockets so the test can cut one, as a flaky network would.
      (context) =>
        context.addInitScript(() => {
          const Native = window.WebSocket;
          const sockets: WebSocket[] = [];
          (window as unknown as { chorusSockets: WebSocket[] }).chorusSockets = sockets;
          window.WebSocket = class extends Native {
            constructor(url: string | URL, protocols?: string | string[]) {
              super(url, protocols);
              sockets.push(this);
            }
          };
        }),
    ));
});
