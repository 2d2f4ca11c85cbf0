// The Firebase side of signaling, measured against the emulators and a media node with sign-in on:
// the round trip of one command over each carrier (the web client's own SignalingClient and
// FirestoreSignalingClient, run in Node), and, in Chromium, the time from a viewer page's joinRoom
// call to its first decoded frame over each carrier.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulatedUser } from '@chorus/devtools/authUsers';
import { startEmulators, type RunningEmulators } from '@chorus/devtools/emulators';
import { emulatorWebDeployment, webRootWithConfig, type WebDeployment } from '@chorus/devtools/webRoot';
import { signInWithEmailAndPassword } from 'firebase/auth';
import type { Browser, Page } from 'playwright-core';
import { startFirebase } from '../../web/src/firebase/services.js';
import { FirestoreSignalingClient } from '../../web/src/signaling/FirestoreSignalingClient.js';
import type { Signaling } from '../../web/src/signaling/Signaling.js';
import { SignalingClient } from '../../web/src/signaling/SignalingClient.js';
import { launchChromium } from '../support/browser.js';
import { startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';
import type { PageWindow } from './PageWindow.js';

export type Carrier = 'websocket' | 'firestore';
export const CARRIERS: Carrier[] = ['websocket', 'firestore'];

export interface FirebaseCarrierSamples {
  /** Milliseconds per getRouterRtpCapabilities round trip, after a warm-up. */
  commandRttMs: Record<Carrier, number[]>;
  /** Milliseconds from the viewer page's joinRoom call to its first decoded frame. */
  joinToFirstFrameMs: Record<Carrier, number[]>;
}

const NODE_ID = 'bench-node';
const PASSWORD = 'bench-password';

export async function measureFirebaseCarriers(options: { commands?: number; joins?: number } = {}): Promise<FirebaseCarrierSamples> {
  const commands = options.commands ?? 300;
  const joins = options.joins ?? 5;
  const emulators = await startEmulators();
  // The node's firebase-admin finds the emulators through these, as in the tests.
  Object.assign(process.env, emulators.env, { METADATA_SERVER_DETECTION: 'none' });
  const deployment = emulatorWebDeployment(emulators.projectId, emulators.hosts);
  const webRoot = await webRootWithConfig(deployment);
  let stack: MediaNodeStack | undefined;
  try {
    stack = await startMediaNode({
      CHORUS_AUTH: 'firebase',
      CHORUS_FIREBASE_PROJECT: emulators.projectId,
      CHORUS_FIRESTORE: 'on',
      CHORUS_NODE_ID: NODE_ID,
      CHORUS_WEB_ROOT: webRoot.dir,
      CHORUS_RATE_LIMIT_PER_SECOND: '100000',
      CHORUS_RATE_LIMIT_BURST: '100000',
      CHORUS_RTC_MIN_PORT: '39000',
      CHORUS_RTC_MAX_PORT: '39499',
    });
    await waitForRegistration(emulators);
    const commandRttMs = await commandRoundTrips(emulators, deployment, stack, commands);
    const joinToFirstFrameMs = await joinsToFirstFrame(emulators, stack, joins);
    return { commandRttMs, joinToFirstFrameMs };
  } finally {
    await stack?.close();
    await webRoot.remove();
    await emulators.stop();
  }
}

/** joinRoom picks only nodes with a fresh heartbeat in `nodes`. */
async function waitForRegistration(emulators: RunningEmulators): Promise<void> {
  const url = `http://${emulators.hosts.firestore}/v1/projects/${emulators.projectId}/databases/(default)/documents/nodes/${NODE_ID}`;
  for (let i = 0; i < 100; i++) {
    const found = await fetch(url, { headers: { authorization: 'Bearer owner' } }).then(
      (r) => r.ok,
      () => false,
    );
    if (found) return;
    await sleep(100);
  }
  throw new Error(`the media node never registered in nodes/${NODE_ID}`);
}

async function opened(signaling: Signaling): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const stop = signaling.onConnection((event) => {
      if (event.type === 'closed') return;
      stop();
      if (event.type === 'open') resolve();
      else reject(new Error(event.reason));
    });
    signaling.connect();
  });
}

/** The same command, `getRouterRtpCapabilities`, `count` times over each carrier, as one signed-in user. */
async function commandRoundTrips(emulators: RunningEmulators, deployment: WebDeployment, stack: MediaNodeStack, count: number) {
  const user = await createEmulatedUser(emulators.hosts.auth, emulators.projectId, {
    email: 'rtt@bench.chorus.invalid',
    password: PASSWORD,
    roles: ['viewer'],
  });
  const services = startFirebase(deployment);
  await signInWithEmailAndPassword(services.auth, user.email, PASSWORD);
  const idToken = () => services.auth.currentUser!.getIdToken();
  const samples = {} as Record<Carrier, number[]>;
  for (const carrier of CARRIERS) {
    const signaling: Signaling =
      carrier === 'websocket'
        ? new SignalingClient(stack.url)
        : // A first command on a busy 2-core machine can take longer than a page's 15 s.
          new FirestoreSignalingClient(services, { nodeId: NODE_ID, roomId: 'bench-rtt', uid: user.uid, idToken, requestTimeoutMs: 60_000 });
    await opened(signaling);
    await signaling.request('join', { roomId: 'bench-rtt', role: 'viewer', idToken: await idToken() });
    const rtts: number[] = [];
    const warmUp = Math.min(20, Math.floor(count / 10));
    for (let i = 0; i < count + warmUp; i++) {
      const start = performance.now();
      await signaling.request('getRouterRtpCapabilities', {});
      if (i >= warmUp) rtts.push(performance.now() - start);
    }
    samples[carrier] = rtts;
    await signaling.request('leave', {}).catch(() => undefined);
    signaling.close();
  }
  return samples;
}

async function signInOnStartPage(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/index.html`);
  await page.locator('#account input[name=email]').fill(email);
  await page.locator('#account input[name=password]').fill(PASSWORD);
  await page.locator('#account button[value=sign-in]').click();
  await page.waitForSelector('#account[data-signed-in=true]', { timeout: 20_000 });
}

/**
 * A speaker publishes over the WebSocket; a signed-in viewer page opens `joins` times per carrier.
 * The page stamps its joinRoom call (window.chorus.joinRoomStartedAt) and the time is read in the
 * page, on its own clock, at the first poll (every 20 ms) that sees a decoded frame.
 */
async function joinsToFirstFrame(emulators: RunningEmulators, stack: MediaNodeStack, joins: number) {
  const create = (name: string) =>
    createEmulatedUser(emulators.hosts.auth, emulators.projectId, {
      email: `${name}@bench.chorus.invalid`,
      password: PASSWORD,
      roles: ['speaker', 'viewer'],
    });
  const [speakerUser, viewerUser] = await Promise.all([create('speaker'), create('viewer')]);
  const browser: Browser = await launchChromium();
  const samples = {} as Record<Carrier, number[]>;
  try {
    const speakerContext = await browser.newContext();
    const speaker = await speakerContext.newPage();
    await signInOnStartPage(speaker, stack.httpBase, speakerUser.email);
    await speaker.goto(`${stack.httpBase}/speaker.html?room=bench-join`);
    await speaker.waitForFunction(() => (window as unknown as PageWindow).chorus?.state === 'publishing', null, { timeout: 45_000 });

    const viewerContext = await browser.newContext();
    await signInOnStartPage(await viewerContext.newPage(), stack.httpBase, viewerUser.email);
    for (const carrier of CARRIERS) {
      samples[carrier] = [];
      for (let i = 0; i < joins; i++) {
        const viewer = await viewerContext.newPage();
        await viewer.goto(`${stack.httpBase}/viewer.html?room=bench-join${carrier === 'firestore' ? '&carrier=firestore' : ''}`);
        const deadline = performance.now() + 45_000;
        let elapsed: number | null = null;
        while (elapsed === null && performance.now() < deadline) {
          elapsed = await viewer
            .evaluate(async () => {
              const hooks = (window as unknown as PageWindow).chorus;
              if (hooks?.joinRoomStartedAt == null) return null;
              const stats = await hooks.inboundStats();
              return (stats?.video?.framesDecoded ?? 0) > 0 ? performance.now() - hooks.joinRoomStartedAt : null;
            })
            .catch(() => null);
          if (elapsed === null) await sleep(20);
        }
        if (elapsed === null) {
          const state = await viewer.evaluate(() => JSON.stringify((window as unknown as PageWindow).chorus)).catch(() => 'unknown');
          throw new Error(`no decoded frame within 45 s over ${carrier}: ${state}`);
        }
        samples[carrier].push(elapsed);
        await viewer.close({ runBeforeUnload: true });
        await sleep(500);
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}
