// The WebSocket carrier's join deadline against a handler that takes its time, as a join does while
// its ID token is being verified: a join that completes after the deadline closed the socket must not
// leave a session (and its peer) attached to nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, test } from '@jest/globals';
import { createLogger } from '@chorus/media-node';
import type { PeerSession } from '../../media-node/src/signaling/PeerSession.js';
import type { ProtocolHandler, SignalingConnection } from '../../media-node/src/signaling/ProtocolHandler.js';
import { SessionRegistry } from '../../media-node/src/signaling/SessionRegistry.js';
import { CLOSE_AUTH_TIMEOUT, WebSocketCarrier } from '../../media-node/src/signaling/WebSocketCarrier.js';
import { SignalingTestClient } from '../support/SignalingTestClient.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function carrierWith(joinTakesMs: number) {
  const server: Server = createServer();
  const sessions = new SessionRegistry(60_000);
  const opened: PeerSession[] = [];
  const handler = {
    async handle(connection: SignalingConnection) {
      await sleep(joinTakesMs);
      const session = sessions.open(connection.transmit);
      opened.push(session);
      connection.session = session;
      return { data: {} };
    },
  } as unknown as ProtocolHandler;
  const carrier = new WebSocketCarrier(
    server,
    handler,
    sessions,
    {
      path: '/ws',
      heartbeatIntervalMs: 60_000,
      rateLimit: { perSecond: 50, burst: 100 },
      authTimeoutMs: 200,
      maxConnectionsPerIp: 10,
      trustedProxies: [],
    },
    createLogger('silent'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    await carrier.close();
    sessions.closeAll();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`, opened };
}

test('a join that ends after the deadline closed the socket leaves its session detached, in its grace period', async () => {
  const { url, opened } = await carrierWith(500);
  const client = await SignalingTestClient.connect(url);
  const closed = new Promise<number>((resolve) => client.socket.once('close', (code) => resolve(code)));
  client.socket.send(JSON.stringify({ type: 'request', id: 1, method: 'join', data: { roomId: 'r', role: 'viewer' } }));
  expect(await closed).toBe(CLOSE_AUTH_TIMEOUT);
  await sleep(600);
  expect(opened).toHaveLength(1);
  expect(opened[0]!.isAttached).toBe(false);
});

test('a join that ends in time keeps the connection past the deadline', async () => {
  const { url, opened } = await carrierWith(20);
  const client = await SignalingTestClient.connect(url);
  cleanups.push(() => client.close());
  await client.requestRaw({ type: 'request', id: 1, method: 'join', data: { roomId: 'r', role: 'viewer' } });
  await sleep(400);
  expect(client.socket.readyState).toBe(client.socket.OPEN);
  expect(opened[0]!.isAttached).toBe(true);
});
