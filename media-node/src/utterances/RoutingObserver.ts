import type { RoutingDecision } from '@chorus/protocol';
import type { Peer } from '../rooms/Peer.js';
import type { Utterance } from './Utterance.js';

/** Why a viewer was given what it now plays (or nothing). */
export type RoutingReason = RoutingDecision['reason'];

export interface RoutingEvent {
  roomId: string;
  viewer: Peer;
  /** null when there was nothing to play. */
  utterance: Utterance | null;
  reason: RoutingReason;
}

/**
 * Hears every routing decision a room makes, for an audit trail or a recommender's training data.
 * Called on the media path: an observer must return at once and never throw.
 */
export interface RoutingObserver {
  routed(event: RoutingEvent): void;
}
