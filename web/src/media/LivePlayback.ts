import type { NotificationData } from '@chorus/protocol';
import type { ConnectionState, Consumer, Transport } from 'mediasoup-client/types';
import { errorMessage } from '../errorMessage.js';
import { isSignalingError } from '../signaling/SignalingError.js';
import type { Signaling } from '../signaling/Signaling.js';
import type { MediaContext, MediaEndpoint } from './MediaEndpoint.js';
import { createTransport, restartTransportIce } from './transport.js';
import { toConsumerOptions } from './wire.js';

type ProducerAdded = NotificationData<'producerAdded'>;

export interface PlaybackConsumer {
  consumer: Consumer;
  peerId: string;
  /** The server resumed it: media flows. */
  resumed: boolean;
}

/** Where consumers' tracks are shown. */
export interface PlaybackView {
  add(entry: PlaybackConsumer): void;
  remove(entry: PlaybackConsumer): void;
}

export interface PlaybackEvents {
  /** The set of consumers, or one's state, changed. */
  onChange?(): void;
  onTransportState?(state: ConnectionState): void;
}

/**
 * The viewer's media: one recv transport, and every producer the server offers it, consumed one at
 * a time in the order offered. The server decides what that is: under the utterance feed, the two
 * producers of the viewer's own channel, once; under the live view, every live producer in the room.
 */
export class LivePlayback implements MediaEndpoint {
  private transport: Transport | null = null;
  private context: MediaContext | null = null;
  private readonly consumers = new Map<string, PlaybackConsumer>();
  /** Announced producers not consumed yet. Kept across sessions: a stale one fails to consume and is dropped. */
  private readonly queue: ProducerAdded[] = [];
  /** Consumers the server closed before their consume call returned here. */
  private readonly closedEarly = new Set<string>();
  private draining = false;

  constructor(
    private readonly signaling: Signaling,
    private readonly view: PlaybackView,
    private readonly events: PlaybackEvents = {},
  ) {
    signaling.on('producerAdded', (producer) => this.announce(producer));
    signaling.on('consumerClosed', ({ consumerId, reason }) => this.removeConsumer(consumerId, reason));
  }

  get active(): boolean {
    return !!this.transport && !this.transport.closed;
  }

  get recvTransport(): Transport | null {
    return this.transport;
  }

  get currentConsumers(): PlaybackConsumer[] {
    return [...this.consumers.values()];
  }

  async start(context: MediaContext): Promise<void> {
    this.close();
    const transport = await createTransport(context, 'recv');
    this.transport = transport;
    this.context = context;
    transport.on('connectionstatechange', (state) => this.events.onTransportState?.(state));
    this.events.onTransportState?.(transport.connectionState);
    void this.drain();
  }

  async restartIce(): Promise<void> {
    if (!this.transport) throw new Error('nothing to restart: not receiving');
    await restartTransportIce(this.signaling, this.transport);
    void this.drain();
  }

  close(): void {
    for (const entry of this.consumers.values()) {
      entry.consumer.close();
      this.view.remove(entry);
    }
    this.consumers.clear();
    this.closedEarly.clear();
    this.context = null;
    this.events.onChange?.();
    if (!this.transport) return;
    this.transport.close();
    this.transport = null;
    this.events.onTransportState?.('closed');
  }

  private announce(producer: ProducerAdded): void {
    const known =
      this.queue.some((queued) => queued.producerId === producer.producerId) ||
      [...this.consumers.values()].some((entry) => entry.consumer.producerId === producer.producerId);
    if (known) return;
    this.queue.push(producer);
    void this.drain();
  }

  /**
   * Works through the queue one consumer at a time. A connection failure leaves the work
   * where it is; restartIce() or start() picks it up again on the next session.
   */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.transport && this.signaling.connected) {
        const unresumed = [...this.consumers.values()].find((entry) => !entry.resumed);
        if (unresumed) {
          await this.resume(unresumed);
          continue;
        }
        const next = this.queue[0];
        if (!next) break;
        if (await this.consume(next)) this.queue.shift();
      }
    } catch (error) {
      if (isSignalingError(error) && error.transient) {
        console.info(`[playback] paused until the session is back: ${errorMessage(error)}`);
      } else {
        console.error('[playback] stopped consuming', error);
      }
    } finally {
      this.draining = false;
    }
  }

  /** Returns false when the transport changed underneath, so the producer is still to be consumed. */
  private async consume(producer: ProducerAdded): Promise<boolean> {
    const { transport, context } = this;
    if (!transport || !context) return false;
    let consumer: Consumer;
    try {
      const response = await this.signaling.request('consume', {
        transportId: transport.id,
        producerId: producer.producerId,
        rtpCapabilities: context.device.recvRtpCapabilities,
      });
      if (this.transport !== transport) return false;
      consumer = await transport.consume(toConsumerOptions(response));
    } catch (error) {
      if (isSignalingError(error) && error.transient) throw error;
      if (this.transport !== transport) return false;
      // Typically the producer closed in the meantime.
      console.warn(`[playback] cannot consume producer ${producer.producerId}: ${errorMessage(error)}`);
      return true;
    }
    if (this.transport !== transport) {
      consumer.close();
      return false;
    }
    if (this.closedEarly.delete(consumer.id)) {
      consumer.close();
      return true;
    }
    const entry: PlaybackConsumer = { consumer, peerId: producer.peerId, resumed: false };
    this.consumers.set(consumer.id, entry);
    this.view.add(entry);
    this.events.onChange?.();
    return true;
  }

  private async resume(entry: PlaybackConsumer): Promise<void> {
    try {
      // The server asks the producer for a keyframe as it resumes a video consumer.
      await this.signaling.request('resumeConsumer', { consumerId: entry.consumer.id });
    } catch (error) {
      if (isSignalingError(error) && error.transient) throw error;
      this.removeConsumer(entry.consumer.id, `resume failed: ${errorMessage(error)}`);
      return;
    }
    entry.resumed = true;
    this.events.onChange?.();
  }

  private removeConsumer(consumerId: string, reason: string): void {
    const entry = this.consumers.get(consumerId);
    if (!entry) {
      if (this.draining) this.closedEarly.add(consumerId);
      return;
    }
    console.info(`[playback] consumer ${consumerId} closed: ${reason}`);
    this.consumers.delete(consumerId);
    entry.consumer.close();
    this.view.remove(entry);
    this.events.onChange?.();
  }
}
