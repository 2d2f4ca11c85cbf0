// The scheduled cleanup's one pass, run directly against the emulator's Firestore.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Timestamp } from 'firebase-admin/firestore';
import { collections, NODE_STALE_MS } from '@chorus/protocol';
import { cleanupStale } from '../../functions/src/cleanup.js';
import { adminFirestore, clearFirestore } from '../support/firebase.js';

const NOW = Date.now();
const LIMITS = { sessionMaxAgeMs: 24 * 3_600_000, messageMaxAgeMs: 15 * 60_000 };
const ago = (ms: number) => Timestamp.fromMillis(NOW - ms);

async function exists(path: string): Promise<boolean> {
  return (await adminFirestore().doc(path).get()).exists;
}

beforeEach(async () => {
  await clearFirestore();
});

describe('cleanupStale', () => {
  it('deletes dead nodes, old sessions with everything under them, and old messages; keeps the rest', async () => {
    const db = adminFirestore();
    const writes: Array<[string, Record<string, unknown>]> = [
      ['nodes/alive', { nodeId: 'alive', heartbeatAt: ago(NODE_STALE_MS - 5_000) }],
      ['nodes/dead', { nodeId: 'dead', heartbeatAt: ago(NODE_STALE_MS + 5_000) }],
      ['rooms/r1', { nodeId: 'dead', assignedAt: ago(3_600_000), lastJoinAt: ago(3_600_000) }],
      ['sessions/old', { uid: 'u1', nodeId: 'alive', roomId: 'r1', createdAt: ago(LIMITS.sessionMaxAgeMs + 60_000) }],
      ['sessions/old/commands/c1', { uid: 'u1', createdAt: ago(60_000) }],
      ['sessions/old/notifications/n1', { method: 'x', seq: 0, at: ago(60_000) }],
      ['sessions/young', { uid: 'u2', nodeId: 'alive', roomId: 'r1', createdAt: ago(3_600_000) }],
      ['sessions/young/commands/stale', { uid: 'u2', createdAt: ago(LIMITS.messageMaxAgeMs + 60_000) }],
      ['sessions/young/commands/fresh', { uid: 'u2', createdAt: ago(60_000) }],
      ['sessions/young/notifications/stale', { method: 'x', seq: 0, at: ago(LIMITS.messageMaxAgeMs + 60_000) }],
      ['sessions/young/notifications/fresh', { method: 'x', seq: 1, at: ago(60_000) }],
      // A quiet session: all its notifications are old, and the latest stays, for its seq.
      ['sessions/quiet', { uid: 'u3', nodeId: 'alive', roomId: 'r1', createdAt: ago(3_600_000) }],
      ['sessions/quiet/notifications/first', { method: 'x', seq: 0, at: ago(LIMITS.messageMaxAgeMs + 120_000) }],
      ['sessions/quiet/notifications/latest', { method: 'x', seq: 1, at: ago(LIMITS.messageMaxAgeMs + 60_000) }],
      // What a client's delete of its session document left behind: nothing of it is kept.
      ['sessions/deleted/commands/left', { uid: 'u4', createdAt: ago(LIMITS.messageMaxAgeMs + 60_000) }],
      ['sessions/deleted/notifications/latest', { method: 'x', seq: 3, at: ago(LIMITS.messageMaxAgeMs + 60_000) }],
    ];
    for (const [path, data] of writes) await db.doc(path).set(data);

    const report = await cleanupStale(db, NOW, LIMITS);

    expect(report).toStrictEqual({ nodes: 1, sessions: 1, commands: 2, notifications: 3 });
    const survivors = [];
    for (const [path] of writes) if (await exists(path)) survivors.push(path);
    expect(survivors).toStrictEqual([
      'nodes/alive',
      'rooms/r1',
      'sessions/young',
      'sessions/young/commands/fresh',
      'sessions/young/notifications/fresh',
      'sessions/quiet',
      'sessions/quiet/notifications/latest',
    ]);
    // A second pass finds nothing left to do.
    expect(await cleanupStale(db, NOW, LIMITS)).toStrictEqual({ nodes: 0, sessions: 0, commands: 0, notifications: 0 });
    expect((await db.collection(collections.sessions).get()).size).toBe(2);
  });
});
