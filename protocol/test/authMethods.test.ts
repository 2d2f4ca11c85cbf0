import { describe, expect, it } from '@jest/globals';
import { notifications, parseClientRequest, RequestParseError } from '../src/index.js';

const request = (method: string, data: unknown) => JSON.stringify({ type: 'request', id: 1, method, data });

function parseError(raw: string): RequestParseError {
  try {
    parseClientRequest(raw);
  } catch (error) {
    if (error instanceof RequestParseError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('authentication in the protocol', () => {
  it('carries the ID token in join, and leaves its absence for the node to answer with UNAUTHENTICATED', () => {
    expect(parseClientRequest(request('join', { roomId: 'r', role: 'viewer', idToken: 'a.b.c' })).data).toStrictEqual({
      roomId: 'r',
      role: 'viewer',
      idToken: 'a.b.c',
    });
    expect(parseClientRequest(request('join', { roomId: 'r', role: 'viewer' })).data).toStrictEqual({ roomId: 'r', role: 'viewer' });
  });

  it('refuses empty, oversized and non-string tokens as invalid parameters', () => {
    for (const idToken of ['', 'x'.repeat(8193), 42]) {
      expect(parseError(request('join', { roomId: 'r', role: 'viewer', idToken })).code).toBe('INVALID_PARAMS');
    }
    expect(parseError(request('refreshAuth', {})).code).toBe('INVALID_PARAMS');
    expect(parseClientRequest(request('refreshAuth', { idToken: 'a.b.c' })).method).toBe('refreshAuth');
  });

  it('says why the node ended a session', () => {
    expect(notifications.sessionEnded.safeParse({ reason: 'token-revoked', message: 'm' }).success).toBe(true);
    expect(notifications.sessionEnded.safeParse({ reason: 'bored', message: 'm' }).success).toBe(false);
  });
});
