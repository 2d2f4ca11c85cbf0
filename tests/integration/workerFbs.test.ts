// ConsumerSwitch encodes the patched worker's request with flatc's TypeScript for the patched schemas,
// vendored in media-node/src/media/fbs/. It must be what flatc makes of the installed mediasoup's schemas
// with the patch applied today, and the patch's enum members must leave mediasoup's own numbers alone:
// mediasoup's Channel encodes every other request with those.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { Body } from '../../media-node/src/media/fbs/request/body.js';
import { Method } from '../../media-node/src/media/fbs/request/method.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vendored = path.join(root, 'media-node/src/media/fbs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'chorus-fbs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir`, by its path relative to `dir`, with its contents. */
function filesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = readFileSync(file, 'utf8');
  }
  return files;
}

/** A generated enum's members by name (TypeScript's numeric enums map values back to names too). */
function members(e: Record<string, string | number>): Record<string, number> {
  return Object.fromEntries(Object.entries(e).filter((kv): kv is [string, number] => typeof kv[1] === 'number'));
}

const mediasoupLib = createRequire(path.join(root, 'node_modules/mediasoup/node/lib/index.js'));
const stock = {
  Method: (mediasoupLib('./fbs/request/method.js') as { Method: Record<string, string | number> }).Method,
  Body: (mediasoupLib('./fbs/request/body.js') as { Body: Record<string, string | number> }).Body,
};

describe("the patched worker's FlatBuffers code", () => {
  it('is what flatc generates from the patched schemas (regenerate: scripts/mediasoup-worker/generate-fbs-ts.sh media-node/src/media/fbs)', () => {
    const out = path.join(scratch, 'fbs');
    const result = spawnSync('bash', [path.join(root, 'scripts/mediasoup-worker/generate-fbs-ts.sh'), out], { encoding: 'utf8' });
    // The script's stderr is part of the received value, to explain a failure (flatc missing, say).
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(filesIn(vendored)).toEqual(filesIn(out));
  });

  it.each([
    ['Method', Method, stock.Method, 'ROUTER_CHANGE_CONSUMERS_PRODUCER'],
    ['Body', Body, stock.Body, 'Router_ChangeConsumersProducerRequest'],
  ] as const)("keeps mediasoup's %s numbers and appends the patch's member", (_name, patched, original, added) => {
    const ours = members(patched);
    const theirs = members(original);
    expect(ours).toEqual({ ...theirs, [added]: Math.max(...Object.values(theirs)) + 1 });
  });
});
