// The Firebase emulator suite (Auth, Firestore, Functions) as a child process, for `npm start`, the
// tests and the benchmarks. Ports and the demo- project come from firebase.json and .firebaserc.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface EmulatorPorts {
  auth: string;
  firestore: string;
  functions: string;
}

export interface RunningEmulators {
  projectId: string;
  hosts: EmulatorPorts;
  /** What firebase-admin and the tests need to find the emulators. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

function readConfig(): { projectId: string; hosts: EmulatorPorts } {
  const firebaseJson = JSON.parse(readFileSync(path.join(repoRoot, 'firebase.json'), 'utf8')) as {
    emulators: Record<keyof EmulatorPorts, { host: string; port: number }>;
  };
  const rc = JSON.parse(readFileSync(path.join(repoRoot, '.firebaserc'), 'utf8')) as { projects: { default: string } };
  const host = (name: keyof EmulatorPorts) => {
    const e = firebaseJson.emulators[name];
    return `${e.host}:${e.port}`;
  };
  return { projectId: rc.projects.default, hosts: { auth: host('auth'), firestore: host('firestore'), functions: host('functions') } };
}

/** The environment variables that point the Admin SDK and firebase-tools at the emulators. */
export function emulatorEnv(): Record<string, string> {
  const { projectId, hosts } = readConfig();
  return {
    GCLOUD_PROJECT: projectId,
    FIREBASE_PROJECT: projectId,
    FIREBASE_AUTH_EMULATOR_HOST: hosts.auth,
    FIRESTORE_EMULATOR_HOST: hosts.firestore,
    CHORUS_FUNCTIONS_EMULATOR_HOST: hosts.functions,
  };
}

/** Builds the functions bundle the Functions emulator loads (functions/lib). */
export function buildFunctions(): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'functions/build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}

function firestoreBinary(): string {
  return execFileSync('bash', [path.join(repoRoot, 'scripts/firebase/firestore-emulator.sh')], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

/**
 * Starts the emulators and resolves once firebase-tools says they are all ready. The Auth emulator
 * alone takes 12 to 50 s to start on 2 cores, hence the generous default.
 */
export async function startEmulators(options: { timeoutMs?: number; log?: (line: string) => void } = {}): Promise<RunningEmulators> {
  const { projectId, hosts } = readConfig();
  buildFunctions();
  const binary = firestoreBinary();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: 'true',
    NO_UPDATE_NOTIFIER: '1',
    FIREBASE_CLI_EXPERIMENTS: process.env.FIREBASE_CLI_EXPERIMENTS ?? '',
    ...(binary ? { FIRESTORE_EMULATOR_BINARY_PATH: binary } : {}),
  };
  // Emulator variables inherited from a parent run would make firebase-tools refuse to start.
  for (const name of ['FIREBASE_AUTH_EMULATOR_HOST', 'FIRESTORE_EMULATOR_HOST', 'FIREBASE_EMULATOR_HUB']) delete env[name];
  const child = spawn(
    path.join(repoRoot, 'node_modules/.bin/firebase'),
    ['emulators:start', '--only', 'auth,firestore,functions', '--project', projectId],
    { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 200) output.shift();
        options.log?.(line);
        if (line.includes('All emulators ready')) resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the Firebase emulators exited (code ${code}):\n${output.join('\n')}`)));
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the Firebase emulators were not ready within ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
  });
  const stop = () => stopChild(child);
  try {
    await Promise.race([ready, timedOut]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { projectId, hosts, env: emulatorEnv(), stop };
}

/** SIGINT, as firebase-tools expects: SIGTERM can leave the functions runtime behind. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGINT');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
