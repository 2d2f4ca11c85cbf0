import { describe, expect, it } from '@jest/globals';
import { MAX_MESSAGE_BYTES, notification, parseClientRequest, RequestParseError } from '../src/index.js';

/** The error `run` throws; fails the test when it throws nothing. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function rejects(raw: string, code: string, id: unknown = null) {
  const error = thrownBy(() => parseClientRequest(raw));
  expect(error).toBeInstanceOf(RequestParseError);
  const { code: actualCode, requestId } = error as RequestParseError;
  expect({ code: actualCode, requestId }).toStrictEqual({ code, requestId: id });
}

describe('parseClientRequest', () => {
  it('accepts a well-formed request and returns typed parameters', () => {
    const parsed = parseClientRequest(JSON.stringify({ type: 'request', id: 7, method: 'join', data: { roomId: 'a-1', role: 'viewer' } }));
    expect(parsed).toStrictEqual({ id: 7, method: 'join', data: { roomId: 'a-1', role: 'viewer' } });
  });

  it('accepts methods whose parameters are optional with no data', () => {
    expect(parseClientRequest('{"type":"request","id":"x","method":"leave"}').method).toBe('leave');
  });

  it('rejects invalid JSON', () => rejects('{"type":', 'BAD_JSON'));
  it('rejects a message that is not a request, keeping its id', () => rejects('{"type":"response","id":3}', 'INVALID_MESSAGE', 3));
  it('rejects a request without an id', () => rejects('{"type":"request","method":"join"}', 'INVALID_MESSAGE'));
  it('rejects unknown methods', () => rejects('{"type":"request","id":1,"method":"dropTables"}', 'UNKNOWN_METHOD', 1));
  it('rejects prototype keys posing as methods', () => rejects('{"type":"request","id":1,"method":"constructor"}', 'UNKNOWN_METHOD', 1));
  it('rejects a missing field', () => rejects('{"type":"request","id":2,"method":"join","data":{"role":"viewer"}}', 'INVALID_PARAMS', 2));
  it('rejects a wrongly typed field', () =>
    rejects('{"type":"request","id":2,"method":"resumeConsumer","data":{"consumerId":42}}', 'INVALID_PARAMS', 2));
  it('rejects a role that does not exist', () =>
    rejects('{"type":"request","id":2,"method":"join","data":{"roomId":"r","role":"superuser"}}', 'INVALID_PARAMS', 2));
  it('rejects a room id with path characters', () =>
    rejects('{"type":"request","id":2,"method":"join","data":{"roomId":"../etc","role":"viewer"}}', 'INVALID_PARAMS', 2));

  it('rejects oversized messages before parsing them', () => {
    const big = JSON.stringify({ type: 'request', id: 1, method: 'join', data: { roomId: 'r', role: 'viewer', pad: 'x'.repeat(MAX_MESSAGE_BYTES) } });
    rejects(big, 'MESSAGE_TOO_LARGE');
  });

  it('explains what is wrong, naming the field', () => {
    const error = thrownBy(() => parseClientRequest('{"type":"request","id":2,"method":"consume","data":{"transportId":"t","producerId":""}}'));
    expect((error as Error).message).toMatch(/producerId/);
    expect((error as Error).message).toMatch(/rtpCapabilities/);
  });
});

describe('notification', () => {
  it('validates what the server pushes', () => {
    expect(() => notification('producerAdded', { producerId: '', peerId: 'p', kind: 'video' })).toThrow();
    expect(notification('consumerClosed', { consumerId: 'c', reason: 'producer-closed' })).toStrictEqual({
      type: 'notification',
      method: 'consumerClosed',
      data: { consumerId: 'c', reason: 'producer-closed' },
    });
  });
});
