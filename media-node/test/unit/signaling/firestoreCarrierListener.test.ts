import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, jest } from '@jest/globals';
import type { Firestore } from 'firebase-admin/firestore';
import { createLogger } from '../../../src/logger.js';
import { FirestoreCarrier, type FirestoreCarrierSettings } from '../../../src/signaling/FirestoreCarrier.js';
import type { ProtocolHandler } from '../../../src/signaling/ProtocolHandler.js';
import { SessionRegistry } from '../../../src/signaling/SessionRegistry.js';

type Next = (snapshot: { docChanges(): never[] }) => void;
type Fail = (error: Error) => void;

/** Just the query the carrier listens on: each subscription is recorded and answered by the test. */
function fakeFirestore() {
  const subscriptions: { at: number; next: Next; fail: Fail; unsubscribed: boolean; filters: unknown[][] }[] = [];
  const pending: unknown[] = [];
  const query = (filters: unknown[][]) => ({
    where: (...filter: unknown[]) => query([...filters, filter]),
    get: () => Promise.resolve({ docs: pending }),
    onSnapshot: (next: Next, fail: Fail) => {
      const subscription = { at: performance.now(), next, fail, unsubscribed: false, filters };
      subscriptions.push(subscription);
      return () => (subscription.unsubscribed = true);
    },
  });
  const db = { collectionGroup: (name: string) => query([['collectionGroup', name]]) } as unknown as Firestore;
  return { db, subscriptions, pending };
}

const failedPrecondition = () => Object.assign(new Error('9 FAILED_PRECONDITION: the query requires an index'), { code: 9 });

async function until(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(5);
  }
}

/** A carrier of node-7 with nothing behind it: these tests watch only how it listens and polls. */
function carrierOn(db: Firestore, settings: Partial<FirestoreCarrierSettings> = {}): FirestoreCarrier {
  return new FirestoreCarrier(
    db,
    {} as ProtocolHandler,
    new SessionRegistry(0),
    null,
    { nodeId: 'node-7', rateLimit: { perSecond: 1, burst: 1 }, ...settings },
    createLogger('silent'),
  );
}

describe('FirestoreCarrier listener', () => {
  it('listens for the pending commands of its own node', async () => {
    const { db, subscriptions } = fakeFirestore();
    const carrier = carrierOn(db);
    carrier.start();
    expect(subscriptions[0]!.filters).toStrictEqual([
      ['collectionGroup', 'commands'],
      ['nodeId', '==', 'node-7'],
      ['state', '==', 'pending'],
    ]);
    await carrier.close();
    expect(subscriptions[0]!.unsubscribed).toBe(true);
  });

  it('subscribes again with a growing delay after the listener fails, until a snapshot arrives', async () => {
    const { db, subscriptions } = fakeFirestore();
    const carrier = carrierOn(db, { resubscribe: { initialMs: 40, maxMs: 1_000 } });
    let listening = 0;
    carrier.on('listening', () => listening++);
    carrier.start();
    subscriptions[0]!.fail(failedPrecondition());
    await until(() => subscriptions.length === 2);
    subscriptions[1]!.fail(failedPrecondition());
    await until(() => subscriptions.length === 3);
    const firstDelay = subscriptions[1]!.at - subscriptions[0]!.at;
    const secondDelay = subscriptions[2]!.at - subscriptions[1]!.at;
    expect(firstDelay).toBeGreaterThanOrEqual(35);
    expect(secondDelay).toBeGreaterThanOrEqual(75);
    expect(listening).toBe(0);

    subscriptions[2]!.next({ docChanges: () => [] });
    expect(listening).toBe(1);
    // Back to the first delay once a subscription worked.
    subscriptions[2]!.fail(failedPrecondition());
    await until(() => subscriptions.length === 4);
    expect(subscriptions[3]!.at - subscriptions[2]!.at).toBeLessThan(75);

    await carrier.close();
    expect(subscriptions[3]!.unsubscribed).toBe(true);
  });

  it('picks up, by polling, a pending command the listener has not delivered for a while', async () => {
    const { db, pending } = fakeFirestore();
    const carrier = carrierOn(db, { pollMs: 20 });
    const received = jest.spyOn(carrier, 'receive').mockImplementation(() => {});
    const command = (path: string, ageMs: number) => ({
      ref: { path },
      get: (field: string) => (field === 'createdAt' ? { toMillis: () => Date.now() - ageMs } : undefined),
    });
    // Just written: the listener's to deliver. Waiting for 5 s: missed.
    pending.push(command('sessions/s/commands/new', 100), command('sessions/s/commands/old', 5_000));
    carrier.start();
    await until(() => received.mock.calls.length > 0);
    expect((received.mock.calls[0]![0] as readonly { ref: { path: string } }[]).map((doc) => doc.ref.path)).toStrictEqual([
      'sessions/s/commands/old',
    ]);
    await carrier.close();
  });

  it('does not subscribe again once closed', async () => {
    const { db, subscriptions } = fakeFirestore();
    const carrier = carrierOn(db, { resubscribe: { initialMs: 20, maxMs: 20 } });
    carrier.start();
    subscriptions[0]!.fail(failedPrecondition());
    await carrier.close();
    await sleep(60);
    expect(subscriptions).toHaveLength(1);
  });
});
