// Reads the node registry and places a room on a node, recording the choice in rooms/{roomId}.
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { collections, NodeRecordSchema, RoomRecordSchema } from '@chorus/protocol';
import { placeRoom, type NodeCandidate, type RoomPlacement } from './nodeSelection.js';

/** lastJoinAt is refreshed at most this often, so a crowd joining one room does not queue on its document. */
const LAST_JOIN_RESOLUTION_MS = 60_000;

function millisOf(value: unknown): number | null {
  return value instanceof Timestamp ? value.toMillis() : null;
}

/** The registered nodes that say they are up. Malformed records are skipped, and logged. */
export async function readUpNodes(db: Firestore): Promise<NodeCandidate[]> {
  const snapshot = await db.collection(collections.nodes).where('state', '==', 'up').get();
  const nodes: NodeCandidate[] = [];
  for (const doc of snapshot.docs) {
    const parsed = NodeRecordSchema.safeParse(doc.data());
    const heartbeatMs = millisOf(doc.get('heartbeatAt'));
    if (!parsed.success || heartbeatMs === null || parsed.data.nodeId !== doc.id) {
      logger.warn('skipping a malformed node record', { nodeId: doc.id });
      continue;
    }
    nodes.push({ record: parsed.data, heartbeatMs });
  }
  return nodes;
}

/**
 * Places the room and records the placement. The registry is read before the transaction, so
 * heartbeats (which rewrite node documents every few seconds) never contend with joins; the
 * transaction covers the room document alone, which is what two concurrent first joins must agree on:
 * the second one retries, finds the room assigned, and follows it.
 */
export async function assignRoom(db: Firestore, roomId: string, nowMs: number, random?: () => number): Promise<RoomPlacement> {
  const nodes = await readUpNodes(db);
  const roomRef = db.collection(collections.rooms).doc(roomId);
  return db.runTransaction(async (tx) => {
    const room = await tx.get(roomRef);
    const parsed = room.exists ? RoomRecordSchema.safeParse(room.data()) : null;
    const placement = placeRoom(parsed?.success ? parsed.data.nodeId : null, nodes, nowMs, random);
    if (placement.kind === 'assigned') {
      tx.set(roomRef, {
        nodeId: placement.node.nodeId,
        assignedAt: FieldValue.serverTimestamp(),
        lastJoinAt: FieldValue.serverTimestamp(),
      });
    } else if (placement.kind === 'sticky') {
      const lastJoinMs = millisOf(room.get('lastJoinAt'));
      if (lastJoinMs === null || nowMs - lastJoinMs > LAST_JOIN_RESOLUTION_MS) {
        tx.update(roomRef, { lastJoinAt: FieldValue.serverTimestamp() });
      }
    }
    return placement;
  });
}
