import type { types as ms } from 'mediasoup';
import type { Peer } from './Peer.js';
import type { Room } from './Room.js';

/**
 * Decides what viewers receive. Rooms and signaling call it at these points and know nothing else of it:
 * the live feed offers every speaker's producers, the utterance feed routes recordings.
 */
export interface ViewerFeed {
  /** A room was created. */
  attach(room: Room): void;
  /** A peer joined `room` (its join response is on its way). */
  welcome(room: Room, peer: Peer): void;
  /** A producer only `peer` may consume, looked up before the room's shared ones. */
  privateProducer(room: Room, peer: Peer, producerId: string): ms.Producer | undefined;
  /** `peer` opened `consumer` (of a private producer or a shared one). */
  consumed(room: Room, peer: Peer, consumer: ms.Consumer): void;
  /** How many viewer consumers the worker feeds straight from a speaker's producer now (the live-edge relay). */
  readonly relayedConsumers: number;
  /** Switches a viewer to an utterance, or to the next one when `utteranceId` is absent. */
  reroute(room: Room, requester: Peer, viewerId: string | undefined, utteranceId: string | undefined): { utteranceId: string | null };
}
