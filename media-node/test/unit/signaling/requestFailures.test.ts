import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { ProtocolError } from '@chorus/protocol';
import * as mediasoup from 'mediasoup';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config.js';
import type { WorkerPool } from '../../../src/media/WorkerPool.js';
import { LiveProducerFeed } from '../../../src/rooms/LiveProducerFeed.js';
import { RoomRegistry } from '../../../src/rooms/RoomRegistry.js';
import { ProtocolHandler, type SignalingConnection } from '../../../src/signaling/ProtocolHandler.js';
import { answerFailure } from '../../../src/signaling/requestFailures.js';
import { SessionRegistry } from '../../../src/signaling/SessionRegistry.js';

interface LogLine {
  level: number;
  msg: string;
  method?: string;
  err?: { type: string; message: string; stack: string };
}

/** A pino logger whose lines the test reads. */
function capturingLogger() {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/** A room's router as far as joining goes. */
class FakeRouter extends EventEmitter {
  readonly id = 'router-1';
  readonly rtpCapabilities = { codecs: [] };
  close() {}
}

/** The live feed, whose reroute runs whatever the test makes it fail with. */
class FailingFeed extends LiveProducerFeed {
  constructor(private readonly fail: () => never) {
    super();
  }
  override reroute(): never {
    return this.fail();
  }
}

async function rerouteFailingWith(fail: () => never) {
  const { logger, lines } = capturingLogger();
  const pool = { createRouter: () => Promise.resolve(new FakeRouter()) } as unknown as WorkerPool;
  const sessions = new SessionRegistry(60_000);
  const handler = new ProtocolHandler({
    config: loadConfig({ CHORUS_AUTH: 'off' }),
    rooms: new RoomRegistry(pool, logger),
    sessions,
    feed: new FailingFeed(fail),
    logger,
    authenticator: null,
  });
  const connection: SignalingConnection = { session: null, user: null, transmit: () => {} };
  await handler.handle(connection, { id: 1, method: 'join', data: { roomId: 'r', role: 'viewer' } });
  const error = await handler.handle(connection, { id: 2, method: 'reroute', data: {} }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  sessions.closeAll();
  handler.close();
  await new Promise((resolve) => setImmediate(resolve));
  return { error: error as ProtocolError, lines: lines.filter((line) => line.level >= 40) };
}

function aBugOfOurs(): never {
  const viewer = undefined as unknown as { id: string };
  // A TypeError, as a bug makes it: what a client sent has nothing to do with it.
  void viewer.id;
  throw new Error('unreachable');
}

describe('what a request that failed is answered with', () => {
  it('answers a TypeError of a bug with INTERNAL, hiding its message, and logs it with its stack', async () => {
    const { error, lines } = await rerouteFailingWith(aBugOfOurs);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toMatch(/undefined|reading/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, method: 'reroute', err: { type: 'TypeError' } });
    expect(lines[0]?.err?.stack).toMatch(/requestFailures\.test\.ts:\d+/);
  });

  it('answers any other error of ours with INTERNAL too', async () => {
    const { error, lines } = await rerouteFailingWith(() => {
      throw new Error('the journal is at /var/lib/chorus');
    });
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toMatch(/var\/lib/);
    expect(lines[0]?.err?.stack).toMatch(/requestFailures\.test/);
  });

  it('still answers mediasoup’s own validation of what a client sent with INVALID_PARAMS, unlogged', async () => {
    const { error, lines } = await rerouteFailingWith(() => {
      mediasoup.ortc.validateAndNormalizeRtpParameters({ codecs: [{ mimeType: 'video/VP8', clockRate: 90000 }] } as never);
      throw new Error('mediasoup accepted a codec without a payload type');
    });
    expect(error.code).toBe('INVALID_PARAMS');
    expect(error.message).toMatch(/^reroute: .*payloadType/);
    expect(lines).toHaveLength(0);
  });

  it('maps mediasoup’s error classes by class', async () => {
    const { error } = await rerouteFailingWith(() => {
      throw new mediasoup.errors.UnsupportedError('no such codec');
    });
    expect(error).toMatchObject({ code: 'UNSUPPORTED', message: 'reroute: no such codec' });
    const notFound = await rerouteFailingWith(() => {
      throw new mediasoup.errors.NotFoundError('Producer not found');
    });
    expect(notFound.error.code).toBe('NOT_FOUND');
  });
});

describe('answerFailure', () => {
  it('logs a refusal of who sent a request, with the reason, and passes protocol errors on as they are', () => {
    const { logger, lines } = capturingLogger();
    const refused = new ProtocolError('FORBIDDEN', 'role "admin" is not granted');
    expect(answerFailure(refused, logger, { method: 'join' })).toBe(refused);
    expect(lines).toMatchObject([{ level: 30, msg: 'refused a request', method: 'join', code: 'FORBIDDEN', reason: 'role "admin" is not granted' }]);
    expect(answerFailure(new ProtocolError('NOT_FOUND', 'no such producer'), logger).code).toBe('NOT_FOUND');
    expect(lines).toHaveLength(1);
  });
});
