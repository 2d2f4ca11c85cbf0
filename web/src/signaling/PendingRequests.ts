import { checkResponseData, ErrorBodySchema, type MethodName, type MethodResponse } from '@chorus/protocol';
import { SignalingError } from './SignalingError.js';

/** What came back for a request, as a carrier read it: data to check, or an error body to check. */
export type RequestAnswer = { ok: true; data: unknown } | { ok: false; error: unknown };

interface Waiting {
  method: MethodName;
  timer: ReturnType<typeof setTimeout>;
  resolve: (data: unknown) => void;
  reject: (error: SignalingError) => void;
}

/**
 * The requests a signaling client has sent and waits to hear about, whatever carries them, by the key
 * its carrier answers under: each fails with TIMEOUT when no answer comes in time, and an answer
 * settles it only once checked against the protocol (BAD_RESPONSE when it does not fit).
 */
export class PendingRequests<Key> {
  private readonly waiting = new Map<Key, Waiting>();

  constructor(private readonly timeoutMs: number) {}

  get size(): number {
    return this.waiting.size;
  }

  /** The answer to the request sent under `key`. */
  wait<M extends MethodName>(key: Key, method: M): Promise<MethodResponse<M>> {
    return new Promise<MethodResponse<M>>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(key, 'TIMEOUT', `no response within ${this.timeoutMs} ms`), this.timeoutMs);
      this.waiting.set(key, { method, timer, resolve: resolve as (data: unknown) => void, reject });
    });
  }

  /** Settles the request waiting under `key`; false when none is (it timed out, or was never sent). */
  settle(key: Key, answer: RequestAnswer): boolean {
    const waiting = this.take(key);
    if (!waiting) return false;
    if (!answer.ok) {
      const error = ErrorBodySchema.safeParse(answer.error);
      waiting.reject(
        error.success
          ? new SignalingError(error.data.code, error.data.message, waiting.method)
          : new SignalingError('BAD_RESPONSE', 'the request failed with a malformed error', waiting.method),
      );
      return true;
    }
    const checked = checkResponseData(waiting.method, answer.data);
    if (checked.ok) waiting.resolve(checked.data);
    else waiting.reject(new SignalingError('BAD_RESPONSE', checked.problem, waiting.method));
    return true;
  }

  /** Fails the request waiting under `key`, if one is: the carrier could not send it, say. */
  fail(key: Key, code: 'DISCONNECTED' | 'TIMEOUT', reason: string): void {
    const waiting = this.take(key);
    waiting?.reject(new SignalingError(code, reason, waiting.method));
  }

  /** Fails every request still waiting: the connection they were sent on is gone. */
  failAll(reason: string): void {
    for (const key of [...this.waiting.keys()]) this.fail(key, 'DISCONNECTED', reason);
  }

  private take(key: Key): Waiting | undefined {
    const waiting = this.waiting.get(key);
    if (!waiting) return undefined;
    this.waiting.delete(key);
    clearTimeout(waiting.timer);
    return waiting;
  }
}
