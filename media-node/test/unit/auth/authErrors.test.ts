import { describe, expect, it } from '@jest/globals';
import { toAuthError } from '../../../src/auth/FirebaseAuthenticator.js';

/** An error shaped as firebase-admin's FirebaseAuthError. */
const sdkError = (code: string, message = '') => Object.assign(new Error(message), { code });

describe('toAuthError', () => {
  const cases: Array<[string, Error, string, RegExp]> = [
    ['expired', sdkError('auth/id-token-expired'), 'UNAUTHENTICATED', /expired/],
    ['revoked', sdkError('auth/id-token-revoked'), 'UNAUTHENTICATED', /revoked/],
    ['disabled', sdkError('auth/user-disabled'), 'UNAUTHENTICATED', /disabled/],
    ['deleted', sdkError('auth/user-not-found'), 'UNAUTHENTICATED', /no longer exists/],
    [
      'wrong audience',
      sdkError('auth/argument-error', 'Firebase ID token has incorrect "aud" (audience) claim.'),
      'UNAUTHENTICATED',
      /another Firebase project, not "demo-x"/,
    ],
    [
      'wrong issuer',
      sdkError('auth/argument-error', 'Firebase ID token has incorrect "iss" (issuer) claim.'),
      'UNAUTHENTICATED',
      /another Firebase project/,
    ],
    ['bad signature', sdkError('auth/argument-error', 'Firebase ID token has invalid signature.'), 'UNAUTHENTICATED', /forged or tampered/],
    [
      'unknown key',
      sdkError('auth/argument-error', 'Firebase ID token has "kid" claim which does not correspond to a known public key.'),
      'UNAUTHENTICATED',
      /forged/,
    ],
    [
      'a custom token',
      sdkError('auth/argument-error', 'verifyIdToken() expects an ID token, but was given a custom token.'),
      'UNAUTHENTICATED',
      /forged/,
    ],
    ['undecodable', sdkError('auth/argument-error', 'Decoding Firebase ID token failed.'), 'UNAUTHENTICATED', /malformed/],
    ['keys out of reach', sdkError('auth/argument-error', 'Error fetching public keys for Google certs: socket hang up'), 'UNAVAILABLE', /retry/],
    ['the Auth API out of reach', sdkError('auth/internal-error', 'An internal error has occurred.'), 'UNAVAILABLE', /retry/],
    ['network', new Error('ECONNREFUSED'), 'UNAVAILABLE', /retry/],
  ];
  for (const [what, error, code, message] of cases) {
    it(`says ${what} is ${code}`, () => {
      const mapped = toAuthError(error, 'demo-x');
      expect({ code: mapped.code, message: mapped.message }).toStrictEqual({ code, message: expect.stringMatching(message) });
    });
  }

  it('never echoes the SDK message, which may quote the token back', () => {
    const mapped = toAuthError(sdkError('auth/argument-error', 'incorrect "aud" claim: got "eyJsecret"'), 'demo-x');
    expect(mapped.message).not.toMatch(/eyJ/);
  });
});
