import { describe, expect, it } from '@jest/globals';
import { NODE_STALE_MS, type NodeRecord } from '@chorus/protocol';
import { isHealthy, leastLoadedNode, loadScore, placeRoom, signalingUrlOf, type NodeCandidate } from '../src/nodeSelection.js';

const NOW = 1_800_000_000_000;

function node(
  nodeId: string,
  options: { consumers?: number; maxConsumers?: number; rooms?: number; state?: 'up' | 'draining'; ageMs?: number } = {},
): NodeCandidate {
  const record: NodeRecord = {
    nodeId,
    publicUrl: `wss://${nodeId}.example`,
    signalingPath: '/ws',
    region: 'europe-west1',
    capacity: { workers: 2, maxConsumers: options.maxConsumers ?? 1000 },
    load: { workers: 2, rooms: options.rooms ?? 0, transports: 0, producers: 0, consumers: options.consumers ?? 0, utteranceStoreBytes: 0 },
    state: options.state ?? 'up',
    startedAt: null,
    heartbeatAt: null,
  };
  return { record, heartbeatMs: NOW - (options.ageMs ?? 1000) };
}

describe('isHealthy', () => {
  it('wants state up and a heartbeat no older than NODE_STALE_MS', () => {
    expect(isHealthy(node('a', { ageMs: NODE_STALE_MS }), NOW)).toBe(true);
    expect(isHealthy(node('a', { ageMs: NODE_STALE_MS + 1 }), NOW)).toBe(false);
    expect(isHealthy(node('a', { state: 'draining' }), NOW)).toBe(false);
  });
});

describe('loadScore', () => {
  it('is the share of consumer capacity in use, then rooms; none for a full node or one without capacity', () => {
    expect(loadScore(node('a', { consumers: 250, maxConsumers: 1000, rooms: 3 }).record)).toStrictEqual({ used: 0.25, rooms: 3 });
    expect(loadScore(node('a', { consumers: 1000, maxConsumers: 1000 }).record)).toBeNull();
    expect(loadScore(node('a', { maxConsumers: 0 }).record)).toBeNull();
  });
});

describe('leastLoadedNode', () => {
  it('compares load relative to capacity, not absolute consumers', () => {
    const nodes = [node('small', { consumers: 50, maxConsumers: 100 }), node('big', { consumers: 300, maxConsumers: 1000 })];
    expect(leastLoadedNode(nodes, NOW)?.nodeId).toBe('big');
  });

  it('breaks an equal share by fewer rooms', () => {
    const nodes = [node('a', { consumers: 10, rooms: 4 }), node('b', { consumers: 10, rooms: 2 })];
    expect(leastLoadedNode(nodes, NOW)?.nodeId).toBe('b');
  });

  it('ignores stale, draining and full nodes however idle they look', () => {
    const nodes = [
      node('stale', { ageMs: NODE_STALE_MS + 1 }),
      node('draining', { state: 'draining' }),
      node('full', { consumers: 100, maxConsumers: 100 }),
      node('busy', { consumers: 900 }),
    ];
    expect(leastLoadedNode(nodes, NOW)?.nodeId).toBe('busy');
  });

  it('spreads exact ties at random', () => {
    const nodes = [node('a'), node('b'), node('c')];
    expect(leastLoadedNode(nodes, NOW, () => 0)?.nodeId).toBe('a');
    expect(leastLoadedNode(nodes, NOW, () => 0.5)?.nodeId).toBe('b');
    expect(leastLoadedNode(nodes, NOW, () => 0.999)?.nodeId).toBe('c');
  });

  it('finds nothing without a usable node', () => {
    expect(leastLoadedNode([], NOW)).toBeNull();
    expect(leastLoadedNode([node('stale', { ageMs: NODE_STALE_MS * 2 })], NOW)).toBeNull();
  });
});

describe('placeRoom', () => {
  it('keeps a room on its healthy node even when another is idler or it is full', () => {
    const nodes = [node('old', { consumers: 1000, maxConsumers: 1000 }), node('idle')];
    expect(placeRoom('old', nodes, NOW)).toMatchObject({ kind: 'sticky', node: { nodeId: 'old' } });
  });

  it('moves a room whose node is stale, draining or gone, saying where it was', () => {
    for (const gone of [[node('old', { ageMs: NODE_STALE_MS + 1 })], [node('old', { state: 'draining' })], []]) {
      const placement = placeRoom('old', [...gone, node('new')], NOW);
      expect(placement).toMatchObject({ kind: 'assigned', node: { nodeId: 'new' }, previousNodeId: 'old' });
    }
  });

  it('assigns a new room to the least-loaded node', () => {
    expect(placeRoom(null, [node('a', { consumers: 5 }), node('b')], NOW)).toMatchObject({
      kind: 'assigned',
      node: { nodeId: 'b' },
      previousNodeId: null,
    });
  });

  it('has nothing to offer without a healthy node', () => {
    expect(placeRoom('old', [node('old', { state: 'draining' })], NOW)).toStrictEqual({ kind: 'none' });
  });
});

describe('signalingUrlOf', () => {
  it('joins the public URL and the path with exactly one slash', () => {
    expect(signalingUrlOf({ ...node('a').record, publicUrl: 'ws://127.0.0.1:3000/', signalingPath: 'ws' })).toBe('ws://127.0.0.1:3000/ws');
    expect(signalingUrlOf(node('a').record)).toBe('wss://a.example/ws');
  });
});
