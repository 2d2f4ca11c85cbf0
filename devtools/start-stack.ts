// `npm start`: the local stack on 127.0.0.1 — coturn (when installed) and the media node,
// which also serves the web client. Stops everything on Ctrl-C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { coturnAvailable, startCoturn, type RunningCoturn } from './coturn.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const httpPort = Number(process.env.CHORUS_HTTP_PORT ?? 3000);
// Not 3478: Debian's coturn package runs its own system service there.
const turnPort = Number(process.env.CHORUS_DEV_TURN_PORT ?? 3480);

let coturn: RunningCoturn | undefined;
const env: NodeJS.ProcessEnv = { ...process.env, CHORUS_HTTP_PORT: String(httpPort) };
if (!coturnAvailable()) {
  console.log('[start] coturn is not installed, so TURN is off (install it with: apt-get install -y coturn)');
} else {
  try {
    coturn = await startCoturn({ port: turnPort, relayPorts: { min: 50000, max: 50999 } });
    env.CHORUS_TURN_URLS = coturn.urls.join(',');
    env.CHORUS_TURN_SECRET = coturn.secret;
    console.log(`[start] coturn listening on 127.0.0.1:${turnPort} (UDP and TCP), time-limited credentials`);
  } catch (error) {
    console.log(`[start] coturn failed to start, so TURN is off: ${(error as Error).message}`);
  }
}

const mediaNode = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: path.join(root, 'media-node'),
  env,
  stdio: 'inherit',
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (mediaNode.exitCode === null) mediaNode.kill('SIGINT');
  await coturn?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
mediaNode.on('exit', (code) => {
  if (!stopping) console.error(`[start] the media node exited (code ${code})`);
  void stop(code ?? 1);
});

const base = `http://127.0.0.1:${httpPort}`;
for (let attempt = 0; attempt < 100 && !stopping; attempt++) {
  const healthy = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
  if (healthy) {
    console.log(`
  Chorus is running.
    Open:     ${base}/
    Speaker:  ${base}/speaker.html?room=lobby
    Viewer:   ${base}/viewer.html?room=lobby
    Health:   ${base}/healthz   Metrics: ${base}/metrics
  Press Ctrl-C to stop.
`);
    break;
  }
  await sleep(200);
}
