import type { ConnectionState, MediaKind, Producer, Transport } from 'mediasoup-client/types';
import type { Signaling } from '../signaling/Signaling.js';
import type { MediaContext, MediaEndpoint } from './MediaEndpoint.js';
import { createTransport, restartTransportIce } from './transport.js';

export interface PublisherEvents {
  onTransportState?(state: ConnectionState): void;
}

/**
 * The speaker's media: one send transport producing every track of the local stream.
 * The tracks belong to the page and outlive transports: a fresh session produces them again.
 */
export class Publisher implements MediaEndpoint {
  private transport: Transport | null = null;
  private signaling: Signaling | null = null;
  private producers: Producer[] = [];

  constructor(
    private readonly stream: MediaStream,
    private readonly events: PublisherEvents = {},
  ) {}

  get active(): boolean {
    return !!this.transport && !this.transport.closed && this.producers.length === this.stream.getTracks().length;
  }

  get sendTransport(): Transport | null {
    return this.transport;
  }

  /** The producers of the current session (their ids are the server's). */
  get currentProducers(): readonly Producer[] {
    return this.producers;
  }

  async start(context: MediaContext): Promise<void> {
    this.close();
    const transport = await createTransport(context, 'send');
    this.transport = transport;
    this.signaling = context.signaling;
    transport.on('connectionstatechange', (state) => this.events.onTransportState?.(state));
    this.events.onTransportState?.(transport.connectionState);
    for (const track of this.stream.getTracks()) {
      const kind = track.kind as MediaKind;
      if (!context.device.canProduce(kind)) throw new Error(`the server cannot receive ${kind} from this browser`);
      const producer = await transport.produce({
        track,
        // The tracks are reused if the session starts over; closing a producer must not end them.
        stopTracks: false,
        appData: { source: kind === 'audio' ? 'microphone' : 'camera' },
      });
      this.producers.push(producer);
    }
  }

  async restartIce(): Promise<void> {
    if (!this.transport || !this.signaling) throw new Error('nothing to restart: not publishing');
    await restartTransportIce(this.signaling, this.transport);
  }

  close(): void {
    this.producers = [];
    if (!this.transport) return;
    // Closing the transport closes its producers too.
    this.transport.close();
    this.transport = null;
    this.events.onTransportState?.('closed');
  }
}
