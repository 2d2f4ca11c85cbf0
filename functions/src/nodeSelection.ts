// Which media node serves a room. Pure: the caller reads the registry and the room, and this
// decides. A room stays on its node while that node is healthy, so everyone in it meets on one SFU.
import { NODE_STALE_MS, type NodeRecord } from '@chorus/protocol';

/** A registry entry as read, with its heartbeat as ms since the epoch (a Timestamp in Firestore). */
export interface NodeCandidate {
  record: NodeRecord;
  heartbeatMs: number;
}

/** Up, and beat within NODE_STALE_MS. A draining node is alive but takes no one new. */
export function isHealthy(node: NodeCandidate, nowMs: number): boolean {
  return node.record.state === 'up' && nowMs - node.heartbeatMs <= NODE_STALE_MS;
}

/**
 * How busy a node is, lower is better: the share of its consumer capacity in use (consumers are what
 * grows with viewers), then its room count. A node without consumer capacity, or with none left,
 * gets no new room.
 */
export function loadScore(record: NodeRecord): { used: number; rooms: number } | null {
  const { maxConsumers } = record.capacity;
  if (maxConsumers <= 0 || record.load.consumers >= maxConsumers) return null;
  return { used: record.load.consumers / maxConsumers, rooms: record.load.rooms };
}

/**
 * The least-loaded healthy node with room to spare, or null. Ties are broken at random: loads are
 * up to a heartbeat old, and a fixed order would send a burst of new rooms to the same node.
 */
export function leastLoadedNode(nodes: NodeCandidate[], nowMs: number, random: () => number = Math.random): NodeRecord | null {
  let best: NodeRecord[] = [];
  let bestScore: { used: number; rooms: number } | null = null;
  for (const node of nodes) {
    if (!isHealthy(node, nowMs)) continue;
    const score = loadScore(node.record);
    if (!score) continue;
    const order = bestScore ? score.used - bestScore.used || score.rooms - bestScore.rooms : -1;
    if (order < 0) {
      best = [node.record];
      bestScore = score;
    } else if (order === 0) {
      best.push(node.record);
    }
  }
  if (!best.length) return null;
  return best[Math.min(best.length - 1, Math.floor(random() * best.length))]!;
}

export type RoomPlacement =
  { kind: 'sticky'; node: NodeRecord } | { kind: 'assigned'; node: NodeRecord; previousNodeId: string | null } | { kind: 'none' };

/**
 * Where a room goes: its current node if that node is healthy (even when full: a room cannot span
 * nodes), else the least-loaded healthy node. `previousNodeId` tells a reassignment from a new room.
 */
export function placeRoom(currentNodeId: string | null, nodes: NodeCandidate[], nowMs: number, random?: () => number): RoomPlacement {
  if (currentNodeId) {
    const current = nodes.find((node) => node.record.nodeId === currentNodeId);
    if (current && isHealthy(current, nowMs)) return { kind: 'sticky', node: current.record };
  }
  const node = leastLoadedNode(nodes, nowMs, random);
  return node ? { kind: 'assigned', node, previousNodeId: currentNodeId } : { kind: 'none' };
}

/** The URL a client opens: the node's public URL and its signaling path. */
export function signalingUrlOf(record: NodeRecord): string {
  const base = record.publicUrl.replace(/\/+$/, '');
  const path = record.signalingPath.startsWith('/') ? record.signalingPath : `/${record.signalingPath}`;
  return `${base}${path}`;
}
