// Deletes what nobody will read again: nodes whose heartbeat stopped, sessions past their maximum
// age (with their commands and notifications), and old commands and notifications of live sessions
// (but for each session's latest notification).
// Rooms are left alone: a room on a dead node is moved by its next joinRoom.
import { Timestamp, type Firestore, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { collections, NODE_STALE_MS } from '@chorus/protocol';
import type { CleanupLimits } from './config.js';

const PAGE = 300;

export interface CleanupReport {
  nodes: number;
  sessions: number;
  commands: number;
  notifications: number;
}

/** Deletes what the query matches, a page at a time, until nothing matches. */
async function deleteMatching(db: Firestore, query: Query, recursive = false): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await query.limit(PAGE).get();
    if (page.empty) return deleted;
    if (recursive) {
      for (const doc of page.docs) await db.recursiveDelete(doc.ref);
    } else {
      const writer = db.bulkWriter();
      for (const doc of page.docs) void writer.delete(doc.ref);
      await writer.close();
    }
    deleted += page.size;
  }
}

/**
 * Deletes notifications older than `cutoff`, except each live session's latest: a media node that picks a
 * session up again continues its `seq` from the latest notification, and the client skips any
 * `seq` it has already seen, so losing the latest would silence the session. A session whose document
 * is gone (its client deleted it, which leaves the subcollections behind) keeps nothing.
 */
async function deleteOldNotifications(db: Firestore, cutoff: Timestamp): Promise<number> {
  const old = db.collectionGroup(collections.notifications).where('at', '<', cutoff).orderBy('at').limit(PAGE);
  const latestOf = new Map<string, string | undefined>();
  let deleted = 0;
  let cursor: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (cursor ? old.startAfter(cursor) : old).get();
    if (page.empty) return deleted;
    cursor = page.docs[page.docs.length - 1];
    const writer = db.bulkWriter();
    for (const doc of page.docs) {
      const notifications = doc.ref.parent;
      if (!latestOf.has(notifications.path)) {
        const [session, latest] = await Promise.all([notifications.parent?.get(), notifications.orderBy('seq', 'desc').limit(1).get()]);
        latestOf.set(notifications.path, session?.exists ? latest.docs[0]?.id : undefined);
      }
      if (latestOf.get(notifications.path) === doc.id) continue;
      void writer.delete(doc.ref);
      deleted += 1;
    }
    await writer.close();
  }
}

/**
 * One pass of the cleanup at `nowMs`. Plain, so tests run it against the emulator (whose scheduler
 * does not fire on demand); the scheduled function calls it every few minutes.
 */
export async function cleanupStale(db: Firestore, nowMs: number, limits: CleanupLimits): Promise<CleanupReport> {
  const before = (ms: number) => Timestamp.fromMillis(nowMs - ms);
  const nodes = await deleteMatching(db, db.collection(collections.nodes).where('heartbeatAt', '<', before(NODE_STALE_MS)));
  const sessions = await deleteMatching(db, db.collection(collections.sessions).where('createdAt', '<', before(limits.sessionMaxAgeMs)), true);
  // Collection-group queries: they need the single-field overrides in firestore.indexes.json.
  const commands = await deleteMatching(db, db.collectionGroup(collections.commands).where('createdAt', '<', before(limits.messageMaxAgeMs)));
  const notifications = await deleteOldNotifications(db, before(limits.messageMaxAgeMs));
  return { nodes, sessions, commands, notifications };
}
