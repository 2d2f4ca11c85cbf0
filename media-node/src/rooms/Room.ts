import { EventEmitter } from 'node:events';
import { notification, ProtocolError } from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import type { Peer } from './Peer.js';

export type RoomCloseReason = 'worker-died' | 'empty' | 'shutdown';

export interface RoomEvents {
  newproducer: [producer: ms.Producer, owner: Peer];
  close: [reason: RoomCloseReason];
}

/** A router and the peers on it. The room closes when its last peer leaves or its worker dies. */
export class Room extends EventEmitter<RoomEvents> {
  private readonly peers = new Map<string, Peer>();
  private readonly producers = new Map<string, { producer: ms.Producer; owner: Peer }>();
  private closed = false;

  constructor(
    readonly id: string,
    readonly router: ms.Router,
  ) {
    super();
    router.on('workerclose', () => this.close('worker-died'));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  listPeers(): Peer[] {
    return [...this.peers.values()];
  }

  addPeer(peer: Peer): void {
    if (this.closed) throw new ProtocolError('NOT_FOUND', `room "${this.id}" is closed`);
    this.peers.set(peer.id, peer);
    peer.once('close', () => {
      this.peers.delete(peer.id);
      if (this.peers.size === 0) this.close('empty');
    });
  }

  addProducer(producer: ms.Producer, owner: Peer): void {
    this.producers.set(producer.id, { producer, owner });
    producer.observer.once('close', () => this.producers.delete(producer.id));
    this.emit('newproducer', producer, owner);
  }

  producer(id: string): ms.Producer {
    const entry = this.producers.get(id);
    if (!entry) throw new ProtocolError('NOT_FOUND', `no producer "${id}" in room "${this.id}"`);
    return entry.producer;
  }

  listProducers(): { producer: ms.Producer; owner: Peer }[] {
    return [...this.producers.values()];
  }

  /** Closing the router cascades to every transport, producer and consumer on it. */
  close(reason: RoomCloseReason): void {
    if (this.closed) return;
    this.closed = true;
    this.router.close();
    this.emit('close', reason);
    for (const peer of [...this.peers.values()]) {
      if (reason !== 'empty') peer.notify(notification('mediaReset', resetNotice(reason)));
      peer.close();
    }
    this.peers.clear();
  }
}

function resetNotice(reason: Exclude<RoomCloseReason, 'empty'>) {
  return reason === 'worker-died'
    ? ({ reason, message: 'the media worker serving this room stopped; join again to continue' } as const)
    : ({ reason: 'room-closed', message: 'the media node is shutting down; join again to continue' } as const);
}
