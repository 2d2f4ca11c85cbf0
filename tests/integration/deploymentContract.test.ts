// The startup script that infra/ puts on every VM writes the media node's env file. This checks
// that contract against the media node's real configuration loader, so a renamed or retyped
// variable on either side fails here rather than on a VM at boot.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
  assert.ok(body, 'the startup script writes the env file with a heredoc');
  const shellVars: Record<string, string> = { ...values };
  for (const [, name, value] of script.matchAll(/^readonly ([A-Z_]+)=(\S+)$/gm)) {
    shellVars[name!] ??= value!.replace(/^'(.*)'$/, '$1');
  }
  const env: Record<string, string> = {};
  for (const line of body.split('\n').filter((l) => l.includes('='))) {
    const [key, ...rest] = line.split('=');
    env[key!] = rest.join('=').replace(/\$([A-Z_]+)/g, (_, name: string) => {
      assert.ok(name in shellVars, `the env file uses $${name}, which the test cannot fill`);
      return shellVars[name]!;
    });
  }
  return env;
}

describe('deployment contract between infra/ and the media node', () => {
  const env = renderedEnvFile({
    ANNOUNCED_ADDRESS: '203.0.113.10',
    TURN_SECRET: 'a-long-shared-turn-secret',
    TURN_URLS: 'turn:203.0.113.10:3478?transport=udp,turns:node-1.rtc.example.com:5349?transport=tcp',
    FIREBASE_PROJECT: 'chorus-prod',
    REGION: 'europe-west1',
  });

  it('writes only variables the media node knows', () => {
    for (const key of Object.keys(env)) assert.match(key, /^CHORUS_[A-Z_]+$/);
    const config = loadConfig(env);
    assert.equal(config.http.host, '0.0.0.0', 'health checks reach the node from outside loopback');
    assert.equal(config.webRtcTransport.listenIp, '0.0.0.0');
    assert.equal(config.webRtcTransport.announcedAddress, '203.0.113.10');
    assert.deepEqual(config.webRtcTransport.portRange, { min: 41000, max: 41999 });
    assert.equal(config.workers.count, 2);
    assert.equal(config.ice.turnSecret, 'a-long-shared-turn-secret');
    assert.equal(config.ice.turnUrls.length, 2);
    assert.equal(config.ice.turnTtlSeconds, 7200);
    assert.equal(config.deployment.firebaseProject, 'chorus-prod');
    assert.equal(config.logLevel, 'warn');
  });
});
