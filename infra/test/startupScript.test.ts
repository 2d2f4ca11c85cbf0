// The startup script rendered with example configuration: shellcheck-clean
// and carrying the lines a media node depends on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  BOOT_DEADLINE_SEC,
  NODE_TARBALLS,
  NPM_TARBALL,
  type StartupScriptSettings,
  renderStartupScript,
  renderTurnCertSyncScript,
  shellQuote,
} from '../startupScript';

const EXAMPLE: StartupScriptSettings = {
  chorusRepo: 'https://github.com/example/chorus.git',
  chorusRef: '3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39',
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

const script = renderStartupScript(EXAMPLE);
const lines = script.split('\n');
const has = (line: string) => expect(lines).toContain(line);

describe('rendered startup script', () => {
  test('is a strict bash script', () => {
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    has('set -euo pipefail');
    expect(lines.at(-2)).toBe('main "$@"');
  });

  test('installs the pinned Node 24 and npm, checked against their sha512, and coturn and Caddy from Debian', () => {
    has("readonly NODE_VERSION='24.21.0'");
    has("readonly NPM_VERSION='11.21.2'");
    for (const tarball of [NODE_TARBALLS.x86_64, NODE_TARBALLS.aarch64, NPM_TARBALL]) {
      expect(script).toContain(tarball.url);
      expect(script).toContain(tarball.sha512);
    }
    has('  echo "$2  $3" | sha512sum --check --quiet || { rm -f "$3"; die "$1 does not match its pinned sha512"; }');
    // It checks what it got before anything runs on it.
    has('  [ "$version" = "v$NODE_VERSION" ] || die "installed Node.js $version, expected v$NODE_VERSION"');
    expect(script).not.toMatch(/nodesource/);
    expect(script).toMatch(/apt_get install -y -q --no-install-recommends .*\bcoturn caddy\b/);
  });

  test('checks out the configured ref, runs npm ci and builds the web client', () => {
    has("readonly CHORUS_REPO='https://github.com/example/chorus.git'");
    has("readonly CHORUS_REF='3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39'");
    has('  git -C "$APP_DIR" fetch -q --depth 1 origin "$CHORUS_REF"');
    has('  (cd "$APP_DIR" && before_deadline npm ci --no-audit --no-fund -w protocol -w media-node -w web)');
    has('  (cd "$APP_DIR" && before_deadline npm run build -w web)');
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
      // The media node's guards against test-only switches (the emulators, CHORUS_AUTH=off) key on it.
      'NODE_ENV=production',
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
    has('ExecStart=/opt/node/bin/npm start -w media-node');
    has('Environment=PATH=/opt/node/bin:/usr/sbin:/usr/bin:/sbin:/bin');
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

/**
 * Sources the rendered script without running main, with readonly settings replaced and
 * commands stubbed, then runs `body` in it: the script's own functions, exercised in bash.
 */
function runScriptFunctions(
  settings: Record<string, string>,
  body: string,
): { status: number | null; stdout: string; stderr: string; calls: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-boot-'));
  try {
    let script = renderStartupScript(EXAMPLE).replace(/\nmain "\$@"\n$/, '\n');
    for (const [name, value] of Object.entries(settings)) {
      script = script.replace(new RegExp(`^readonly ${name}=.*$`, 'm'), `readonly ${name}=${value}`);
    }
    writeFileSync(join(dir, 'startup.sh'), script);
    const calls = join(dir, 'calls');
    writeFileSync(calls, '');
    const harness = `set -euo pipefail
source ${shellQuote(join(dir, 'startup.sh'))}
record() { echo "$*" >> ${shellQuote(calls)}; }
sleep() { :; }
${body}`;
    const result = spawnSync('bash', ['-c', harness], { encoding: 'utf8', env: { PATH: process.env.PATH, TMPDIR: dir } });
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      calls: readFileSync(calls, 'utf8').split('\n').filter(Boolean),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('day two: pinned releases', () => {
  test('a reboot reuses the installed commit: no fetch, no npm ci', () => {
    const appDir = mkdtempSync(join(tmpdir(), 'chorus-app-'));
    try {
      writeFileSync(join(appDir, '.chorus-installed'), `${EXAMPLE.chorusRef}\n`);
      const result = runScriptFunctions(
        { APP_DIR: appDir },
        `id() { return 0; }
git() { record git "$@"; return 1; }
npm() { record npm "$@"; return 1; }
install_media_node`,
      );
      expect(result.stderr).toContain(`media node ${EXAMPLE.chorusRef} already installed`);
      expect(result.calls).toStrictEqual([]);
      expect(result.status).toBe(0);
    } finally {
      rmSync(appDir, { recursive: true, force: true });
    }
  });

  test('installs exactly the pinned commit, and only the workspaces a media node runs', () => {
    has('  [ "$(git -C "$APP_DIR" rev-parse HEAD)" = "$CHORUS_REF" ] \\');
    expect(script).not.toMatch(/-w infra|-w tests|-w devtools|--include-workspace-root/);
    has('  (cd "$APP_DIR" && before_deadline bash scripts/mediasoup-worker/build-worker.sh)');
  });
});

describe('day two: boots that survive reboots and upgrades', () => {
  const bootBody = /^boot\(\) \{\n([\s\S]*?)\n\}$/m.exec(script)?.[1] ?? '';
  const stepIndex = (call: string) => {
    const index = bootBody.indexOf(call);
    expect(index).toBeGreaterThanOrEqual(0);
    return index;
  };

  test('apt never prompts: forced conffile answers, and our configuration in no conffile', () => {
    has('Dpkg::Options { "--force-confdef"; "--force-confold"; };');
    has('  apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"');
    // The wrapper is the only apt-get, and the apt configuration is written before any install.
    expect(lines.filter((line) => /\bapt-get\b/.test(line) && !line.trim().startsWith('#'))).toStrictEqual([
      '  apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"',
    ]);
    expect(stepIndex('configure_apt')).toBeLessThan(stepIndex('install_packages'));
    // Debian's conffiles stay as shipped; the units read ours through drop-ins.
    expect(script).not.toMatch(/> \/etc\/turnserver\.conf|> \/etc\/caddy\/Caddyfile/);
    has('ExecStart=/usr/bin/turnserver -c /etc/chorus/turnserver.conf --pidfile=');
    has('ExecStart=/usr/bin/caddy run --environ --config /etc/chorus/Caddyfile');
    has('ExecReload=/usr/bin/caddy reload --config /etc/chorus/Caddyfile --force');
  });

  test('a reboot makes no apt call when the packages are installed', () => {
    const result = runScriptFunctions(
      {},
      `dpkg-query() { printf 'install ok installed\\n%.0s' "\${@:3}"; }
apt-get() { record apt-get "$@"; }
install_packages`,
    );
    expect(result.calls).toStrictEqual([]);
    expect(result.status).toBe(0);
  });

  test('the TURN hairpin rule comes before apt, and is persisted as a unit coturn requires', () => {
    expect(stepIndex('keep_turn_relay_on_host')).toBeLessThan(stepIndex('install_packages'));
    has('ExecStart=/usr/sbin/nft -f /etc/chorus/turn-hairpin.nft');
    has('Before=coturn.service');
    has('Requires=chorus-turn-hairpin.service');
    has('  systemctl enable chorus-turn-hairpin.service');
  });

  test("Caddy's certificates live on the stateful disk, formatted only when blank", () => {
    has('readonly STATE_DEVICE=/dev/disk/by-id/google-chorus-state');
    has('  blkid "$STATE_DEVICE" >/dev/null || mkfs.ext4 -q -L chorus-state "$STATE_DEVICE"');
    has('\tstorage file_system {');
    has('\t\troot /var/lib/chorus-state/caddy');
    has('RequiresMountsFor=/var/lib/chorus-state');
    expect(renderTurnCertSyncScript()).toContain('caddy_certs=/var/lib/chorus-state/caddy/certificates');
    expect(stepIndex('mount_state_disk')).toBeLessThan(stepIndex('start_caddy'));
  });

  test('retries give up at the boot deadline', () => {
    has(`readonly BOOT_DEADLINE_SEC=${BOOT_DEADLINE_SEC}`);
    const result = runScriptFunctions(
      { BOOT_DEADLINE_SEC: '5' },
      `attempts=0
flaky() { attempts=$((attempts + 1)); return 1; }
if retry flaky; then echo succeeded; else echo "gave up after $attempts"; fi`,
    );
    expect(result.stdout.trim()).toBe('gave up after 1');
  });

  test('a transient failure costs one retry of the whole boot, not an autohealing cycle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-step-'));
    try {
      const result = runScriptFunctions(
        { BOOT_STEP_FILE: join(dir, 'step') },
        `curl() { record curl "$@"; }
boot() { step "TURN secret"; [ -e ${shellQuote(join(dir, 'failed-once'))} ] || { touch ${shellQuote(join(dir, 'failed-once'))}; false; }; }
main`,
      );
      expect(result.status).toBe(0);
      expect(result.stderr).toContain("boot attempt 1 failed in step 'TURN secret'");
      expect(result.calls.at(-1)).toMatch(/--data ready 3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39 .*guest-attributes\/chorus\/boot$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a boot that keeps failing gives up visibly: a log line and a guest attribute', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-step-'));
    try {
      const result = runScriptFunctions(
        { BOOT_DEADLINE_SEC: '3', BOOT_STEP_FILE: join(dir, 'step') },
        `curl() { record curl "$@"; }
boot() { step "media node install"; false; }
main`,
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^chorus-startup: BOOT FAILED: step 'media node install' failed after 1 attempts/m);
      expect(result.calls.at(-1)).toMatch(/--data failed media node install .*guest-attributes\/chorus\/boot$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('metadata reaches the env file, the Caddyfile and turnserver.conf only in its plain form', () => {
  const facts: Record<string, string> = {
    'chorus-announced-address': '203.0.113.10',
    'chorus-public-host': 'node-1.rtc.example.com',
    'chorus-turn-urls': 'turn:203.0.113.10:3478?transport=udp,turns:node-1.rtc.example.com:5349?transport=tcp',
    'chorus-firebase-project': 'chorus-prod',
    'chorus-region': 'europe-west1',
    'chorus-turn-secret-name': 'projects/chorus-prod/secrets/chorus-turn-secret',
  };
  const readFacts = (overrides: Record<string, string>) => {
    const values = { ...facts, ...overrides };
    const cases = Object.entries(values)
      .map(([key, value]) => `    ${key}) printf '%s' ${shellQuote(value)} ;;`)
      .join('\n');
    return runScriptFunctions(
      {},
      `attribute() {
  case "$1" in
${cases}
  esac
}
metadata() { case "$1" in */ip) echo 10.0.0.2 ;; */external-ip) echo 203.0.113.10 ;; esac; }
read_instance_facts && echo "project=$FIREBASE_PROJECT"`,
    );
  };

  test('plain facts pass', () => {
    const result = readFacts({});
    expect(result.stdout.trim()).toBe('project=chorus-prod');
    expect(result.status).toBe(0);
  });

  test.each([
    ['chorus-firebase-project', 'chorus-prod\nFIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099'],
    ['chorus-firebase-project', 'chorus-"prod"'],
    ['chorus-firebase-project', "chorus-'prod'"],
    ['chorus-region', 'europe-west1\\'],
    ['chorus-region', 'europe-$HOME'],
    ['chorus-public-host', 'node-1.rtc.example.com {\n}\nevil.example.com'],
    ['chorus-turn-urls', 'turn:203.0.113.10:3478\nCHORUS_AUTH=off'],
    ['chorus-turn-secret-name', 'projects/p/secrets/s versions'],
  ])('%s with a newline, quote, backslash, $ or space is refused: %p', (key, value) => {
    const result = readFacts({ [key]: value });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`metadata ${key} does not match`);
    expect(result.stdout).toBe('');
  });
});
