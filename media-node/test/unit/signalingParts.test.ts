import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it, mock } from 'node:test';
import { notification } from '@chorus/protocol';
import { pickLeastLoaded } from '../../src/media/placement.js';
import { RateLimiter } from '../../src/signaling/RateLimiter.js';
import { SessionRegistry } from '../../src/signaling/SessionRegistry.js';
import { createTurnCredential, iceServersFor } from '../../src/turn/turnCredentials.js';

describe('pickLeastLoaded', () => {
  it('picks the worker with the fewest routers, the first on ties', () => {
    assert.equal(pickLeastLoaded([{ item: 'a', load: 2 }, { item: 'b', load: 1 }, { item: 'c', load: 1 }]), 'b');
    assert.equal(pickLeastLoaded([{ item: 'a', load: 0 }, { item: 'b', load: 0 }]), 'a');
  });
  it('spreads successive rooms over the pool', () => {
    const loads = new Map([['w1', 0], ['w2', 0], ['w3', 0]]);
    for (let i = 0; i < 9; i++) {
      const pick = pickLeastLoaded([...loads].map(([item, load]) => ({ item, load })));
      loads.set(pick, (loads.get(pick) ?? 0) + 1);
    }
    assert.deepEqual([...loads.values()], [3, 3, 3]);
  });
  it('fails clearly with no worker', () => assert.throws(() => pickLeastLoaded([]), /no worker available/));
});

describe('RateLimiter', () => {
  it('allows a burst, then refills at the configured rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 5, () => now);
    for (let i = 0; i < 5; i++) assert.equal(limiter.tryTake(), true);
    assert.equal(limiter.tryTake(), false);
    now += 100; // one token at 10/s
    assert.equal(limiter.tryTake(), true);
    assert.equal(limiter.tryTake(), false);
    now += 10_000; // never more than the burst
    let allowed = 0;
    while (limiter.tryTake()) allowed++;
    assert.equal(allowed, 5);
  });
});

describe('TURN REST credentials', () => {
  it('puts the expiry in the username and signs it with HMAC-SHA1 of the shared secret', () => {
    const { username, credential, expiresAt } = createTurnCredential('secret', 'peer-1', 600, 1_700_000_000_000);
    assert.equal(expiresAt, 1_700_000_600);
    assert.equal(username, '1700000600:peer-1');
    assert.equal(credential, createHmac('sha1', 'secret').update('1700000600:peer-1').digest('base64'));
  });
  it('keeps the user part free of the separator', () => {
    assert.equal(createTurnCredential('s', 'a:b', 60, 0).username, '60:a_b');
  });
  it('hands out STUN as configured and TURN only with a secret', () => {
    const servers = iceServersFor({ stunUrls: ['stun:x'], turnUrls: ['turn:x'], turnSecret: 'k', turnTtlSeconds: 60 }, 'u', 0);
    assert.deepEqual(servers[0], { urls: ['stun:x'] });
    assert.equal(servers[1]?.username, '60:u');
    assert.deepEqual(iceServersFor({ stunUrls: [], turnUrls: ['turn:x'], turnTtlSeconds: 60 }, 'u'), []);
  });
});

describe('SessionRegistry', () => {
  const note = notification('consumerClosed', { consumerId: 'c', reason: 'r' });

  it('resumes a dropped session within the grace period, with what it missed', () => {
    const registry = new SessionRegistry(60_000);
    const first = mock.fn();
    const session = registry.open(first);
    registry.detach(session);
    session.deliver(note);
    assert.equal(first.mock.callCount(), 0);
    const second = mock.fn();
    const resumed = registry.resume(session.token, second);
    assert.equal(resumed?.session, session);
    assert.deepEqual(resumed?.missed, [note]);
    session.deliver(note);
    assert.equal(second.mock.callCount(), 1);
    registry.closeAll();
  });

  it('refuses to hand an attached session to a second connection', () => {
    const registry = new SessionRegistry(60_000);
    const session = registry.open(() => {});
    assert.equal(registry.resume(session.token, () => {}), null);
    assert.equal(registry.resume('no-such-token', () => {}), null);
    registry.closeAll();
  });

  it('closes the session once the grace period is over', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const registry = new SessionRegistry(5_000);
      const session = registry.open(() => {});
      const close = mock.method(session, 'close');
      registry.detach(session);
      mock.timers.tick(4_999);
      assert.equal(close.mock.callCount(), 0);
      mock.timers.tick(1);
      assert.equal(close.mock.callCount(), 1);
      assert.equal(registry.size, 0);
      assert.equal(registry.resume(session.token, () => {}), null);
    } finally {
      mock.timers.reset();
    }
  });
});
