import { describe, expect, it } from '@jest/globals';
import { fakeRtpParameters, startMediaNode, withMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';
import { expectProtocolError, SignalingTestClient } from '../support/SignalingTestClient.js';
import { sleep, waitFor } from '../support/waitFor.js';

async function publishAndView(stack: MediaNodeStack, roomId: string) {
  const speaker = await stack.client();
  const { routerRtpCapabilities } = await speaker.request('join', { roomId, role: 'speaker' });
  const send = await speaker.request('createWebRtcTransport', { direction: 'send' });
  const { producerId } = await speaker.request('produce', {
    transportId: send.transportId,
    kind: 'video',
    rtpParameters: fakeRtpParameters('video', 4242),
  });
  const viewer = await stack.client();
  const joined = await viewer.request('join', { roomId, role: 'viewer' });
  const recv = await viewer.request('createWebRtcTransport', { direction: 'recv' });
  const { consumerId } = await viewer.request('consume', {
    transportId: recv.transportId,
    producerId,
    rtpCapabilities: routerRtpCapabilities,
  });
  return { speaker, viewer, sessionToken: joined.sessionToken, recvTransportId: recv.transportId, consumerId, producerId };
}

async function workerDump(stack: MediaNodeStack) {
  const [worker] = stack.node.pool.workers;
  expect(worker).toBeDefined();
  return worker!.dump();
}

describe('peer lifecycle on a real worker', () => {
  it('cleans up everything a vanished peer owned once the grace period ends: the worker dump is empty again', () =>
    withMediaNode({ CHORUS_RECONNECT_GRACE_MS: '300' }, async (stack) => {
      const { speaker, viewer } = await publishAndView(stack, 'cleanup');
      const during = await workerDump(stack);
      expect(during.routerIds).toHaveLength(1);
      const router = stack.node.rooms.list()[0]!.router;
      expect(summarize(await router.dump())).toStrictEqual({ transports: 2, producers: 1, consumers: 1 });

      viewer.socket.terminate();
      speaker.socket.terminate();
      await waitFor(async () => (await workerDump(stack)).routerIds.length === 0, 'the router is gone', 5_000, 50);
      expect(router.closed).toBe(true);
      expect(stack.node.sessions.size).toBe(0);
      expect(stack.node.rooms.list()).toHaveLength(0);
    }));

  it('a viewer leaving closes only its own objects; the speaker keeps publishing', () =>
    withMediaNode({ CHORUS_RECONNECT_GRACE_MS: '0' }, async (stack) => {
      const { viewer } = await publishAndView(stack, 'partial');
      viewer.socket.terminate();
      const router = stack.node.rooms.list()[0]!.router;
      await waitFor(async () => summarize(await router.dump()).consumers === 0, 'the consumer is gone', 5_000, 50);
      expect(summarize(await router.dump())).toStrictEqual({ transports: 1, producers: 1, consumers: 0 });
    }));

  it('gives a client that reconnects within the grace period its session back, transports intact', () =>
    withMediaNode({ CHORUS_RECONNECT_GRACE_MS: '5000' }, async (stack) => {
      const { viewer, sessionToken, recvTransportId, consumerId, speaker, producerId } = await publishAndView(stack, 'resume');
      viewer.socket.terminate();
      await sleep(100);
      // Missed while away: the producer closes, so the viewer's consumer does.
      await speaker.request('closeProducer', { producerId });
      const again = await stack.client();
      const resumed = await again.request('join', { roomId: 'resume', role: 'viewer', sessionToken });
      expect(resumed.resumed).toBe(true);
      await again.notification('consumerClosed', (d) => d.consumerId === consumerId);
      const stats = await again.request('getStats', { id: recvTransportId });
      expect(stats.stats[0]?.transportId).toBe(recvTransportId);
      const ice = await again.request('restartIce', { transportId: recvTransportId });
      expect(ice.iceParameters.usernameFragment).toBeTruthy();

      const stranger = await stack.client();
      await expectProtocolError(stranger.request('join', { roomId: 'resume', role: 'viewer', sessionToken }), 'SESSION_NOT_FOUND');
    }));

  it('after the grace period a session token is worthless', () =>
    withMediaNode({ CHORUS_RECONNECT_GRACE_MS: '200' }, async (stack) => {
      const viewer = await stack.client();
      const { sessionToken } = await viewer.request('join', { roomId: 'expire', role: 'viewer' });
      viewer.socket.terminate();
      await sleep(500);
      const again = await stack.client();
      await expectProtocolError(again.request('join', { roomId: 'expire', role: 'viewer', sessionToken }), 'SESSION_NOT_FOUND');
    }));

  it('detects a dead connection by heartbeat and frees its session', () =>
    withMediaNode({ CHORUS_HEARTBEAT_INTERVAL_MS: '150', CHORUS_RECONNECT_GRACE_MS: '0' }, async (stack) => {
      const silent = await SignalingTestClient.connect(stack.url, { autoPong: false });
      await silent.request('join', { roomId: 'heartbeat', role: 'viewer' });
      await waitFor(() => stack.node.sessions.size === 0, 'the silent session is closed', 3_000);
      expect(stack.node.rooms.list()).toHaveLength(0);
    }));

  it('survives a worker dying: affected clients are told, the worker is replaced, new rooms work', () =>
    withMediaNode({ CHORUS_NUM_WORKERS: '2' }, async (stack) => {
      const { speaker, viewer } = await publishAndView(stack, 'doomed');
      const room = stack.node.rooms.list()[0]!;
      const victim = await findWorkerOf(stack, room.router.id);
      process.kill(victim, 'SIGKILL');
      for (const client of [speaker, viewer]) {
        const reset = await client.notification('mediaReset');
        expect((reset.data as { reason: string }).reason).toBe('worker-died');
      }
      await waitFor(() => stack.node.pool.workers.length === 2 && !stack.node.pool.workers.some((w) => w.pid === victim), 'a replacement worker');
      await expectProtocolError(viewer.request('createWebRtcTransport', { direction: 'recv' }), 'NOT_JOINED');
      // The same connection can join again and carry on.
      const rejoined = await viewer.request('join', { roomId: 'doomed', role: 'viewer' });
      expect(rejoined.resumed).toBe(false);
      await viewer.request('createWebRtcTransport', { direction: 'recv' });
      const health = await fetch(`${stack.httpBase}/healthz`);
      expect(health.status).toBe(200);
      const metrics = await (await fetch(`${stack.httpBase}/metrics`)).text();
      expect(metrics).toMatch(/^chorus_worker_deaths_total 1$/m);
    }));

  it('holds a join while the only worker is being replaced, instead of failing it', () =>
    withMediaNode({ CHORUS_NUM_WORKERS: '1' }, async (stack) => {
      const speaker = await stack.client();
      await speaker.request('join', { roomId: 'lonely', role: 'speaker' });
      const [worker] = stack.node.pool.workers;
      process.kill(worker!.pid, 'SIGKILL');
      await speaker.notification('mediaReset');
      // No worker yet: the rejoin below races the replacement.
      expect(stack.node.pool.workers).toHaveLength(0);
      const rejoined = await speaker.request('join', { roomId: 'lonely', role: 'speaker' });
      expect(rejoined.peerId).toBeTruthy();
      expect(stack.node.pool.workers[0]?.pid).not.toBe(worker!.pid);
    }));
});

function summarize(dump: { transportIds: string[]; mapProducerIdConsumerIds: { key: string; values: string[] }[] }) {
  return {
    transports: dump.transportIds.length,
    producers: dump.mapProducerIdConsumerIds.length,
    consumers: dump.mapProducerIdConsumerIds.reduce((sum, entry) => sum + entry.values.length, 0),
  };
}

async function findWorkerOf(stack: MediaNodeStack, routerId: string): Promise<number> {
  for (const worker of stack.node.pool.workers) {
    if ((await worker.dump()).routerIds.includes(routerId)) return worker.pid;
  }
  throw new Error('router not found on any worker');
}

describe('media node shutdown', () => {
  it('tells joined clients their room is closing and closes their connections as going away', async () => {
    const stack = await startMediaNode();
    const viewer = await stack.client();
    await viewer.request('join', { roomId: 'closing', role: 'viewer' });
    const closeCode = new Promise<number>((resolve) => viewer.socket.once('close', (code) => resolve(code)));
    await stack.node.close();
    expect(await closeCode).toBe(1001);
    const reset = viewer.notifications.find((n) => n.method === 'mediaReset');
    expect((reset?.data as { reason?: string } | undefined)?.reason).toBe('room-closed');
  });
});
