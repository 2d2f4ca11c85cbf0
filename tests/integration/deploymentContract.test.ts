// The startup script that infra/ puts on every VM writes the media node's env file. This checks
// that contract against the media node's real configuration loader, so a renamed or retyped
// variable on either side fails here rather than on a VM at boot.
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@chorus/media-node';
import { renderStartupScript } from '../../infra/startupScript.js';

const script = renderStartupScript({
  chorusRepo: 'https://example.com/chorus.git',
  chorusRef: 'main',
  domain: 'rtc.example.com',
  rtcPorts: { min: 41000, max: 41999 },
  turnTtlSeconds: 7200,
  logLevel: 'warn',
  numWorkers: 2,
  acmeEmail: undefined,
});

/** The env file's lines, with the script's shell variables filled in as a booting VM would. */
function renderedEnvFile(values: Record<string, string>): Record<string, string> {
  const body = /cat > "\$ENV_FILE" <<EOF\n([\s\S]*?)\nEOF/.exec(script)?.[1];
  // The startup script writes the env file with a heredoc.
  expect(body).toEqual(expect.any(String));
  const shellVars: Record<string, string> = { ...values };
  for (const [, name, value] of script.matchAll(/^readonly ([A-Z_]+)=(\S+)$/gm)) {
    shellVars[name!] ??= value!.replace(/^'(.*)'$/, '$1');
  }
  const env: Record<string, string> = {};
  for (const line of body!.split('\n').filter((l) => l.includes('='))) {
    const [key, ...rest] = line.split('=');
    env[key!] = rest.join('=').replace(/\$([A-Z_]+)/g, (_, name: string) => {
      // Every $VARIABLE the env file uses is one the test can fill.
      expect(Object.keys(shellVars)).toContain(name);
      return shellVars[name]!;
    });
  }
  return env;
}

describe('deployment contract between infra/ and the media node', () => {
  const env = () =>
    renderedEnvFile({
      ANNOUNCED_ADDRESS: '203.0.113.10',
      TURN_SECRET: 'a-long-shared-turn-secret',
      TURN_URLS: 'turn:203.0.113.10:3478?transport=udp,turns:node-1.rtc.example.com:5349?transport=tcp',
      FIREBASE_PROJECT: 'chorus-prod',
      REGION: 'europe-west1',
      PUBLIC_HOST: 'node-1.rtc.example.com',
    });

  it('writes only variables the media node knows', () => {
    const vars = env();
    for (const key of Object.keys(vars)) expect(key).toMatch(/^(CHORUS_[A-Z_]+|NODE_ENV)$/);
    // The VM is production: the node's guards against test-only switches key on it.
    expect(vars.NODE_ENV).toBe('production');
    const config = loadConfig(vars);
    // Health checks reach the node from outside loopback.
    expect(config.http.host).toBe('0.0.0.0');
    expect(config.webRtcTransport.listenIp).toBe('0.0.0.0');
    expect(config.webRtcTransport.announcedAddress).toBe('203.0.113.10');
    expect(config.webRtcTransport.portRange).toStrictEqual({ min: 41000, max: 41999 });
    expect(config.workers.count).toBe(2);
    expect(config.ice.turnSecret).toBe('a-long-shared-turn-secret');
    expect(config.ice.turnUrls).toHaveLength(2);
    expect(config.ice.turnTtlSeconds).toBe(7200);
    expect(config.deployment.firebaseProject).toBe('chorus-prod');
    // With a project, the node verifies ID tokens, takes Firestore commands and registers itself
    // where clients reach it through Caddy.
    expect(config.auth.mode).toBe('firebase');
    expect(config.firestore.enabled).toBe(true);
    expect(config.firestore.publicUrl).toBe('wss://node-1.rtc.example.com');
    // Caddy on the VM proxies every client, so the per-address cap counts X-Forwarded-For from it.
    expect(config.auth.trustedProxies).toEqual(['127.0.0.1']);
    expect(config.logLevel).toBe('warn');
  });

  it('keeps a node started with that env file off the Firebase emulators', () => {
    for (const name of ['FIREBASE_AUTH_EMULATOR_HOST', 'FIRESTORE_EMULATOR_HOST']) {
      expect(() => loadConfig({ ...env(), [name]: '127.0.0.1:9099' })).toThrow(new RegExp(`${name}: refused with NODE_ENV=production`));
    }
  });
});
