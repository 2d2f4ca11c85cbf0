import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { ProtocolError, type NotificationEnvelope } from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import { createLogger } from '../../src/logger.js';
import type { WorkerPool } from '../../src/media/WorkerPool.js';
import { LiveProducerFeed } from '../../src/rooms/LiveProducerFeed.js';
import { Peer } from '../../src/rooms/Peer.js';
import { Room } from '../../src/rooms/Room.js';
import { RoomRegistry } from '../../src/rooms/RoomRegistry.js';

/** Just enough of a mediasoup router for the room logic: an id, close(), and the 'workerclose' event. */
class FakeRouter extends EventEmitter {
  static created = 0;
  readonly id = `router-${++FakeRouter.created}`;
  closed = false;
  close() {
    this.closed = true;
  }
}

class FakeProducer {
  readonly observer = new EventEmitter();
  constructor(
    readonly id: string,
    readonly kind: 'audio' | 'video',
  ) {}
  close() {
    this.observer.emit('close');
  }
}

const asRouter = (router: FakeRouter) => router as unknown as ms.Router;
const asProducer = (producer: FakeProducer) => producer as unknown as ms.Producer;

function fakePool() {
  const routers: FakeRouter[] = [];
  const pool = {
    async createRouter() {
      await new Promise((resolve) => setImmediate(resolve));
      const router = new FakeRouter();
      routers.push(router);
      return router;
    },
  };
  return { pool: pool as unknown as WorkerPool, routers };
}

function peerWithInbox(id: string, role: 'speaker' | 'viewer') {
  const inbox: NotificationEnvelope[] = [];
  return { peer: new Peer(id, role, (n) => inbox.push(n)), inbox };
}

const silent = createLogger('silent');

describe('RoomRegistry', () => {
  it('gives concurrent joins of a new room one router', async () => {
    const { pool, routers } = fakePool();
    const registry = new RoomRegistry(pool, silent);
    const [a, b] = await Promise.all([registry.getOrCreate('r'), registry.getOrCreate('r')]);
    expect(a).toBe(b);
    expect(routers).toHaveLength(1);
  });

  it('forgets a room once it closes, and makes a fresh one on the next join', async () => {
    const { pool, routers } = fakePool();
    const registry = new RoomRegistry(pool, silent);
    const room = await registry.getOrCreate('r');
    const { peer } = peerWithInbox('p1', 'viewer');
    room.addPeer(peer);
    peer.close();
    // The last peer leaving closes the room, and its router.
    expect({ roomClosed: room.isClosed, routerClosed: routers[0]!.closed }).toStrictEqual({ roomClosed: true, routerClosed: true });
    expect(registry.list()).toStrictEqual([]);
    const again = await registry.getOrCreate('r');
    expect(again).not.toBe(room);
    expect(routers).toHaveLength(2);
  });
});

describe('Room', () => {
  it('tells every peer to join again and closes them when its worker dies', () => {
    const router = new FakeRouter();
    const room = new Room('r', asRouter(router));
    const a = peerWithInbox('a', 'speaker');
    const b = peerWithInbox('b', 'viewer');
    room.addPeer(a.peer);
    room.addPeer(b.peer);
    router.emit('workerclose');
    for (const { peer, inbox } of [a, b]) {
      expect(peer.isClosed).toBe(true);
      expect(inbox.map((n) => [n.method, (n.data as { reason: string }).reason])).toStrictEqual([['mediaReset', 'worker-died']]);
    }
    expect(room.isClosed).toBe(true);
  });

  it('indexes producers while they live, and refuses unknown ones with NOT_FOUND', () => {
    const room = new Room('r', asRouter(new FakeRouter()));
    const { peer } = peerWithInbox('s', 'speaker');
    room.addPeer(peer);
    const producer = new FakeProducer('prod-1', 'video');
    room.addProducer(asProducer(producer), peer);
    expect(room.producer('prod-1')).toBe(asProducer(producer));
    producer.close();
    let error: unknown;
    try {
      room.producer('prod-1');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('NOT_FOUND');
  });
});

describe('LiveProducerFeed', () => {
  it('offers viewers, not speakers, every live producer: those already there and those to come', () => {
    const feed = new LiveProducerFeed();
    const room = new Room('r', asRouter(new FakeRouter()));
    feed.attach(room);
    const speaker = peerWithInbox('s', 'speaker');
    room.addPeer(speaker.peer);
    room.addProducer(asProducer(new FakeProducer('early', 'video')), speaker.peer);

    const viewer = peerWithInbox('v', 'viewer');
    room.addPeer(viewer.peer);
    feed.welcome(room, viewer.peer);
    room.addProducer(asProducer(new FakeProducer('late', 'audio')), speaker.peer);

    expect(viewer.inbox.map((n) => n.data)).toStrictEqual([
      { producerId: 'early', peerId: 's', kind: 'video' },
      { producerId: 'late', peerId: 's', kind: 'audio' },
    ]);
    expect(speaker.inbox).toStrictEqual([]);
  });
});
