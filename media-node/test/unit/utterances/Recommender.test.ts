import { describe, expect, test } from '@jest/globals';
import { RandomRecommender, type UtteranceCandidate } from '../../../src/utterances/Recommender.js';

const candidate = (id: string, speakerId: string): UtteranceCandidate => ({ id, speakerId, state: 'complete', startedAt: 0 });
const candidates = [candidate('u1', 'alice'), candidate('u2', 'bob'), candidate('u3', 'carol'), candidate('u4', 'viewer')];

describe('RandomRecommender', () => {
  test('never picks the viewer own utterances nor those it has just played', () => {
    const picks = new Set<string>();
    let seed = 0;
    const recommender = new RandomRecommender(() => (seed++ % 100) / 100);
    for (let i = 0; i < 100; i++) picks.add(recommender.next({ peerId: 'viewer', recentlyPlayed: ['u2'] }, candidates)!.id);
    expect([...picks].sort()).toEqual(['u1', 'u3']);
  });

  test('says none when nothing is left to play', () => {
    const recommender = new RandomRecommender();
    expect(recommender.next({ peerId: 'alice', recentlyPlayed: ['u2', 'u3', 'u4'] }, candidates)).toBeUndefined();
    expect(recommender.next({ peerId: 'alice', recentlyPlayed: [] }, [])).toBeUndefined();
  });

  test('is uniform over what is eligible', () => {
    const counts = new Map<string, number>();
    const recommender = new RandomRecommender();
    for (let i = 0; i < 3000; i++) {
      const id = recommender.next({ peerId: 'nobody', recentlyPlayed: [] }, candidates)!.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of ['u1', 'u2', 'u3', 'u4']) expect(counts.get(id)).toBeGreaterThan(600);
  });
});
