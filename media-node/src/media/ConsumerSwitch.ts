import { createRequire } from 'node:module';
import path from 'node:path';
import type { types as ms } from 'mediasoup';

/**
 * Chorus patches mediasoup's worker (scripts/mediasoup-worker/patches/consumer-switch.patch) with one
 * router request, `router.changeConsumersProducer`: it moves simple consumers to another simple producer
 * of the same kind and codec in that router, in place. Each consumer keeps its SSRC, and its sequence
 * numbers and timestamps carry on from where they were; video resumes on the new producer's next
 * keyframe, which the worker asks for. A consumer whose new producer closes goes back to the producer
 * it was created with. mediasoup's Node library has no call for this request, so this module writes it
 * on the router's channel itself.
 */

interface Channel {
  bufferBuilder: FlatBufferBuilder;
  request(method: number, bodyType?: number, bodyOffset?: number, handlerId?: string): Promise<unknown>;
}

interface FlatBufferBuilder {
  createString(s: string): number;
  startVector(elemSize: number, numElems: number, alignment: number): void;
  addOffset(offset: number): void;
  endVector(): number;
  startObject(numFields: number): void;
  addFieldOffset(field: number, value: number, defaultValue: number): void;
  endObject(): number;
}

interface ChannelModule {
  Channel: { prototype: { request: Channel['request'] } };
}

const mediasoupLib = path.dirname(createRequire(import.meta.url).resolve('mediasoup'));
const requireLib = createRequire(path.join(mediasoupLib, 'index.js'));
const { Channel: ChannelClass } = requireLib('./Channel.js') as ChannelModule;
const { Method } = requireLib('./fbs/request/method.js') as { Method: Record<string, number | string> };
const { Body } = requireLib('./fbs/request/body.js') as { Body: Record<string, number | string> };

/** The patch appends its method and body at the end of mediasoup's enums, so they follow the last ones. */
const lastOf = (e: Record<string, number | string>) => Math.max(...Object.values(e).filter((v): v is number => typeof v === 'number'));
const CHANGE_CONSUMERS_PRODUCER_METHOD = lastOf(Method) + 1;
const CHANGE_CONSUMERS_PRODUCER_BODY = lastOf(Body) + 1;
/** What the patched worker answers to the request without a body; a stock worker answers "unknown method". */
const PATCHED_WORKER_REPLY = /missing ChangeConsumersProducerRequest body/;

const switches = new WeakMap<ms.Router, Promise<ConsumerSwitch | null>>();

export class ConsumerSwitch {
  private constructor(
    private readonly router: ms.Router,
    private readonly channel: Channel,
  ) {}

  /** The router's switch, or null when its worker is a stock one (mediasoup's prebuilt download, say). */
  static for(router: ms.Router): Promise<ConsumerSwitch | null> {
    let found = switches.get(router);
    if (!found) {
      found = ConsumerSwitch.probe(router);
      switches.set(router, found);
    }
    return found;
  }

  /**
   * Feeds `consumers` from `producer` from now on. The request goes out on the router's channel at once,
   * so whatever this process sends the worker after this call (a producer's packets, say) reaches it
   * after the switch.
   */
  feed(consumers: readonly ms.Consumer[], producerId: string): Promise<void> {
    const open = consumers.filter((c) => !c.closed);
    if (open.length === 0) return Promise.resolve();
    const builder = this.channel.bufferBuilder;
    const producerIdOffset = builder.createString(producerId);
    const ids = open.map((c) => builder.createString(c.id));
    builder.startVector(4, ids.length, 4);
    for (let i = ids.length - 1; i >= 0; i--) builder.addOffset(ids[i]!);
    const consumerIds = builder.endVector();
    builder.startObject(2);
    builder.addFieldOffset(0, producerIdOffset, 0);
    builder.addFieldOffset(1, consumerIds, 0);
    const body = builder.endObject();
    return this.channel.request(CHANGE_CONSUMERS_PRODUCER_METHOD, CHANGE_CONSUMERS_PRODUCER_BODY, body, this.router.id).then(() => undefined);
  }

  private static async probe(router: ms.Router): Promise<ConsumerSwitch | null> {
    const channel = channelOf(router);
    try {
      await channel.request(CHANGE_CONSUMERS_PRODUCER_METHOD, undefined, undefined, router.id);
    } catch (error) {
      if (PATCHED_WORKER_REPLY.test((error as Error).message)) return new ConsumerSwitch(router, channel);
      if (/unknown method/.test((error as Error).message)) return null;
      throw error;
    }
    throw new Error('the worker accepted an empty router.changeConsumersProducer request');
  }
}

/**
 * The router's channel is private to mediasoup's Router. `router.dump()` calls `channel.request` before
 * its first await, so wrapping the prototype's method around that one synchronous call reveals it.
 */
function channelOf(router: ms.Router): Channel {
  const original = ChannelClass.prototype.request;
  let found: Channel | undefined;
  const reveal = (channel: Channel) => (found = channel);
  ChannelClass.prototype.request = function (this: Channel, ...args) {
    if (args[3] === router.id) reveal(this);
    return original.apply(this, args);
  };
  let dumped: Promise<unknown>;
  try {
    dumped = router.dump();
  } finally {
    ChannelClass.prototype.request = original;
  }
  dumped.catch(() => undefined);
  if (!found) throw new Error(`could not reach the channel of router ${router.id}`);
  return found;
}
