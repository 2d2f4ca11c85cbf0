/** What a recommender knows of an utterance: enough to choose, nothing of the media. */
export interface UtteranceCandidate {
  id: string;
  speakerId: string;
  state: 'recording' | 'complete';
  startedAt: number;
}

export interface ViewerContext {
  peerId: string;
  /** Ids of the utterances this viewer played most recently, newest last. */
  recentlyPlayed: readonly string[];
}

/** Picks what a viewer plays next. Random today; a smarter one replaces it behind this interface. */
export interface Recommender {
  next(viewer: ViewerContext, candidates: readonly UtteranceCandidate[]): UtteranceCandidate | undefined;
}

/** Any utterance but the viewer's own and those it has just played, chosen uniformly. */
export class RandomRecommender implements Recommender {
  constructor(private readonly random: () => number = Math.random) {}

  next(viewer: ViewerContext, candidates: readonly UtteranceCandidate[]): UtteranceCandidate | undefined {
    const seen = new Set(viewer.recentlyPlayed);
    const eligible = candidates.filter((c) => c.speakerId !== viewer.peerId && !seen.has(c.id));
    if (eligible.length === 0) return undefined;
    return eligible[Math.min(eligible.length - 1, Math.floor(this.random() * eligible.length))];
  }
}
