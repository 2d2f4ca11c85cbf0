// mediasoup's normal path: download the prebuilt worker that mediasoup publishes
// for each release. Mirrors the URL and the sanity check of mediasoup's own
// postinstall (downloadPrebuiltWorker() and getWorkerPrebuildTarName() in its
// npm-scripts.mjs, checked against 3.27.1), without its fallback to a meson
// build that downloads subprojects (build-worker.sh replaces that fallback).
// Usage: node fetch-prebuilt.mjs <mediasoup package dir> <destination binary>
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [msDir, dest] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(msDir, 'package.json'), 'utf8'));
const base =
  process.env.MEDIASOUP_WORKER_PREBUILT_DOWNLOAD_BASE_URL || `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/releases/download`;
let name = `mediasoup-worker-${pkg.version}-${os.platform()}-${os.arch()}`;
if (os.platform() === 'linux') name += `-kernel${Number(os.release().split('.')[0])}`;
const url = `${base}/${pkg.version}/${name}.tgz`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ms-prebuilt-'));
try {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  fs.writeFileSync(path.join(tmp, 'worker.tgz'), Buffer.from(await res.arrayBuffer()));
  execFileSync('tar', ['-xzf', 'worker.tgz'], { cwd: tmp });
  const bin = path.join(tmp, 'mediasoup-worker');
  fs.chmodSync(bin, 0o755);
  // Run without MEDIASOUP_VERSION: a worker that loads on this host exits 41.
  const check = spawnSync(bin, [], { env: {}, stdio: 'ignore' });
  if (check.status !== 41) throw new Error(`prebuilt worker does not run here (exit ${check.status})`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync(bin, `${dest}.tmp`);
  fs.renameSync(`${dest}.tmp`, dest);
  console.error(`[mediasoup-worker] prebuilt worker from ${url}`);
} catch (error) {
  console.error(`[mediasoup-worker] no prebuilt worker (${error.message ?? error})`);
  process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
