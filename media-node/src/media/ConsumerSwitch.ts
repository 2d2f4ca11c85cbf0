import type { Builder } from 'flatbuffers';
import type { types as ms } from 'mediasoup';
import { Body } from './fbs/request/body.js';
import { Method } from './fbs/request/method.js';
import { ChangeConsumersProducerRequest } from './fbs/router/change-consumers-producer-request.js';

/**
 * Chorus patches mediasoup's worker (scripts/mediasoup-worker/patches/consumer-switch.patch) with one
 * router request, `router.changeConsumersProducer`: it moves simple consumers to another simple producer
 * of the same kind and codec in that router, in place. Each consumer keeps its SSRC, and its sequence
 * numbers and timestamps carry on from where they were (docs/worker-patch.md, Stream continuity); video
 * resumes on the new producer's next keyframe, which the worker asks for. A consumer whose new producer
 * closes goes back to the producer it was created with.
 *
 * mediasoup's Node library has no call for this request, so this module writes it on the worker's channel,
 * which mediasoup hands out as a transport's `channelForTesting`. The request's method, body type and table
 * come from flatc's TypeScript for the patched schemas (./fbs, scripts/mediasoup-worker/generate-fbs-ts.sh).
 */

/**
 * mediasoup's channel to the worker, as far as this module uses it. mediasoup types its request with its
 * own enums, which lack the patch's members; the numbers agree for every member they share
 * (tests/integration/workerFbs.test.ts).
 */
interface WorkerChannel {
  readonly bufferBuilder: Builder;
  request(method: number, bodyType?: number, bodyOffset?: number, handlerId?: string): Promise<unknown>;
}

/** What mediasoup's transports and routers have beyond their public types: they are its classes. */
interface TransportInternals {
  readonly channelForTesting?: WorkerChannel;
}
interface RouterInternals {
  readonly transportsForTesting?: ReadonlyMap<string, unknown>;
}

/** What the patched worker answers to the request without a body; a stock worker answers "unknown method". */
const PATCHED_WORKER_REPLY = /missing ChangeConsumersProducerRequest body/;

const switches = new WeakMap<ms.Router, Promise<ConsumerSwitch | null>>();

export class ConsumerSwitch {
  private constructor(
    private readonly router: ms.Router,
    private readonly channel: WorkerChannel,
  ) {}

  /**
   * The switch of `router`, reached through `transport`, one of the router's own transports (they share its
   * worker's channel); null when the worker is a stock one (mediasoup's prebuilt download, say).
   */
  static for(router: ms.Router, transport: ms.Transport): Promise<ConsumerSwitch | null> {
    let found = switches.get(router);
    if (!found) {
      found = ConsumerSwitch.probe(router, transport);
      switches.set(router, found);
    }
    return found;
  }

  /**
   * Feeds `consumers` from `producer` from now on. The request goes out on the worker's channel at once,
   * so whatever this process sends the worker after this call (a producer's packets, say) reaches it
   * after the switch.
   */
  feed(consumers: readonly ms.Consumer[], producerId: string): Promise<void> {
    const open = consumers.filter((c) => !c.closed);
    if (open.length === 0) return Promise.resolve();
    const builder = this.channel.bufferBuilder;
    const body = ChangeConsumersProducerRequest.createChangeConsumersProducerRequest(
      builder,
      builder.createString(producerId),
      ChangeConsumersProducerRequest.createConsumerIdsVector(
        builder,
        open.map((c) => builder.createString(c.id)),
      ),
    );
    return this.request(Body.Router_ChangeConsumersProducerRequest, body).then(() => undefined);
  }

  private request(bodyType?: Body, body?: number): Promise<unknown> {
    return this.channel.request(Method.ROUTER_CHANGE_CONSUMERS_PRODUCER, bodyType, body, this.router.id);
  }

  private static async probe(router: ms.Router, transport: ms.Transport): Promise<ConsumerSwitch | null> {
    // The channel is the worker's: the router's id, as the request's handler, must be one it knows.
    if ((router as RouterInternals).transportsForTesting?.get(transport.id) !== transport) {
      throw new Error(`transport ${transport.id} is not one of router ${router.id}'s`);
    }
    const channel = (transport as TransportInternals).channelForTesting;
    if (!channel) throw new Error("this mediasoup's transports do not expose their channel (channelForTesting)");
    const candidate = new ConsumerSwitch(router, channel);
    try {
      await candidate.request();
    } catch (error) {
      if (PATCHED_WORKER_REPLY.test((error as Error).message)) return candidate;
      if (/unknown method/.test((error as Error).message)) return null;
      throw error;
    }
    throw new Error('the worker accepted an empty router.changeConsumersProducer request');
  }
}
