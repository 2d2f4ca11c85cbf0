// `npm start`: the local stack on 127.0.0.1 — the Firebase emulators (Auth, Firestore, Functions),
// coturn (when installed) and the media node, which serves the web client with a config.json that
// points its sign-in at the emulators. The node checks ID tokens (CHORUS_AUTH=firebase), serves the
// Firestore carrier and registers itself in `nodes`, where joinRoom finds it. A demo admin is seeded
// so there is someone to grant roles. Stops everything on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulatedUser, type EmulatedUser } from './authUsers.js';
import { coturnAvailable, startCoturn, type RunningCoturn } from './coturn.js';
import { repoRoot, startEmulators, type RunningEmulators } from './emulators.js';
import { emulatorWebDeployment, webRootWithConfig, type WebRoot } from './webRoot.js';

const httpPort = Number(process.env.CHORUS_HTTP_PORT ?? 3000);
// Not 3478: Debian's coturn package runs its own system service there.
const turnPort = Number(process.env.CHORUS_DEV_TURN_PORT ?? 3480);
const base = `http://127.0.0.1:${httpPort}`;
const nodeId = process.env.CHORUS_NODE_ID ?? 'local-1';
/** The demo admin's sign-in, printed at start: a local, throwaway emulator account. */
const demoAdmin = { email: 'admin@chorus.test', password: 'chorus-admin', roles: ['admin', 'speaker', 'viewer'] } as const;

let coturn: RunningCoturn | undefined;
let emulators: RunningEmulators | undefined;
let webRoot: WebRoot | undefined;
let mediaNode: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (mediaNode && mediaNode.exitCode === null) {
    const exited = new Promise((resolve) => mediaNode!.once('exit', resolve));
    mediaNode.kill('SIGINT');
    await exited;
  }
  // SIGINT, which emulators.stop() sends, lets firebase-tools shut its Java and functions children down.
  await Promise.allSettled([emulators?.stop(), coturn?.stop(), webRoot?.remove()]);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function startTurn(env: NodeJS.ProcessEnv): Promise<void> {
  if (!coturnAvailable()) {
    console.log('[start] coturn is not installed, so TURN is off (install it with: apt-get install -y coturn)');
    return;
  }
  try {
    coturn = await startCoturn({ port: turnPort, relayPorts: { min: 50000, max: 50999 } });
    env.CHORUS_TURN_URLS = coturn.urls.join(',');
    env.CHORUS_TURN_SECRET = coturn.secret;
    console.log(`[start] coturn listening on 127.0.0.1:${turnPort} (UDP and TCP), time-limited credentials`);
  } catch (error) {
    console.log(`[start] coturn failed to start, so TURN is off: ${(error as Error).message}`);
  }
}

async function startFirebase(): Promise<RunningEmulators> {
  console.log('[start] starting the Firebase emulators (Auth, Firestore, Functions); this takes 15 to 50 s…');
  const started = Date.now();
  const running = await startEmulators({
    log: process.env.CHORUS_EMULATOR_LOG ? (line) => console.log(`[emulators] ${line}`) : undefined,
  });
  console.log(
    `[start] Firebase emulators ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `Auth ${running.hosts.auth}, Firestore ${running.hosts.firestore}, Functions ${running.hosts.functions}`,
  );
  return running;
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, CHORUS_HTTP_PORT: String(httpPort) };
  const [firebase] = await Promise.all([startFirebase(), startTurn(env)]);
  emulators = firebase;
  if (stopping) return;

  let admin: EmulatedUser | undefined;
  try {
    admin = await createEmulatedUser(firebase.hosts.auth, firebase.projectId, { ...demoAdmin, roles: [...demoAdmin.roles] });
  } catch (error) {
    console.log(`[start] could not seed the demo admin: ${(error as Error).message}`);
  }

  webRoot = await webRootWithConfig(emulatorWebDeployment(firebase.projectId, firebase.hosts));
  Object.assign(env, firebase.env, {
    CHORUS_WEB_ROOT: webRoot.dir,
    CHORUS_AUTH: 'firebase',
    CHORUS_FIREBASE_PROJECT: firebase.projectId,
    CHORUS_FIRESTORE: 'on',
    CHORUS_NODE_ID: nodeId,
    CHORUS_PUBLIC_URL: `ws://127.0.0.1:${httpPort}`,
    // firebase-admin would probe for a GCE metadata server (and warn) on a machine that has none.
    METADATA_SERVER_DETECTION: 'none',
  });
  mediaNode = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'media-node'),
    env,
    stdio: 'inherit',
  });
  mediaNode.on('exit', (code) => {
    if (!stopping) console.error(`[start] the media node exited (code ${code})`);
    void stop(code ?? 1);
  });

  for (let attempt = 0; attempt < 150 && !stopping; attempt++) {
    const healthy = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) {
      await registered(firebase);
      printWelcome(firebase, admin);
      return;
    }
    await sleep(200);
  }
}

/** joinRoom sends users only to nodes in `nodes`: wait for this one's registration (its first heartbeat). */
async function registered(firebase: RunningEmulators): Promise<void> {
  const url = `http://${firebase.hosts.firestore}/v1/projects/${firebase.projectId}/databases/(default)/documents/nodes/${nodeId}`;
  for (let attempt = 0; attempt < 100 && !stopping; attempt++) {
    if (
      await fetch(url, { headers: { authorization: 'Bearer owner' } }).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(200);
  }
  console.log(`[start] the media node has not registered in nodes/${nodeId} yet; joinRoom will not find it until it does`);
}

function printWelcome(firebase: RunningEmulators, admin: EmulatedUser | undefined) {
  const authApi = `http://${firebase.hosts.auth}/identitytoolkit.googleapis.com/v1/projects/${firebase.projectId}`;
  console.log(`
  Chorus is running (media node "${nodeId}", Firebase project ${firebase.projectId} on the emulators).
    Open:     ${base}/                     sign in, or "Create account" (any email, 6+ character password)
    Speaker:  ${base}/speaker.html?room=lobby
    Viewer:   ${base}/viewer.html?room=lobby
    Over Firestore instead of the WebSocket: add &carrier=firestore
    Health:   ${base}/healthz   Metrics: ${base}/metrics
${
  admin
    ? `
  Demo admin (roles admin, speaker, viewer):  ${admin.email} / ${admin.password}`
    : ''
}
  New accounts get the default roles (speaker, viewer). To give one other roles, sign in as an admin on
  ${base}/ and use the Roles form, or set the claim straight in the Auth emulator:
    curl -s -H 'authorization: Bearer owner' -H 'content-type: application/json' ${authApi}/accounts:update \\
      -d '{"localId":"<uid>","customAttributes":"{\\"roles\\":[\\"admin\\",\\"speaker\\",\\"viewer\\"]}"}'
  (the page shows a user's uid on the start page; the new roles apply from the user's next sign-in or token refresh)
  Press Ctrl-C to stop.
`);
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.stack : String(error)}`);
  void stop(1);
});
