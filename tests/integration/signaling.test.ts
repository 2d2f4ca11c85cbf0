import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PEER_LIMITS } from '@chorus/media-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { fakeRtpParameters, startMediaNode, withMediaNode } from '../support/mediaNodeFixture.js';
import { expectProtocolError, type SignalingTestClient } from '../support/SignalingTestClient.js';

describe('signaling against a real mediasoup worker', () => {
  let stack: Awaited<ReturnType<typeof startMediaNode>>;
  let speaker: SignalingTestClient;
  let viewer: SignalingTestClient;
  let sendTransportId: string;
  let recvTransportId: string;
  let routerCaps: Record<string, unknown>;
  const producerIds: Record<'audio' | 'video', string> = { audio: '', video: '' };

  beforeAll(async () => {
    stack = await startMediaNode({
      CHORUS_TURN_URLS: 'turn:127.0.0.1:3478?transport=udp',
      CHORUS_TURN_SECRET: 'test-secret',
      CHORUS_RTC_MIN_PORT: '45000',
      CHORUS_RTC_MAX_PORT: '45100',
    });
    speaker = await stack.client();
    viewer = await stack.client();
  });
  afterAll(() => stack.close());

  it('refuses media requests before join', async () => {
    await expectProtocolError(speaker.request('createWebRtcTransport', { direction: 'send' }), 'NOT_JOINED');
    await expectProtocolError(speaker.request('getRouterRtpCapabilities', {}), 'NOT_JOINED');
  });

  it('joins and returns the router capabilities and time-limited TURN credentials', async () => {
    const joined = await speaker.request('join', { roomId: 'signaling', role: 'speaker' });
    routerCaps = joined.routerRtpCapabilities;
    const codecs = (routerCaps.codecs as { mimeType: string }[]).map((c) => c.mimeType);
    expect(codecs).toEqual(expect.arrayContaining(['audio/opus', 'video/VP8']));
    expect(joined.resumed).toBe(false);
    const turn = joined.iceServers.find((server) => String(server.urls).startsWith('turn:'));
    expect(turn?.username ?? '').toMatch(/^\d+:/);
    const expiry = Number(turn?.username?.split(':')[0]);
    expect(expiry).toBeGreaterThan(Date.now() / 1000);
    expect(expiry).toBeLessThanOrEqual(Date.now() / 1000 + 3601);
    expect((await speaker.request('getRouterRtpCapabilities', {})).rtpCapabilities).toStrictEqual(routerCaps);
    await expectProtocolError(speaker.request('join', { roomId: 'signaling', role: 'speaker' }), 'ALREADY_JOINED');
  });

  it('creates a send transport in the configured port range', async () => {
    const transport = await speaker.request('createWebRtcTransport', { direction: 'send' });
    sendTransportId = transport.transportId;
    expect(transport.iceCandidates.length).toBeGreaterThanOrEqual(2);
    for (const candidate of transport.iceCandidates) {
      expect(candidate.port).toBeGreaterThanOrEqual(45000);
      expect(candidate.port).toBeLessThanOrEqual(45100);
      expect(candidate.address ?? candidate.ip).toBe('127.0.0.1');
    }
    const udp = transport.iceCandidates.find((c) => c.protocol === 'udp');
    const tcp = transport.iceCandidates.find((c) => c.protocol === 'tcp');
    expect(udp).toBeDefined();
    expect(tcp).toBeDefined();
    // UDP is preferred over TCP.
    expect(udp!.priority).toBeGreaterThan(tcp!.priority);
    const restarted = await speaker.request('restartIce', { transportId: sendTransportId });
    expect(restarted.iceParameters.usernameFragment).not.toBe(transport.iceParameters.usernameFragment);
  });

  it('produces audio and video, and a viewer is offered both', async () => {
    for (const [kind, ssrc] of [
      ['video', 1111],
      ['audio', 2222],
    ] as const) {
      const { producerId } = await speaker.request('produce', {
        transportId: sendTransportId,
        kind,
        rtpParameters: fakeRtpParameters(kind, ssrc),
      });
      producerIds[kind] = producerId;
    }
    await viewer.request('join', { roomId: 'signaling', role: 'viewer' });
    for (const kind of ['video', 'audio'] as const) {
      const offered = await viewer.notification('producerAdded', (d) => d.producerId === producerIds[kind]);
      expect((offered.data as { kind: string }).kind).toBe(kind);
    }
  });

  it('consumes paused, resumes on request, and reports stats', async () => {
    recvTransportId = (await viewer.request('createWebRtcTransport', { direction: 'recv' })).transportId;
    const consumed = await viewer.request('consume', {
      transportId: recvTransportId,
      producerId: producerIds.video,
      rtpCapabilities: routerCaps,
    });
    expect(consumed.paused).toBe(true);
    expect(consumed.kind).toBe('video');
    expect((consumed.rtpParameters.codecs[0] as { mimeType: string }).mimeType).toBe('video/VP8');
    await viewer.request('resumeConsumer', { consumerId: consumed.consumerId });
    const stats = await viewer.request('getStats', { id: consumed.consumerId });
    expect(stats.stats.map((s) => s.type)).toContain('outbound-rtp');
    const transportStats = await viewer.request('getStats', { id: recvTransportId });
    expect(transportStats.stats[0]?.type).toBe('webrtc-transport');
  });

  it('only lets a peer address what it owns', async () => {
    await expectProtocolError(
      viewer.request('connectWebRtcTransport', {
        transportId: sendTransportId,
        dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AA' }] },
      }),
      'NOT_FOUND',
      /transport/,
    );
    await expectProtocolError(viewer.request('closeProducer', { producerId: producerIds.video }), 'NOT_FOUND');
    await expectProtocolError(viewer.request('getStats', { id: sendTransportId }), 'NOT_FOUND');
    await expectProtocolError(speaker.request('resumeConsumer', { consumerId: 'no-such-consumer' }), 'NOT_FOUND');
  });

  it('refuses what a role or a transport direction does not allow', async () => {
    await expectProtocolError(
      viewer.request('produce', { transportId: recvTransportId, kind: 'video', rtpParameters: fakeRtpParameters('video', 5) }),
      'FORBIDDEN',
    );
    await expectProtocolError(
      viewer.request('consume', { transportId: 'missing', producerId: producerIds.audio, rtpCapabilities: routerCaps }),
      'NOT_FOUND',
    );
    await expectProtocolError(
      speaker.request('consume', { transportId: sendTransportId, producerId: producerIds.audio, rtpCapabilities: routerCaps }),
      'INVALID_PARAMS',
      /send transport/,
    );
    await expectProtocolError(
      viewer.request('consume', { transportId: recvTransportId, producerId: 'nope', rtpCapabilities: routerCaps }),
      'NOT_FOUND',
    );
    await expectProtocolError(
      viewer.request('consume', { transportId: recvTransportId, producerId: producerIds.audio, rtpCapabilities: { codecs: [] } }),
      'UNSUPPORTED',
    );
  });

  it('reports the media engine refusing bad RTP parameters as a clear error', async () => {
    await expectProtocolError(
      speaker.request('produce', {
        transportId: sendTransportId,
        kind: 'video',
        rtpParameters: { codecs: [{ mimeType: 'video/NOPE', payloadType: 96, clockRate: 90000 }], encodings: [{ ssrc: 9 }] },
      }),
      'UNSUPPORTED',
    );
    await expectProtocolError(
      speaker.request('produce', { transportId: sendTransportId, kind: 'video', rtpParameters: fakeRtpParameters('video', 1111) }),
      'MEDIA_ERROR',
    );
    // mediasoup's own validation (a TypeError) is the client's error; a TypeError of the node's is INTERNAL.
    await expectProtocolError(
      speaker.request('produce', {
        transportId: sendTransportId,
        kind: 'video',
        rtpParameters: { codecs: [{ mimeType: 'video/VP8', clockRate: 90000 }] },
      }),
      'INVALID_PARAMS',
      /payloadType/,
    );
  });

  it('caps the transports a peer may open', async () => {
    const extra = await stack.client();
    await extra.request('join', { roomId: 'signaling', role: 'viewer' });
    for (let i = 0; i < PEER_LIMITS.transports; i++) await extra.request('createWebRtcTransport', { direction: 'recv' });
    await expectProtocolError(extra.request('createWebRtcTransport', { direction: 'recv' }), 'LIMIT_EXCEEDED');
    await extra.request('leave', {});
  });

  it('closing a producer closes its consumers and tells their owner', async () => {
    const consumed = await viewer.request('consume', {
      transportId: recvTransportId,
      producerId: producerIds.audio,
      rtpCapabilities: routerCaps,
    });
    await speaker.request('closeProducer', { producerId: producerIds.audio });
    const closed = await viewer.notification('consumerClosed', (d) => d.consumerId === consumed.consumerId);
    expect((closed.data as { reason: string }).reason).toBe('producer-closed');
    await expectProtocolError(viewer.request('resumeConsumer', { consumerId: consumed.consumerId }), 'NOT_FOUND');
  });

  it('exposes health and Prometheus metrics that count the live objects', async () => {
    const health = await fetch(`${stack.httpBase}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: unknown }).status).toBe('ok');
    const metrics = await (await fetch(`${stack.httpBase}/metrics`)).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1]);
    expect(value('chorus_rooms')).toBe(1);
    expect(value('chorus_producers')).toBe(1);
    expect(value('chorus_consumers')).toBe(1);
    expect(value('chorus_transports')).toBe(2);
    expect(metrics).toMatch(/^chorus_worker_cpu_seconds\{pid="\d+",mode="user"\} [\d.e-]+$/m);
  });

  it('serves the built web client, and nothing outside it', async () => {
    const page = await fetch(`${stack.httpBase}/viewer.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type') ?? '').toMatch(/text\/html/);
    expect(await page.text()).toMatch(/viewer\.js/);
    // web/dist/../package.json exists: an encoded '..' must not reach it.
    for (const path of ['/..%2fpackage.json', '/..%2f..%2fpackage.json', '/%2e%2e%2fpackage.json', '/%00', '/%E0%A4%A']) {
      const response = await fetch(`${stack.httpBase}${path}`);
      expect({ path, status: response.status }).toStrictEqual({ path, status: 404 });
    }
    expect((await fetch(`${stack.httpBase}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});

describe('a WebSocket session and its media', () => {
  it('is not ended when its transports never connect: the socket tells whether the client is there', async () => {
    // Firestore sessions are ended after this long without a connected transport (tests/firebase).
    await withMediaNode({ CHORUS_MEDIA_LOST_GRACE_MS: '200' }, async (stack) => {
      const client = await stack.client();
      await client.request('join', { roomId: 'ws-liveness', role: 'speaker' });
      await client.request('createWebRtcTransport', { direction: 'send' });
      await sleep(800);
      expect(client.notifications.filter((n) => n.method === 'sessionEnded')).toEqual([]);
      await client.request('getRouterRtpCapabilities', {});
    });
  });
});
