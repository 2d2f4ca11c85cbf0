import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { PendingRequests } from '../src/signaling/PendingRequests.js';
import { SignalingError } from '../src/signaling/SignalingError.js';

/** What a request's promise ended with, once it has. */
async function outcome(promise: Promise<unknown>): Promise<{ data?: unknown; error?: SignalingError }> {
  return promise.then(
    (data) => ({ data }),
    (error: unknown) => ({ error: error as SignalingError }),
  );
}

describe('PendingRequests', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('resolves a request with its answer once the answer fits its method', async () => {
    const pending = new PendingRequests<number>(1_000);
    const answer = pending.wait(1, 'refreshAuth');
    expect(pending.settle(1, { ok: true, data: { authExpiresAt: 5 } })).toBe(true);
    await expect(answer).resolves.toStrictEqual({ authExpiresAt: 5 });
    expect(pending.size).toBe(0);
  });

  it('rejects an answer that does not fit its method with BAD_RESPONSE', async () => {
    const pending = new PendingRequests<string>(1_000);
    const answer = outcome(pending.wait('c1', 'refreshAuth'));
    pending.settle('c1', { ok: true, data: { authExpiresAt: 'soon' } });
    expect((await answer).error).toMatchObject({ code: 'BAD_RESPONSE', method: 'refreshAuth' });
  });

  it('rejects with the server’s error, or BAD_RESPONSE for a malformed one', async () => {
    const pending = new PendingRequests<number>(1_000);
    const refused = outcome(pending.wait(1, 'join'));
    const garbled = outcome(pending.wait(2, 'join'));
    pending.settle(1, { ok: false, error: { code: 'FORBIDDEN', message: 'not yours' } });
    pending.settle(2, { ok: false, error: { code: 'NO_SUCH_CODE' } });
    const error = (await refused).error;
    expect(error).toBeInstanceOf(SignalingError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'join: not yours' });
    expect((await garbled).error?.code).toBe('BAD_RESPONSE');
  });

  it('times a request out, and then no longer knows it', async () => {
    const pending = new PendingRequests<number>(1_000);
    const answer = outcome(pending.wait(1, 'leave'));
    jest.advanceTimersByTime(999);
    expect(pending.size).toBe(1);
    jest.advanceTimersByTime(1);
    expect((await answer).error).toMatchObject({ code: 'TIMEOUT', method: 'leave' });
    expect(pending.settle(1, { ok: true, data: {} })).toBe(false);
  });

  it('fails every request still waiting when the connection goes, and their timers with them', async () => {
    const pending = new PendingRequests<number>(1_000);
    const answers = [outcome(pending.wait(1, 'leave')), outcome(pending.wait(2, 'leave'))];
    pending.failAll('the connection closed');
    for (const answer of answers) expect((await answer).error).toMatchObject({ code: 'DISCONNECTED', message: 'leave: the connection closed' });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('answers an unknown key with false', () => {
    const pending = new PendingRequests<number>(1_000);
    expect(pending.settle(7, { ok: true, data: {} })).toBe(false);
    pending.fail(7, 'DISCONNECTED', 'never sent');
  });
});
