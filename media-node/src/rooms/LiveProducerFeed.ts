import { notification, ProtocolError } from '@chorus/protocol';
import type { Peer } from './Peer.js';
import type { Room } from './Room.js';
import type { ViewerFeed } from './ViewerFeed.js';

/** The plain live view: every viewer is offered every live producer in its room, and nothing is recorded. */
export class LiveProducerFeed implements ViewerFeed {
  attach(room: Room): void {
    room.on('newproducer', (producer, owner) => {
      for (const peer of room.listPeers()) {
        if (peer.role === 'viewer') offer(peer, producer.id, owner.id, producer.kind);
      }
    });
  }

  /** Offers a viewer that just joined what is already live. */
  welcome(room: Room, peer: Peer): void {
    if (peer.role !== 'viewer') return;
    for (const { producer, owner } of room.listProducers()) offer(peer, producer.id, owner.id, producer.kind);
  }

  privateProducer(): undefined {
    return undefined;
  }

  /** Every viewer consumes the speakers' producers themselves: there is nothing to relay. */
  readonly relayedConsumers = 0;

  /** Consumers of live producers need nothing more. */
  consumed(): void {}

  reroute(): never {
    throw new ProtocolError('UNSUPPORTED', 'this media node serves the live view: there are no utterances to reroute to');
  }
}

function offer(peer: Peer, producerId: string, ownerId: string, kind: 'audio' | 'video'): void {
  peer.notify(notification('producerAdded', { producerId, peerId: ownerId, kind }));
}
