import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_MESSAGE_BYTES } from '@chorus/protocol';
import { fakeRtpParameters, startMediaNode } from '../support/mediaNodeFixture.js';
import { SignalingTestClient } from '../support/SignalingTestClient.js';

describe('hostile and malformed input', () => {
  let stack: Awaited<ReturnType<typeof startMediaNode>>;
  let honestSpeaker: SignalingTestClient;
  let honestProducerId: string;

  beforeAll(async () => {
    stack = await startMediaNode({ CHORUS_RATE_LIMIT_PER_SECOND: '20', CHORUS_RATE_LIMIT_BURST: '40' });
    // A well-behaved user whose media must survive everything below.
    honestSpeaker = await stack.client();
    await honestSpeaker.request('join', { roomId: 'shared', role: 'speaker' });
    const send = await honestSpeaker.request('createWebRtcTransport', { direction: 'send' });
    honestProducerId = (
      await honestSpeaker.request('produce', { transportId: send.transportId, kind: 'video', rtpParameters: fakeRtpParameters('video', 77) })
    ).producerId;
  });
  afterAll(() => stack.close());

  const cases: Array<[string, string | Buffer, string, { binary?: boolean }?]> = [
    ['invalid JSON', '{"type":"request",', 'BAD_JSON'],
    ['a JSON scalar', '42', 'INVALID_MESSAGE'],
    ['null', 'null', 'INVALID_MESSAGE'],
    ['an array', '[1,2,3]', 'INVALID_MESSAGE'],
    ['a request without method', '{"type":"request","id":1}', 'INVALID_MESSAGE'],
    ['an unknown method', '{"type":"request","id":1,"method":"shutdown","data":{}}', 'UNKNOWN_METHOD'],
    ['__proto__ as method', '{"type":"request","id":1,"method":"__proto__","data":{}}', 'UNKNOWN_METHOD'],
    ['a missing field', '{"type":"request","id":1,"method":"join","data":{"role":"viewer"}}', 'INVALID_PARAMS'],
    ['a wrongly typed field', '{"type":"request","id":1,"method":"join","data":{"roomId":5,"role":"viewer"}}', 'INVALID_PARAMS'],
    ['a huge id', `{"type":"request","id":"${'x'.repeat(500)}","method":"leave"}`, 'INVALID_MESSAGE'],
    [
      'an oversized message',
      JSON.stringify({ type: 'request', id: 1, method: 'leave', data: { pad: 'x'.repeat(MAX_MESSAGE_BYTES + 10) } }),
      'MESSAGE_TOO_LARGE',
    ],
    ['a binary frame', Buffer.from([0, 1, 2, 3]), 'INVALID_MESSAGE', { binary: true }],
    [
      'media requests before join',
      '{"type":"request","id":9,"method":"consume","data":{"transportId":"t","producerId":"p","rtpCapabilities":{}}}',
      'NOT_JOINED',
    ],
  ];

  for (const [what, payload, code, options] of cases) {
    it(`answers ${what} with ${code}`, async () => {
      const client = await stack.client();
      const response = await client.sendRawExpectingResponse(payload, options);
      expect(response.ok).toBe(false);
      expect(!response.ok && response.error.code).toBe(code);
      expect(!response.ok && response.error.message.length).toBeGreaterThan(0);
      // The connection stays usable after a bad message.
      const joined = await client.request('join', { roomId: 'shared', role: 'viewer' });
      expect(joined.peerId).toBeTruthy();
    });
  }

  it('correlates an error with the id of the request that caused it', async () => {
    const client = await stack.client();
    const response = await client.requestRaw({ type: 'request', id: 'abc', method: 'join', data: { roomId: '' } });
    expect(response.id).toBe('abc');
    expect(!response.ok && response.error.code).toBe('INVALID_PARAMS');
  });

  it('closes a connection that sends a frame far beyond any protocol message', async () => {
    const client = await stack.client();
    const closed = new Promise<number>((resolve) => client.socket.once('close', (code) => resolve(code)));
    client.socket.send('x'.repeat(8 * MAX_MESSAGE_BYTES));
    expect(await closed).toBe(1009);
  });

  it('rate-limits a flood and then disconnects the flooder', async () => {
    const flooder = await stack.client();
    const closed = new Promise<number>((resolve) => flooder.socket.once('close', (code) => resolve(code)));
    for (let i = 0; i < 600 && flooder.socket.readyState === flooder.socket.OPEN; i++) {
      flooder.socket.send(JSON.stringify({ type: 'request', id: i, method: 'getRouterRtpCapabilities' }));
    }
    expect(await closed).toBe(1008);
    // The flooder was told it is rate limited.
    const limited = flooder.responses.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
  });

  it('a client vanishing mid-call loses nothing of anyone else', async () => {
    const vanishing = await stack.client();
    const joined = await vanishing.request('join', { roomId: 'shared', role: 'viewer' });
    const recv = await vanishing.request('createWebRtcTransport', { direction: 'recv' });
    await vanishing.request('consume', {
      transportId: recv.transportId,
      producerId: honestProducerId,
      rtpCapabilities: joined.routerRtpCapabilities,
    });
    vanishing.socket.terminate();
  });

  it('still serves a well-behaved client afterwards, and the honest speaker still publishes', async () => {
    const health = await fetch(`${stack.httpBase}/healthz`);
    expect(health.status).toBe(200);
    const viewer = await stack.client();
    const joined = await viewer.request('join', { roomId: 'shared', role: 'viewer' });
    await viewer.notification('producerAdded', (d) => d.producerId === honestProducerId);
    const recv = await viewer.request('createWebRtcTransport', { direction: 'recv' });
    const consumed = await viewer.request('consume', {
      transportId: recv.transportId,
      producerId: honestProducerId,
      rtpCapabilities: joined.routerRtpCapabilities,
    });
    await viewer.request('resumeConsumer', { consumerId: consumed.consumerId });
    const stats = await honestSpeaker.request('getStats', { id: honestProducerId });
    expect(Array.isArray(stats.stats)).toBe(true);
  });
});
