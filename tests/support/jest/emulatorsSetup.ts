// jest globalSetup for the projects that need Firebase (jest.config.mjs): starts the emulator suite
// once for the whole run, unless one is already running (FIRESTORE_EMULATOR_HOST set, as by
// `firebase emulators:exec`), and hands its addresses to the test workers through the environment.
import { startEmulators, type RunningEmulators } from '@chorus/devtools/emulators';

const holder = globalThis as { chorusEmulators?: RunningEmulators };

export default async function setup(): Promise<void> {
  if (process.env.FIRESTORE_EMULATOR_HOST || holder.chorusEmulators) return;
  const started = Date.now();
  const emulators = await startEmulators({
    log: process.env.CHORUS_EMULATOR_LOG ? (line) => console.log(`[emulators] ${line}`) : undefined,
  });
  holder.chorusEmulators = emulators;
  Object.assign(process.env, emulators.env);
  console.log(`\n[emulators] Auth, Firestore and Functions ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
