export interface PlacementCandidate<T> {
  item: T;
  /** Routers currently placed there. */
  load: number;
}

/**
 * Picks the candidate with the fewest routers; ties go to the earliest, so that
 * placement is deterministic and spreads rooms round the pool.
 */
export function pickLeastLoaded<T>(candidates: readonly PlacementCandidate<T>[]): T {
  let best: PlacementCandidate<T> | undefined;
  for (const candidate of candidates) {
    if (!best || candidate.load < best.load) best = candidate;
  }
  if (!best) throw new Error('no worker available for placement');
  return best.item;
}
