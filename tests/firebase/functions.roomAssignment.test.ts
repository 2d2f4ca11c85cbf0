// The room transaction, called in-process so that first joins really race (the Functions emulator
// serves one call at a time, which would hide a missing transaction).
import { beforeEach, describe, expect, it } from '@jest/globals';
import { collections } from '@chorus/protocol';
import { assignRoom } from '../../functions/src/roomAssignment.js';
import { adminFirestore, clearFirestore, registerNode } from '../support/firebase.js';

beforeEach(async () => {
  await clearFirestore();
});

describe('assignRoom', () => {
  it('gives racing first joins one node, although each alone would pick at random among idle nodes', async () => {
    for (const id of ['n1', 'n2', 'n3', 'n4']) await registerNode(id);
    const db = adminFirestore();
    const placements = await Promise.all(Array.from({ length: 8 }, () => assignRoom(db, 'crowded', Date.now())));
    const nodeIds = new Set(placements.map((placement) => (placement.kind === 'none' ? null : placement.node.nodeId)));
    expect(nodeIds.size).toBe(1);
    expect((await db.collection(collections.rooms).doc('crowded').get()).get('nodeId')).toBe([...nodeIds][0]);
    // Exactly one of them assigned the room; the others found it assigned.
    expect(placements.filter((placement) => placement.kind === 'assigned')).toHaveLength(1);
  });

  it('spreads new rooms over equally idle nodes', async () => {
    for (const id of ['n1', 'n2', 'n3', 'n4']) await registerNode(id);
    const db = adminFirestore();
    const nodeIds = new Set<string>();
    for (let room = 0; room < 12; room++) {
      const placement = await assignRoom(db, `room-${room}`, Date.now());
      if (placement.kind !== 'none') nodeIds.add(placement.node.nodeId);
    }
    // With a fixed order all 12 would land on one node; at random, all on one has odds 4^-11.
    expect(nodeIds.size).toBeGreaterThan(1);
  });
});
