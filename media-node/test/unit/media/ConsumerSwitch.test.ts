import { describe, expect, test } from '@jest/globals';
import { Builder, ByteBuffer } from 'flatbuffers';
import type { types as ms } from 'mediasoup';
import { ConsumerSwitch } from '../../../src/media/ConsumerSwitch.js';
import { Body } from '../../../src/media/fbs/request/body.js';
import { Method } from '../../../src/media/fbs/request/method.js';
import { ChangeConsumersProducerRequest } from '../../../src/media/fbs/router/change-consumers-producer-request.js';

interface Sent {
  method: number;
  bodyType?: number;
  body?: ChangeConsumersProducerRequest;
  handlerId?: string;
}

/** A router with one transport whose worker channel answers every request with `answer`, and records it. */
function routerWith(answer: (sent: Sent) => Promise<unknown>) {
  const sent: Sent[] = [];
  const bufferBuilder = new Builder();
  const channel = {
    bufferBuilder,
    request(method: number, bodyType?: number, bodyOffset?: number, handlerId?: string) {
      let body: ChangeConsumersProducerRequest | undefined;
      if (bodyOffset !== undefined) {
        bufferBuilder.finish(bodyOffset);
        body = ChangeConsumersProducerRequest.getRootAsChangeConsumersProducerRequest(new ByteBuffer(bufferBuilder.asUint8Array().slice()));
        bufferBuilder.clear();
      }
      const request = { method, bodyType, body, handlerId };
      sent.push(request);
      return answer(request);
    },
  };
  const transport = { id: 'transport-1', channelForTesting: channel };
  const router = { id: 'router-1', transportsForTesting: new Map([[transport.id, transport]]) };
  return { router: router as unknown as ms.Router, transport: transport as unknown as ms.Transport, sent };
}

/** What the patched worker answers: an empty probe is refused for its missing body, a real request accepted. */
const patchedWorker = (sent: Sent) =>
  sent.body ? Promise.resolve({}) : Promise.reject(new Error('missing ChangeConsumersProducerRequest body [method:router.changeConsumersProducer]'));

describe('ConsumerSwitch', () => {
  test("is null on a stock worker, which does not know the patch's method", async () => {
    const { router, transport } = routerWith(() => Promise.reject(new Error('unknown method')));
    await expect(ConsumerSwitch.for(router, transport)).resolves.toBeNull();
  });

  test('writes the switch as the patched schema says, to the router, on the channel of its transport', async () => {
    const { router, transport, sent } = routerWith(patchedWorker);
    const consumerSwitch = await ConsumerSwitch.for(router, transport);
    const consumers = [
      { id: 'c-audio', closed: false },
      { id: 'c-gone', closed: true },
      { id: 'c-video', closed: false },
    ] as unknown as ms.Consumer[];
    await consumerSwitch!.feed(consumers, 'producer-7');
    const request = sent[1]!;
    expect(request).toMatchObject({
      method: Method.ROUTER_CHANGE_CONSUMERS_PRODUCER,
      bodyType: Body.Router_ChangeConsumersProducerRequest,
      handlerId: 'router-1',
    });
    expect(request.body!.producerId()).toBe('producer-7');
    const ids = Array.from({ length: request.body!.consumerIdsLength() }, (_, i) => request.body!.consumerIds(i));
    expect(ids).toEqual(['c-audio', 'c-video']);
  });

  test('probes a router once', async () => {
    const { router, transport, sent } = routerWith(patchedWorker);
    const first = await ConsumerSwitch.for(router, transport);
    expect(await ConsumerSwitch.for(router, transport)).toBe(first);
    expect(sent).toHaveLength(1);
  });

  test('refuses a transport of another router: the request names its router to the worker', async () => {
    const { router } = routerWith(patchedWorker);
    const { transport } = routerWith(patchedWorker);
    const stranger = { ...transport, id: 'transport-2' } as unknown as ms.Transport;
    await expect(ConsumerSwitch.for(router, stranger)).rejects.toThrow(/is not one of router router-1's/);
  });

  test('passes on any other failure of the probe', async () => {
    const { router, transport } = routerWith(() => Promise.reject(new Error('Channel closed')));
    await expect(ConsumerSwitch.for(router, transport)).rejects.toThrow(/Channel closed/);
  });
});
