// The worker build recipe must refuse to build a worker without its DTLS fix: an unpatched worker
// linked against Debian's kTLS-enabled OpenSSL segfaults on its first DTLS handshake as client. It also
// applies Chorus's consumer switch patch, and stops when that no longer applies.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const prepare = path.join(root, 'scripts/mediasoup-worker/prepare-worker.sh');
const mediasoupDir = path.join(root, 'node_modules/mediasoup');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'chorus-recipe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The parts of mediasoup's worker tree that prepare-worker.sh touches, from the installed tarball. */
function workerTree(name: string, dtlsSource?: string): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const part of ['subprojects', 'meson.build', 'src', 'include', 'fbs']) {
    cpSync(path.join(mediasoupDir, 'worker', part), path.join(dir, part), { recursive: true });
  }
  const dtls = path.join(dir, 'src/RTC/DtlsTransport.cpp');
  writeFileSync(dtls, dtlsSource ?? readFileSync(path.join(mediasoupDir, 'worker/src/RTC/DtlsTransport.cpp')));
  return dir;
}

describe('mediasoup worker recipe', () => {
  it('applies the DTLS fix and the Debian stand-ins to the pinned mediasoup', () => {
    const dir = workerTree('current');
    const result = spawnSync('bash', [prepare, dir], { encoding: 'utf8' });
    // The script's stderr is part of the received value, to explain a failure.
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
    const patched = readFileSync(path.join(dir, 'src/RTC/DtlsTransport.cpp'), 'utf8');
    expect(patched).toMatch(/\(operationType & BIO_CB_RETURN\) \? static_cast<long>\(ret\) : 1;/);
    expect(patched).not.toMatch(/operationType == BIO_CB_RETURN/);
    expect(readFileSync(path.join(dir, 'subprojects/openssl/meson.build'), 'utf8')).toMatch(/dependency\('openssl'\)/);
  });

  it('stops with a clear message when the DTLS patch no longer applies', () => {
    const dir = workerTree('changed-upstream', '// a future DtlsTransport.cpp whose BIO callback was rewritten\n');
    const result = spawnSync('bash', [prepare, dir], { encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/the DTLS patch no longer applies/);
  });

  it("applies Chorus's consumer switch patch", () => {
    const dir = workerTree('switch');
    const result = spawnSync('bash', [prepare, dir], { encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
    expect(readFileSync(path.join(dir, 'src/RTC/Router.cpp'), 'utf8')).toMatch(/ROUTER_CHANGE_CONSUMERS_PRODUCER/);
    expect(readFileSync(path.join(dir, 'fbs/router.fbs'), 'utf8')).toMatch(/table ChangeConsumersProducerRequest/);
  });

  it('stops with a clear message when the consumer switch patch no longer applies', () => {
    const dir = workerTree('switch-changed-upstream');
    writeFileSync(path.join(dir, 'src/RTC/Router.cpp'), '// a future Router.cpp\n');
    const result = spawnSync('bash', [prepare, dir], { encoding: 'utf8' });
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/consumer-switch.patch no longer applies/);
  });
});
