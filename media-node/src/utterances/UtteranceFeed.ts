import { ProtocolError } from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import type { Peer } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import type { ViewerFeed } from '../rooms/ViewerFeed.js';
import { RoomUtterances, type RoomUtterancesDeps } from './RoomUtterances.js';

/** The default feed: every room records its speakers and routes its viewers from utterance to utterance. */
export class UtteranceFeed implements ViewerFeed {
  private readonly rooms = new Map<Room, RoomUtterances>();

  constructor(private readonly deps: RoomUtterancesDeps) {}

  attach(room: Room): void {
    this.rooms.set(room, new RoomUtterances(room, this.deps));
    room.once('close', () => this.rooms.delete(room));
  }

  get relayedConsumers(): number {
    let count = 0;
    for (const utterances of this.rooms.values()) count += utterances.relayedConsumers;
    return count;
  }

  welcome(room: Room, peer: Peer): void {
    this.of(room)
      .welcome(peer)
      .catch((error: unknown) => {
        if (!peer.isClosed && !room.isClosed) this.deps.logger.error({ err: error, peerId: peer.id }, 'could not open the viewer channel');
      });
  }

  privateProducer(room: Room, peer: Peer, producerId: string): ms.Producer | undefined {
    return this.rooms.get(room)?.playbackProducerFor(peer, producerId);
  }

  consumed(room: Room, peer: Peer, consumer: ms.Consumer): void {
    this.rooms.get(room)?.consumed(peer, consumer);
  }

  reroute(room: Room, requester: Peer, viewerId: string | undefined, utteranceId: string | undefined): { utteranceId: string | null } {
    return this.of(room).reroute(requester, viewerId, utteranceId);
  }

  private of(room: Room): RoomUtterances {
    const utterances = this.rooms.get(room);
    if (!utterances) throw new ProtocolError('NOT_FOUND', `room "${room.id}" is closed`);
    return utterances;
  }
}
