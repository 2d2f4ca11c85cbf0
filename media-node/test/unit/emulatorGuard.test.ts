// A node that others can reach must never trust the Firebase emulators: the Auth emulator accepts
// unsigned tokens with any claims (admin included).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { EMULATOR_VARIABLES, loadConfig } from '../../src/config.js';

const project = { CHORUS_FIREBASE_PROJECT: 'demo-chorus' };
const mediaNodeDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the emulator variables', () => {
  it.each(EMULATOR_VARIABLES)('%s is refused on a non-loopback CHORUS_HTTP_HOST and with NODE_ENV=production', (name) => {
    const emulator = { ...project, [name]: '127.0.0.1:9099' };
    expect(() => loadConfig({ ...emulator, CHORUS_HTTP_HOST: '0.0.0.0' })).toThrow(
      new RegExp(`${name}: refused with a non-loopback CHORUS_HTTP_HOST \\(0\\.0\\.0\\.0`),
    );
    expect(() => loadConfig({ ...emulator, NODE_ENV: 'production' })).toThrow(new RegExp(`${name}: refused with NODE_ENV=production`));
    expect(() => loadConfig({ ...emulator, CHORUS_HTTP_HOST: '::1', NODE_ENV: 'production' })).toThrow(new RegExp(name));
  });

  it('are allowed on loopback outside production, where the tests run them', () => {
    for (const host of [undefined, '127.0.0.1', '::1', 'localhost']) {
      expect(
        loadConfig({ ...project, CHORUS_HTTP_HOST: host, FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099', FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080' })
          .auth.mode,
      ).toBe('firebase');
    }
  });

  it('count as unset when empty, as firebase-admin reads them', () => {
    expect(loadConfig({ ...project, CHORUS_HTTP_HOST: '0.0.0.0', NODE_ENV: 'production', FIREBASE_AUTH_EMULATOR_HOST: '' }).http.host).toBe(
      '0.0.0.0',
    );
  });

  it('names every refused variable at once, with CHORUS_AUTH=off under the same rule', () => {
    expect(() =>
      loadConfig({ CHORUS_AUTH: 'off', CHORUS_HTTP_HOST: '10.0.0.5', FIREBASE_AUTH_EMULATOR_HOST: 'x:1', FIRESTORE_EMULATOR_HOST: 'x:2' }),
    ).toThrow(/CHORUS_AUTH: off is refused with a non-loopback[\s\S]*FIREBASE_AUTH_EMULATOR_HOST: refused[\s\S]*FIRESTORE_EMULATOR_HOST: refused/);
  });

  it('keep the real node process from starting, with exit code 2 and the variable named', () => {
    for (const env of [
      { CHORUS_HTTP_HOST: '0.0.0.0', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' },
      { NODE_ENV: 'production', FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080' },
    ]) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: mediaNodeDir,
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...project, CHORUS_HTTP_PORT: '39999', ...env },
      });
      const name = Object.keys(env).find((key) => key.endsWith('_EMULATOR_HOST'))!;
      expect({ status: result.status, named: result.stderr.includes(`${name}: refused`) }).toStrictEqual({ status: 2, named: true });
    }
  });
});
