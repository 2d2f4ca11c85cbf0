import { afterEach, describe, expect, it } from '@jest/globals';
import { WebSocketServer } from 'ws';
import { SignalingClient, type ConnectionEvent } from '../src/signaling/SignalingClient.js';

/** A node that accepts every socket and answers every request UNAVAILABLE, as one that cannot check tokens does. */
async function unavailableNode(): Promise<{ url: string; close: () => void }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) =>
    socket.on('message', (raw) => {
      const { id } = JSON.parse((raw as Buffer).toString()) as { id: number };
      socket.send(
        JSON.stringify({
          type: 'response',
          id,
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'cannot verify ID tokens right now; retry shortly' },
        }),
      );
    }),
  );
  const { port } = server.address() as { port: number };
  return { url: `ws://127.0.0.1:${port}/ws`, close: () => server.close() };
}

describe('SignalingClient backoff', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('backs off further on each join the node answers UNAVAILABLE, though every socket opened', async () => {
    const node = await unavailableNode();
    const client = new SignalingClient(node.url, { minBackoffMs: 20, maxBackoffMs: 1000 });
    stop = () => {
      client.close();
      node.close();
    };
    const delays: number[] = [];
    await new Promise<void>((resolve) => {
      client.onConnection((event: ConnectionEvent) => {
        if (event.type === 'open') {
          client.request('join', { roomId: 'r', role: 'viewer' }).catch((error: Error) => client.reconnect(error.message));
        } else if (event.type === 'closed') {
          delays.push(event.retryInMs);
          if (delays.length === 5) resolve();
        }
      });
      client.connect();
    });
    // Between half and all of 20, 40, 80, 160, 320 ms.
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(10 * 2 ** i);
      expect(delay).toBeLessThanOrEqual(20 * 2 ** i);
    });
  });
});
