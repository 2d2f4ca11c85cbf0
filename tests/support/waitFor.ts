import { setTimeout as sleep } from 'node:timers/promises';

/** The one pause the tests take: Node's own, so that there is nothing to keep in step. */
export { sleep };

/**
 * Polls `read`, every `pollMs`, until it gives something other than undefined or false, and returns
 * that. `read` may be async (a Firestore read, a worker dump): the next poll waits for it.
 */
export async function waitFor<T>(
  read: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 5000,
  pollMs = 10,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(pollMs);
  }
}
