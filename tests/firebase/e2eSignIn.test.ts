// End to end in Chromium with sign-in: the pages are served with a config.json for the emulators,
// the media node checks ID tokens (CHORUS_AUTH=firebase) and registers itself in `nodes`, and joinRoom
// (Functions emulator) sends both users to it. One user signs up on the start page and speaks; another
// signs in on the viewer page and decodes the first one's video, over the WebSocket and over Firestore.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { emulatorWebDeployment, webRootWithConfig, type WebRoot } from '@chorus/devtools/webRoot';
import { deleteApp } from 'firebase-admin/app';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, recordProblems } from '../support/browser.js';
import { adminApp, adminFirestore, clearFirestore, createUser, emulatorHosts, projectId } from '../support/firebase.js';
import { startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';

interface Hooks {
  state: string;
  error: string | null;
  carrier: string;
  user: { uid: string; email: string | null; roles: string[] } | null;
  room: { nodeId: string; signalingUrl: string; roles: string[] } | null;
  authRefreshes: number;
  producerIds?: string[];
  refreshAuth(): Promise<void>;
  inboundStats?(): Promise<{ video: { framesDecoded: number } | null }>;
}

const hooks = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { chorus?: Hooks }).chorus ?? null)) as Hooks | null);
const framesDecoded = (page: Page) =>
  page.evaluate(async () => (await (window as unknown as { chorus: Hooks }).chorus.inboundStats!()).video?.framesDecoded ?? 0);

const NODE_ID = 'e2e-signed-in';
const TEST_TIMEOUT_MS = 150_000;

describe('signed-in speaker and viewer in Chromium, through joinRoom', () => {
  let webRoot: WebRoot;
  let stack: MediaNodeStack;
  let browser: Browser;

  beforeAll(async () => {
    // A node left in `nodes` by an earlier test file could win joinRoom's pick.
    await clearFirestore();
    webRoot = await webRootWithConfig(emulatorWebDeployment(projectId(), emulatorHosts()));
    stack = await startMediaNode({
      CHORUS_AUTH: 'firebase',
      CHORUS_FIREBASE_PROJECT: projectId(),
      CHORUS_FIRESTORE: 'on',
      CHORUS_NODE_ID: NODE_ID,
      CHORUS_WEB_ROOT: webRoot.dir,
      CHORUS_RTC_MIN_PORT: '36000',
      CHORUS_RTC_MAX_PORT: '36999',
    });
    // joinRoom only picks a node with a fresh heartbeat.
    const node = adminFirestore().collection('nodes').doc(NODE_ID);
    for (let i = 0; i < 100 && !(await node.get()).exists; i++) await sleep(100);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await webRoot?.remove();
    // The next test file starts from an empty database, as this one did.
    await clearFirestore();
    // Its gRPC channel would keep the test worker alive.
    await deleteApp(adminApp());
  });

  async function withContext(run: (context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext();
    try {
      await run(context);
    } finally {
      await context.close();
    }
  }

  async function fillAccountForm(page: Page, email: string, password: string, action: 'sign-in' | 'sign-up') {
    await page.locator('#account input[name=email]').fill(email);
    await page.locator('#account input[name=password]').fill(password);
    await page.locator(`#account button[value=${action}]`).click();
  }

  async function waitForState(page: Page, state: string, problems: string[], timeout = 30_000) {
    await page
      .waitForFunction((wanted) => (window as unknown as { chorus?: Hooks }).chorus?.state === wanted, state, { timeout })
      .catch(async () => {
        const account = await page
          .locator('#account')
          .textContent()
          .catch(() => null);
        throw new Error(`page never reached "${state}": ${JSON.stringify(await hooks(page))}\naccount box: ${account}\n${problems.join('\n')}`);
      });
  }

  for (const carrier of (process.env.CHORUS_E2E_CARRIERS?.split(',') ?? ['websocket', 'firestore']) as ('websocket' | 'firestore')[]) {
    it(
      `a new user speaks and another decodes the video (${carrier} carrier)`,
      async () => {
        const room = `e2e-signed-in-${carrier}`;
        const query = `room=${room}${carrier === 'firestore' ? '&carrier=firestore' : ''}`;
        const speakerEmail = `speaker-${carrier}-${Date.now()}@test.chorus.invalid`;
        const viewerUser = await createUser({ roles: ['viewer'] });

        await withContext(async (speakerContext) =>
          withContext(async (viewerContext) => {
            // User 1 creates an account on the start page, then opens the speaker page signed in.
            const start = await speakerContext.newPage();
            const problems = recordProblems(start, 'start');
            await start.goto(`${stack.httpBase}/index.html`);
            await fillAccountForm(start, speakerEmail, 'secret-password', 'sign-up');
            await start.waitForSelector('#account[data-signed-in=true]', { timeout: 20_000 });
            expect(await start.locator('#account .account-who').textContent()).toContain(`Signed in as ${speakerEmail}`);

            const speaker = await speakerContext.newPage();
            problems.push(...recordProblems(speaker, 'speaker'));
            await speaker.goto(`${stack.httpBase}/speaker.html?${query}`);
            await waitForState(speaker, 'publishing', problems, 45_000);
            const speakerHooks = (await hooks(speaker))!;
            expect(speakerHooks.carrier).toBe(carrier);
            expect(speakerHooks.user?.email).toBe(speakerEmail);
            // A new account has the default roles, and joinRoom sent the page to this test's node.
            expect(speakerHooks.room).toMatchObject({ nodeId: NODE_ID, roles: ['speaker', 'viewer'] });
            expect(speakerHooks.producerIds).toHaveLength(2);
            // The node knows the speaker by the uid in the token.
            const peers =
              stack.node.rooms
                .list()
                .find((r) => r.id === room)
                ?.listPeers() ?? [];
            expect(peers.map((peer) => peer.uid)).toStrictEqual([speakerHooks.user!.uid]);

            // User 2 signs in on the viewer page itself.
            const viewer = await viewerContext.newPage();
            problems.push(...recordProblems(viewer, 'viewer'));
            await viewer.goto(`${stack.httpBase}/viewer.html?${query}`);
            await waitForState(viewer, 'signed-out', problems);
            await fillAccountForm(viewer, viewerUser.email, viewerUser.password, 'sign-in');
            await waitForState(viewer, 'receiving', problems, 45_000);
            const viewerHooks = (await hooks(viewer))!;
            expect(viewerHooks.user).toMatchObject({ uid: viewerUser.uid, roles: ['viewer'] });
            expect(await viewer.locator('#account .account-who').textContent()).toContain('roles: viewer');

            const deadline = Date.now() + 30_000;
            while ((await framesDecoded(viewer)) === 0 && Date.now() < deadline) await sleep(250);
            const before = await framesDecoded(viewer);
            expect(before).toBeGreaterThan(0);

            // A fresh token goes to the node through refreshAuth, and the media keeps flowing.
            await viewer.evaluate(() => (window as unknown as { chorus: Hooks }).chorus.refreshAuth());
            expect((await hooks(viewer))!.authRefreshes).toBe(1);
            await sleep(3_000);
            expect((await framesDecoded(viewer)) - before).toBeGreaterThanOrEqual(15);

            expect(problems.filter((p) => /page error|crashed/.test(p))).toStrictEqual([]);
          }),
        );
      },
      TEST_TIMEOUT_MS,
    );
  }

  it(
    'an admin grants a viewer-only user the speaker role on the start page, and that user then publishes',
    () =>
      withContext(async (adminContext) =>
        withContext(async (userContext) => {
          const admin = await createUser({ roles: ['admin', 'viewer'] });
          const user = await createUser({ roles: ['viewer'] });
          const start = await adminContext.newPage();
          const problems = recordProblems(start, 'admin');
          await start.goto(`${stack.httpBase}/index.html`);
          await fillAccountForm(start, admin.email, admin.password, 'sign-in');
          await start.waitForSelector('#roles-admin:not([hidden])', { timeout: 20_000 });
          await start.locator('#roles-admin input[name=uid]').fill(user.uid);
          await start.locator('#roles-admin button[type=submit]').click();
          await start.waitForFunction(() => /now has/.test(document.querySelector('.roles-message')?.textContent ?? ''), null, { timeout: 20_000 });
          expect(await start.locator('.roles-message').textContent()).toContain(`${user.uid} now has speaker, viewer`);

          const speaker = await userContext.newPage();
          problems.push(...recordProblems(speaker, 'speaker'));
          await speaker.goto(`${stack.httpBase}/speaker.html?room=e2e-granted`);
          await waitForState(speaker, 'signed-out', problems);
          await fillAccountForm(speaker, user.email, user.password, 'sign-in');
          await waitForState(speaker, 'publishing', problems, 45_000);
          expect((await hooks(speaker))!.room?.roles).toStrictEqual(['speaker', 'viewer']);
        }),
      ),
    TEST_TIMEOUT_MS,
  );

  it(
    'tells a viewer-only user that they may not speak, before any media is set up',
    () =>
      withContext(async (context) => {
        const user = await createUser({ roles: ['viewer'] });
        const page = await context.newPage();
        const problems = recordProblems(page, 'speaker');
        await page.goto(`${stack.httpBase}/speaker.html?room=e2e-forbidden`);
        await waitForState(page, 'signed-out', problems);
        await fillAccountForm(page, user.email, user.password, 'sign-in');
        await waitForState(page, 'error', problems);
        expect((await hooks(page))!.error).toMatch(/may not join as speaker \(its roles: viewer\)/);
        expect(stack.node.rooms.list().some((r) => r.id === 'e2e-forbidden')).toBe(false);
      }),
    TEST_TIMEOUT_MS,
  );
});
