// The startup script rendered with example configuration: shellcheck-clean
// and carrying the lines a media node depends on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { type StartupScriptSettings, renderStartupScript, renderTurnCertSyncScript, shellQuote } from '../startupScript';

const EXAMPLE: StartupScriptSettings = {
  chorusRepo: 'https://github.com/example/chorus.git',
  chorusRef: 'v0.1.0',
  domain: 'rtc.example.com',
  rtcPorts: { min: 40000, max: 49999 },
  turnTtlSeconds: 86400,
  logLevel: 'info',
  numWorkers: undefined,
  acmeEmail: 'ops@example.com',
};

function shellcheck(name: string, script: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-shellcheck-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, script);
    const result = spawnSync('shellcheck', ['--shell=bash', '--severity=style', file], { encoding: 'utf8' });
    if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('shellcheck is not installed: apt-get install shellcheck (npm test installs it)');
    }
    expect({ file: name, status: result.status, output: `${result.stdout}${result.stderr}` }).toStrictEqual({
      file: name,
      status: 0,
      output: '',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('shellcheck', () => {
  test('passes on the startup script', () => {
    shellcheck('startup-script.sh', renderStartupScript(EXAMPLE));
  });

  test('passes on the startup script with every option set', () => {
    shellcheck('startup-script-all.sh', renderStartupScript({ ...EXAMPLE, numWorkers: 4, acmeEmail: undefined }));
  });

  test('passes on the TURN certificate sync script', () => {
    shellcheck('chorus-sync-turn-cert.sh', renderTurnCertSyncScript());
  });
});

describe('rendered startup script', () => {
  const script = renderStartupScript(EXAMPLE);
  const lines = script.split('\n');
  const has = (line: string) => expect(lines).toContain(line);

  test('is a strict bash script', () => {
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    has('set -euo pipefail');
    expect(lines.at(-2)).toBe('main "$@"');
  });

  test('installs Node 20 from NodeSource, the pinned npm, coturn and Caddy from Debian', () => {
    expect(script).toMatch(/https:\/\/deb\.nodesource\.com\/node_20\.x nodistro main/);
    has("readonly NPM_VERSION='11.19.1'");
    expect(script).toMatch(/apt_get install -y -q --no-install-recommends .*\bcoturn caddy\b/);
  });

  test('checks out the configured ref, runs npm ci and builds the web client', () => {
    has("readonly CHORUS_REPO='https://github.com/example/chorus.git'");
    has("readonly CHORUS_REF='v0.1.0'");
    has('  git -C "$APP_DIR" fetch -q --depth 1 origin "$CHORUS_REF"');
    has('  (cd "$APP_DIR" && npm ci --no-audit --no-fund)');
    has('  (cd "$APP_DIR" && npm run build --if-present)');
  });

  test('reads the node facts from the metadata server', () => {
    expect(script).toMatch(/-H 'Metadata-Flavor: Google'/);
    expect(script).toMatch(/http:\/\/metadata\.google\.internal\/computeMetadata\/v1\/\$1/);
    for (const key of ['chorus-announced-address', 'chorus-public-host', 'chorus-firebase-project', 'chorus-region', 'chorus-turn-secret-name']) {
      expect(script).toMatch(new RegExp(`\\$\\(attribute ${key}\\)`));
    }
  });

  test('writes every media node variable to the env file', () => {
    for (const line of [
      'CHORUS_HTTP_PORT=$HTTP_PORT',
      // Google's health checkers reach the node on its internal address, not loopback.
      'CHORUS_HTTP_HOST=0.0.0.0',
      'CHORUS_LISTEN_IP=0.0.0.0',
      'CHORUS_ANNOUNCED_ADDRESS=$ANNOUNCED_ADDRESS',
      'CHORUS_RTC_MIN_PORT=$RTC_MIN_PORT',
      'CHORUS_RTC_MAX_PORT=$RTC_MAX_PORT',
      'CHORUS_TURN_SECRET=$TURN_SECRET',
      'CHORUS_TURN_URLS=$TURN_URLS',
      'CHORUS_TURN_TTL_SECONDS=$TURN_TTL_SECONDS',
      'CHORUS_FIREBASE_PROJECT=$FIREBASE_PROJECT',
      'CHORUS_REGION=$REGION',
      'CHORUS_LOG_LEVEL=$LOG_LEVEL',
    ]) {
      has(line);
    }
    has('readonly HTTP_PORT=3000');
    has('readonly TURN_TTL_SECONDS=86400');
    // An unset numWorkers leaves the CPU-count default to the media node.
    expect(script).not.toMatch(/CHORUS_NUM_WORKERS/);
    has('  install -m 0640 -o root -g chorus /dev/null "$ENV_FILE"');
  });

  test('configures coturn with the shared secret, the static IP and TLS on 5349', () => {
    for (const line of [
      'use-auth-secret',
      'static-auth-secret=$TURN_SECRET',
      'external-ip=$ANNOUNCED_ADDRESS/$PRIVATE_ADDRESS',
      'realm=$TURN_REALM',
      'listening-port=$TURN_PORT',
      'tls-listening-port=$TURNS_PORT',
      'no-cli',
      'denied-peer-ip=169.254.0.0-169.254.255.255',
      'denied-peer-ip=10.0.0.0-10.255.255.255',
    ]) {
      has(line);
    }
    has("readonly TURN_REALM='rtc.example.com'");
    has('readonly TURN_PORT=3478');
    has('readonly TURNS_PORT=5349');
  });

  test('runs the media node, coturn and Caddy under systemd with Restart=on-failure', () => {
    has('ExecStart=/usr/bin/npm start -w media-node');
    has('EnvironmentFile=/etc/chorus/media-node.env');
    expect(lines.filter((line) => line === 'Restart=on-failure').length).toBe(3);
    has('  systemctl restart chorus-media-node.service');
    has('  systemctl restart coturn.service');
    has('  systemctl restart caddy.service');
  });

  test('puts Caddy with automatic TLS for the node host in front of 127.0.0.1:3000', () => {
    has('$PUBLIC_HOST {');
    has('\treverse_proxy 127.0.0.1:$HTTP_PORT');
    has('\temail ops@example.com');
    has('\trespond @metrics 404');
  });

  test('reads the TURN secret from Secret Manager with the metadata-server token', () => {
    has('  token="$(metadata instance/service-accounts/default/token | jq -er .access_token)" || return 1');
    expect(script).toMatch(/versions\/latest:access/);
  });

  test('quotes configuration values for bash', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
