import { createHmac } from 'node:crypto';
import { describe, expect, it, jest } from '@jest/globals';
import { notification } from '@chorus/protocol';
import { pickLeastLoaded } from '../../src/media/placement.js';
import { RateLimiter } from '../../src/signaling/RateLimiter.js';
import { SessionRegistry } from '../../src/signaling/SessionRegistry.js';
import { createTurnCredential, iceServersFor } from '@chorus/protocol/turn';

describe('pickLeastLoaded', () => {
  it('picks the worker with the fewest routers, the first on ties', () => {
    expect(
      pickLeastLoaded([
        { item: 'a', load: 2 },
        { item: 'b', load: 1 },
        { item: 'c', load: 1 },
      ]),
    ).toBe('b');
    expect(
      pickLeastLoaded([
        { item: 'a', load: 0 },
        { item: 'b', load: 0 },
      ]),
    ).toBe('a');
  });
  it('spreads successive rooms over the pool', () => {
    const loads = new Map([
      ['w1', 0],
      ['w2', 0],
      ['w3', 0],
    ]);
    for (let i = 0; i < 9; i++) {
      const pick = pickLeastLoaded([...loads].map(([item, load]) => ({ item, load })));
      loads.set(pick, (loads.get(pick) ?? 0) + 1);
    }
    expect([...loads.values()]).toStrictEqual([3, 3, 3]);
  });
  it('fails clearly with no worker', () => expect(() => pickLeastLoaded([])).toThrow(/no worker available/));
});

describe('RateLimiter', () => {
  it('allows a burst, then refills at the configured rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 5, () => now);
    for (let i = 0; i < 5; i++) expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
    now += 100; // one token at 10/s
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
    now += 10_000; // never more than the burst
    let allowed = 0;
    while (limiter.tryTake()) allowed++;
    expect(allowed).toBe(5);
  });
  it('answers a request over the rate with RATE_LIMITED', () => {
    const limiter = RateLimiter.forClient({ perSecond: 1, burst: 1 });
    expect(limiter.admit()).toBeNull();
    expect(limiter.admit()?.code).toBe('RATE_LIMITED');
  });
});

describe('TURN REST credentials', () => {
  it('puts the expiry in the username and signs it with HMAC-SHA1 of the shared secret', () => {
    const { username, credential, expiresAt } = createTurnCredential('secret', 'peer-1', 600, 1_700_000_000_000);
    expect(expiresAt).toBe(1_700_000_600);
    expect(username).toBe('1700000600:peer-1');
    expect(credential).toBe(createHmac('sha1', 'secret').update('1700000600:peer-1').digest('base64'));
  });
  it('keeps the user part free of the separator', () => {
    expect(createTurnCredential('s', 'a:b', 60, 0).username).toBe('60:a_b');
  });
  it('hands out STUN as configured and TURN only with a secret', () => {
    const { iceServers, expiresAtMs } = iceServersFor(
      { stunUrls: ['stun:x'], turnUrls: ['turn:x'], turnSecret: 'k', turnTtlSeconds: 60 },
      'u',
      1_500,
    );
    expect(iceServers[0]).toStrictEqual({ urls: ['stun:x'] });
    expect(iceServers[1]?.username).toBe('61:u');
    expect(expiresAtMs).toBe(61_000);
    expect(iceServersFor({ stunUrls: [], turnUrls: ['turn:x'], turnTtlSeconds: 60 }, 'u', 1_500)).toStrictEqual({
      iceServers: [],
      expiresAtMs: 61_500,
    });
  });
});

describe('SessionRegistry', () => {
  const note = notification('consumerClosed', { consumerId: 'c', reason: 'r' });

  it('resumes a dropped session within the grace period, with what it missed', () => {
    const registry = new SessionRegistry(60_000);
    const first = jest.fn();
    const session = registry.open(first);
    registry.detach(session);
    session.deliver(note);
    expect(first).toHaveBeenCalledTimes(0);
    const second = jest.fn();
    const resumed = registry.resume(session.token, second);
    expect(resumed?.session).toBe(session);
    expect(resumed?.missed).toStrictEqual([note]);
    session.deliver(note);
    expect(second).toHaveBeenCalledTimes(1);
    registry.closeAll();
  });

  it('refuses to hand an attached session to a second connection', () => {
    const registry = new SessionRegistry(60_000);
    const session = registry.open(() => {});
    expect(registry.resume(session.token, () => {})).toBeNull();
    expect(registry.resume('no-such-token', () => {})).toBeNull();
    registry.closeAll();
  });

  it('closes the session once the grace period is over', () => {
    // Only setTimeout and clearTimeout are faked: the grace timer uses them and nothing else.
    jest.useFakeTimers({
      doNotFake: ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval'],
    });
    try {
      const registry = new SessionRegistry(5_000);
      const session = registry.open(() => {});
      const close = jest.spyOn(session, 'close');
      registry.detach(session);
      jest.advanceTimersByTime(4_999);
      expect(close).toHaveBeenCalledTimes(0);
      jest.advanceTimersByTime(1);
      expect(close).toHaveBeenCalledTimes(1);
      expect(registry.size).toBe(0);
      expect(registry.resume(session.token, () => {})).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});
