import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_MESSAGE_BYTES, notification, parseClientRequest, RequestParseError } from '../src/index.js';

function rejects(raw: string, code: string, id: unknown = null) {
  assert.throws(
    () => parseClientRequest(raw),
    (error: unknown) => error instanceof RequestParseError && error.code === code && error.requestId === id,
  );
}

describe('parseClientRequest', () => {
  it('accepts a well-formed request and returns typed parameters', () => {
    const parsed = parseClientRequest(JSON.stringify({ type: 'request', id: 7, method: 'join', data: { roomId: 'a-1', role: 'viewer' } }));
    assert.deepEqual(parsed, { id: 7, method: 'join', data: { roomId: 'a-1', role: 'viewer' } });
  });

  it('accepts methods whose parameters are optional with no data', () => {
    assert.equal(parseClientRequest('{"type":"request","id":"x","method":"leave"}').method, 'leave');
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
    rejects('{"type":"request","id":2,"method":"join","data":{"roomId":"r","role":"admin"}}', 'INVALID_PARAMS', 2));
  it('rejects a room id with path characters', () =>
    rejects('{"type":"request","id":2,"method":"join","data":{"roomId":"../etc","role":"viewer"}}', 'INVALID_PARAMS', 2));

  it('rejects oversized messages before parsing them', () => {
    const big = JSON.stringify({ type: 'request', id: 1, method: 'join', data: { roomId: 'r', role: 'viewer', pad: 'x'.repeat(MAX_MESSAGE_BYTES) } });
    rejects(big, 'MESSAGE_TOO_LARGE');
  });

  it('explains what is wrong, naming the field', () => {
    try {
      parseClientRequest('{"type":"request","id":2,"method":"consume","data":{"transportId":"t","producerId":""}}');
      assert.fail('expected a rejection');
    } catch (error) {
      assert.match((error as Error).message, /producerId/);
      assert.match((error as Error).message, /rtpCapabilities/);
    }
  });
});

describe('notification', () => {
  it('validates what the server pushes', () => {
    assert.throws(() => notification('producerAdded', { producerId: '', peerId: 'p', kind: 'video' }));
    assert.deepEqual(notification('consumerClosed', { consumerId: 'c', reason: 'producer-closed' }), {
      type: 'notification',
      method: 'consumerClosed',
      data: { consumerId: 'c', reason: 'producer-closed' },
    });
  });
});
