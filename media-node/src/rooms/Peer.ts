import { EventEmitter } from 'node:events';
import { ProtocolError, type NotificationEnvelope, type Role } from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import type { TransportAppData } from '../media/webRtcTransportOptions.js';

export type NotificationSink = (notification: NotificationEnvelope) => void;

export interface PeerEvents {
  close: [];
}

/**
 * One participant in a room and every mediasoup object it owns. Lookups go through
 * the owner, so a peer can only ever address its own transports, producers and consumers.
 */
export class Peer extends EventEmitter<PeerEvents> {
  private readonly transports = new Map<string, ms.WebRtcTransport<TransportAppData>>();
  private readonly producers = new Map<string, ms.Producer>();
  private readonly consumers = new Map<string, ms.Consumer>();
  private closed = false;

  constructor(
    readonly id: string,
    readonly role: Role,
    private readonly sink: NotificationSink,
    /** The verified user behind this peer; null when the node runs without authentication. */
    readonly uid: string | null = null,
  ) {
    super();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  notify(notification: NotificationEnvelope): void {
    if (!this.closed) this.sink(notification);
  }

  addTransport(transport: ms.WebRtcTransport<TransportAppData>): void {
    this.transports.set(transport.id, transport);
    transport.observer.once('close', () => this.transports.delete(transport.id));
  }

  addProducer(producer: ms.Producer): void {
    this.producers.set(producer.id, producer);
    producer.observer.once('close', () => this.producers.delete(producer.id));
  }

  addConsumer(consumer: ms.Consumer): void {
    this.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => this.consumers.delete(consumer.id));
  }

  transport(id: string): ms.WebRtcTransport<TransportAppData> {
    return owned(this.transports, id, 'transport');
  }

  producer(id: string): ms.Producer {
    return owned(this.producers, id, 'producer');
  }

  consumer(id: string): ms.Consumer {
    return owned(this.consumers, id, 'consumer');
  }

  /** Whatever this peer owns with that id, for stats. */
  statsSource(id: string): ms.WebRtcTransport | ms.Producer | ms.Consumer {
    const found = this.transports.get(id) ?? this.producers.get(id) ?? this.consumers.get(id);
    if (!found) throw new ProtocolError('NOT_FOUND', `no transport, producer or consumer "${id}" belongs to this peer`);
    return found;
  }

  get counts(): { transports: number; producers: number; consumers: number } {
    return { transports: this.transports.size, producers: this.producers.size, consumers: this.consumers.size };
  }

  /** Closing the transports closes their producers and consumers in mediasoup, and those of other peers fed by them. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const transport of [...this.transports.values()]) transport.close();
    this.emit('close');
  }
}

function owned<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new ProtocolError('NOT_FOUND', `no ${what} "${id}" belongs to this peer`);
  return found;
}
