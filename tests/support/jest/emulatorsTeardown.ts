// jest globalTeardown: stops the emulators that emulatorsSetup.ts started, if it did.
import type { RunningEmulators } from '@chorus/devtools/emulators';

const holder = globalThis as { chorusEmulators?: RunningEmulators };

export default async function teardown(): Promise<void> {
  const emulators = holder.chorusEmulators;
  holder.chorusEmulators = undefined;
  await emulators?.stop();
}
