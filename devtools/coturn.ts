import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CoturnOptions {
  port: number;
  relayPorts: { min: number; max: number };
  secret?: string;
  realm?: string;
  /** Where coturn's own log lines go. */
  onLog?: (line: string) => void;
}

export interface RunningCoturn {
  secret: string;
  /** TURN URLs over UDP and TCP, for CHORUS_TURN_URLS. */
  urls: string[];
  logLines: string[];
  stop(): Promise<void>;
}

export function coturnAvailable(): boolean {
  return spawnSync('turnserver', ['--help'], { stdio: 'ignore' }).error === undefined;
}

/**
 * Debian's coturn on 127.0.0.1 with TURN REST API credentials (use-auth-secret):
 * the same shared-secret scheme the production nodes use.
 */
export async function startCoturn(options: CoturnOptions): Promise<RunningCoturn> {
  // Readiness is judged by the port answering, so a server already there would pass for ours.
  if (await tcpReachable(options.port)) throw new Error(`127.0.0.1:${options.port} is already in use`);
  const secret = options.secret ?? randomBytes(24).toString('hex');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chorus-coturn-'));
  const configFile = path.join(dir, 'turnserver.conf');
  writeFileSync(
    configFile,
    [
      'listening-ip=127.0.0.1',
      'relay-ip=127.0.0.1',
      `listening-port=${options.port}`,
      `min-port=${options.relayPorts.min}`,
      `max-port=${options.relayPorts.max}`,
      `realm=${options.realm ?? 'chorus.local'}`,
      'use-auth-secret',
      `static-auth-secret=${secret}`,
      'fingerprint',
      // The media node is on loopback too; coturn refuses loopback peers unless told otherwise.
      'allow-loopback-peers',
      'no-cli',
      'no-tls',
      'no-dtls',
      'log-file=stdout',
      'simple-log',
      // Session and allocation lines, so tests can see that a relay was really used.
      'verbose',
      `pidfile=${path.join(dir, 'turnserver.pid')}`,
      `userdb=${path.join(dir, 'turndb')}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );

  const child: ChildProcess = spawn('turnserver', ['-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const logLines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      if (logLines.length < 5000) logLines.push(line);
      options.onLog?.(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(2000, undefined, { ref: false }).then(() => child.kill('SIGKILL'))]);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 5000;
  while (!(await tcpReachable(options.port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`coturn did not start on 127.0.0.1:${options.port}:\n${logLines.slice(-20).join('\n')}`);
    }
    await sleep(50);
  }
  return {
    secret,
    urls: [`turn:127.0.0.1:${options.port}?transport=udp`, `turn:127.0.0.1:${options.port}?transport=tcp`],
    logLines,
    stop,
  };
}

function tcpReachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
