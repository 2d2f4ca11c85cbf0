import { describe, expect, it } from '@jest/globals';
import { MAX_MESSAGE_BYTES, parseCommandRecord, RequestParseError } from '../src/index.js';

const record = (overrides: Record<string, unknown> = {}) => ({
  uid: 'u1',
  nodeId: 'node-1',
  id: 7,
  method: 'createWebRtcTransport',
  data: JSON.stringify({ direction: 'send' }),
  idToken: 'token',
  state: 'pending',
  createdAt: { seconds: 1, nanoseconds: 0 },
  ...overrides,
});

function parseError(value: unknown): RequestParseError {
  try {
    parseCommandRecord(value);
  } catch (error) {
    if (error instanceof RequestParseError) return error;
    throw error;
  }
  throw new Error('expected a RequestParseError');
}

describe('parseCommandRecord', () => {
  it('validates a command record down to its typed request', () => {
    const { record: parsed, request } = parseCommandRecord(record());
    expect(parsed.uid).toBe('u1');
    expect(request).toStrictEqual({ id: 7, method: 'createWebRtcTransport', data: { direction: 'send' } });
  });

  it('refuses a record without its required fields, naming them and keeping the id', () => {
    const error = parseError(record({ idToken: undefined }));
    expect(error.code).toBe('INVALID_MESSAGE');
    expect(error.message).toMatch(/idToken/);
    expect(error.requestId).toBe(7);
  });

  it('says which method is unknown and which parameters are wrong', () => {
    expect(parseError(record({ method: 'teleport' }))).toMatchObject({ code: 'UNKNOWN_METHOD', requestId: 7 });
    const invalid = parseError(record({ data: JSON.stringify({ direction: 'sideways' }) }));
    expect(invalid.code).toBe('INVALID_PARAMS');
    expect(invalid.message).toMatch(/direction/);
  });

  it('refuses data beyond the message size limit', () => {
    const error = parseError(
      record({ method: 'join', data: JSON.stringify({ roomId: 'r', role: 'viewer', sessionToken: 'x'.repeat(MAX_MESSAGE_BYTES) }) }),
    );
    expect(error.code).toBe('MESSAGE_TOO_LARGE');
    // Bytes of UTF-8, as firestore.rules counts them: 'é' is two.
    expect(parseError(record({ data: 'é'.repeat(MAX_MESSAGE_BYTES / 2 + 1) })).code).toBe('MESSAGE_TOO_LARGE');
  });

  it('says when the data is not JSON', () => {
    expect(parseError(record({ data: '{oops' }))).toMatchObject({ code: 'BAD_JSON', requestId: 7 });
  });
});
