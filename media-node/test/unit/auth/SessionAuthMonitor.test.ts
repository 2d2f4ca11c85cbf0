import { describe, expect, it } from '@jest/globals';
import { ProtocolError } from '@chorus/protocol';
import { SessionAuthMonitor, type AuthEndReason } from '../../../src/auth/SessionAuthMonitor.js';
import { FakeClock } from '../utterances/fakeClock.js';

const MINUTE = 60_000;

/** A monitor on a fake clock whose revocation check answers from a set of revoked tokens. */
function setup(options: { checkIntervalMs?: number } = {}) {
  const clock = new FakeClock();
  const revoked = new Set<string>();
  let unreachable = false;
  const checked: string[] = [];
  const ended: Array<{ key: string; reason: AuthEndReason; message: string; at: number }> = [];
  const warned: Array<{ key: string; at: number }> = [];
  const failures: unknown[] = [];
  const monitor = new SessionAuthMonitor<string>({
    authenticator: {
      checkNotRevoked(idToken) {
        checked.push(idToken);
        if (unreachable) return Promise.reject(new ProtocolError('UNAVAILABLE', 'cannot reach the Auth API'));
        if (revoked.has(idToken)) return Promise.reject(new ProtocolError('UNAUTHENTICATED', 'ID token revoked: the user must sign in again'));
        return Promise.resolve();
      },
    },
    checkIntervalMs: options.checkIntervalMs ?? MINUTE,
    expiryWarningMs: 2 * MINUTE,
    onExpiring: (key) => warned.push({ key, at: clock.now() }),
    onEnded: (key, reason, message) => ended.push({ key, reason, message, at: clock.now() }),
    onCheckFailed: (error) => failures.push(error),
    clock,
  });
  const credential = (idToken: string, lifetimeMs = 60 * MINUTE) => ({ uid: 'alice', idToken, expiresAtMs: clock.now() + lifetimeMs });
  /** Advances the clock and lets the checks it started settle (a sweep re-arms once its checks are done). */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    clock,
    monitor,
    revoked,
    checked,
    ended,
    warned,
    failures,
    credential,
    advance,
    setUnreachable: (value: boolean) => (unreachable = value),
  };
}

describe('SessionAuthMonitor', () => {
  it('ends a session when its token expires without a refresh, and warns it two minutes before', async () => {
    const { clock, monitor, ended, warned, credential, advance } = setup();
    const start = clock.now();
    monitor.watch('s1', credential('t1', 60 * MINUTE));
    await advance(58 * MINUTE - 1);
    expect(warned).toStrictEqual([]);
    await advance(1);
    expect(warned).toStrictEqual([{ key: 's1', at: start + 58 * MINUTE }]);
    await advance(2 * MINUTE - 1);
    expect(ended).toStrictEqual([]);
    await advance(1);
    expect(ended).toMatchObject([{ key: 's1', reason: 'token-expired', at: start + 60 * MINUTE }]);
    expect(monitor.size).toBe(0);
  });

  it("keeps a session that refreshes its token past the first one's expiry", async () => {
    const { clock, monitor, ended, credential, advance } = setup();
    const start = clock.now();
    monitor.watch('s1', credential('t1', 60 * MINUTE));
    await advance(55 * MINUTE);
    monitor.watch('s1', credential('t2', 60 * MINUTE));
    // Past the first token's expiry (60 min), a minute short of the second's (115 min).
    await advance(59 * MINUTE);
    expect(ended).toStrictEqual([]);
    await advance(MINUTE);
    expect(ended).toMatchObject([{ key: 's1', reason: 'token-expired', at: start + 115 * MINUTE }]);
  });

  it('ends a revoked session at the next periodic check, and only that one', async () => {
    const { monitor, revoked, checked, ended, credential, advance } = setup({ checkIntervalMs: MINUTE });
    monitor.watch('alice', credential('alice-token'));
    monitor.watch('bob', credential('bob-token'));
    await advance(MINUTE);
    expect(checked.sort()).toStrictEqual(['alice-token', 'bob-token']);
    expect(ended).toStrictEqual([]);
    revoked.add('bob-token');
    await advance(MINUTE - 1);
    expect(ended).toStrictEqual([]);
    await advance(1);
    expect(ended).toMatchObject([{ key: 'bob', reason: 'token-revoked', message: expect.stringMatching(/revoked/) }]);
    expect(monitor.size).toBe(1);
    // Checks go on after a sweep that ended someone.
    await advance(MINUTE);
    expect(checked.filter((t) => t === 'alice-token')).toHaveLength(3);
  });

  it('checks a token shared by several sessions once, and ends all of them when it is revoked', async () => {
    const { monitor, revoked, checked, ended, credential, advance } = setup();
    monitor.watch('tab-1', credential('shared'));
    monitor.watch('tab-2', credential('shared'));
    await advance(MINUTE);
    expect(checked).toStrictEqual(['shared']);
    revoked.add('shared');
    await advance(MINUTE);
    expect(ended.map((e) => [e.key, e.reason])).toStrictEqual([
      ['tab-1', 'token-revoked'],
      ['tab-2', 'token-revoked'],
    ]);
  });

  it('does not cut anyone off when the revocation check cannot be made, counts it, and retries with backoff', async () => {
    const { clock, monitor, ended, credential, advance, setUnreachable, checked, failures, revoked } = setup();
    const start = clock.now();
    const checkedAt: number[] = [];
    monitor.watch('s1', credential('t1'));
    setUnreachable(true);
    await advance(MINUTE);
    checkedAt.push(clock.now() - start);
    // Retries 1 s, 2 s, 4 s, 8 s after each failed sweep.
    for (const wait of [1_000, 2_000, 4_000, 8_000]) {
      await advance(wait - 1);
      expect(checked).toHaveLength(checkedAt.length);
      await advance(1);
      checkedAt.push(clock.now() - start);
    }
    expect(checkedAt).toStrictEqual([60_000, 61_000, 63_000, 67_000, 75_000]);
    expect(checked).toHaveLength(5);
    expect(failures).toHaveLength(5);
    expect(ended).toStrictEqual([]);
    expect(monitor.size).toBe(1);
    // Back up, and the user was revoked meanwhile: the next retry ends the session.
    setUnreachable(false);
    revoked.add('t1');
    await advance(16_000);
    expect(ended).toMatchObject([{ key: 's1', reason: 'token-revoked' }]);
  });

  it('backs off no further than the check interval, and returns to it once a sweep succeeds', async () => {
    const { monitor, credential, advance, setUnreachable, checked } = setup();
    monitor.watch('s1', credential('t1', 600 * MINUTE));
    setUnreachable(true);
    await advance(MINUTE);
    for (const wait of [1, 2, 4, 8, 16, 32, 60, 60]) await advance(wait * 1_000);
    expect(checked).toHaveLength(9);
    setUnreachable(false);
    await advance(MINUTE);
    expect(checked).toHaveLength(10);
    await advance(MINUTE - 1_000);
    expect(checked).toHaveLength(10);
    await advance(1_000);
    expect(checked).toHaveLength(11);
  });

  it('ignores a failed check of a token the session has since replaced', async () => {
    const { monitor, revoked, ended, credential } = setup();
    monitor.watch('s1', credential('old'));
    revoked.add('old');
    const sweep = monitor.sweep();
    // The client refreshes while the check of its old token is in flight.
    monitor.watch('s1', credential('new'));
    await sweep;
    expect(ended).toStrictEqual([]);
    expect(monitor.size).toBe(1);
  });

  it('forgets unwatched sessions and stops everything on close', async () => {
    const { monitor, checked, ended, warned, credential, advance } = setup();
    monitor.watch('s1', credential('t1', 5 * MINUTE));
    monitor.watch('s2', credential('t2', 5 * MINUTE));
    monitor.unwatch('s1');
    await advance(MINUTE);
    expect(checked).toStrictEqual(['t2']);
    monitor.close();
    await advance(10 * MINUTE);
    expect(checked).toStrictEqual(['t2']);
    expect(ended).toStrictEqual([]);
    expect(warned).toStrictEqual([]);
    monitor.watch('s3', credential('t3', MINUTE));
    await advance(2 * MINUTE);
    expect(ended).toStrictEqual([]);
  });
});
