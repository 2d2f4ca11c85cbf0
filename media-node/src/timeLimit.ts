/**
 * Waits for `promise` for at most `ms`: its value, wrapped, or undefined when the time ran out first.
 * A rejection within the limit rejects. The timer never keeps the process alive, and is cleared once
 * the promise settles.
 */
export async function within<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
    timer.unref();
  });
  try {
    return await Promise.race([promise.then((value) => ({ value })), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
