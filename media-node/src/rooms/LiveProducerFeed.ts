import { notification } from '@chorus/protocol';
import type { Peer } from './Peer.js';
import type { Room } from './Room.js';

/**
 * Decides what a viewer is offered: for now, every live producer in its room.
 * Server-side rerouting of recorded utterances replaces this one module.
 */
export class LiveProducerFeed {
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
}

function offer(peer: Peer, producerId: string, ownerId: string, kind: 'audio' | 'video'): void {
  peer.notify(notification('producerAdded', { producerId, peerId: ownerId, kind }));
}
