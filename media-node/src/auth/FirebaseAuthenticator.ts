import { ProtocolError, rolesFromClaims, type Role } from '@chorus/protocol';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth, type DecodedIdToken } from 'firebase-admin/auth';
import type { Logger } from '../logger.js';
import type { AuthenticatedUser, Authenticator } from './Authenticator.js';

export interface FirebaseAuthenticatorSettings {
  /** The Firebase project whose ID tokens this node accepts (their `aud`). */
  projectId: string;
  /** Roles of a user whose token has no `roles` claim. */
  defaultRoles: readonly Role[];
  /** Hears why tokens could not be checked at all (Google's keys or the Auth API out of reach). */
  logger?: Logger;
}

/** ID tokens longer than this are not Firebase's: refuse them before any decoding. */
const MAX_ID_TOKEN_LENGTH = 8192;

let appsCreated = 0;

/**
 * Verifies Firebase ID tokens with the Admin SDK: the signature against Google's public keys (or, with
 * FIREBASE_AUTH_EMULATOR_HOST set, the Auth emulator's unsigned tokens), audience and issuer against
 * the configured project, expiry, and revocation. Credentials come from the environment (the VM's
 * service account in production); checking tokens needs none, checking revocation reads the user record.
 */
export class FirebaseAuthenticator implements Authenticator {
  private readonly app: App;
  private readonly auth: Auth;

  constructor(private readonly settings: FirebaseAuthenticatorSettings) {
    // A named app of its own: the node's registry or carrier may initialise firebase-admin too.
    this.app = initializeApp({ projectId: settings.projectId }, `chorus-media-node-auth-${++appsCreated}`);
    this.auth = getAuth(this.app);
  }

  async verify(idToken: string): Promise<AuthenticatedUser> {
    const decoded = await this.decode(idToken, true);
    return {
      uid: decoded.uid,
      roles: rolesFromClaims(decoded, this.settings.defaultRoles),
      expiresAtMs: decoded.exp * 1000,
    };
  }

  async checkNotRevoked(idToken: string): Promise<void> {
    await this.decode(idToken, true);
  }

  async close(): Promise<void> {
    await deleteApp(this.app);
  }

  private async decode(idToken: string, checkRevoked: boolean): Promise<DecodedIdToken> {
    if (typeof idToken !== 'string' || idToken.length === 0) throw new ProtocolError('UNAUTHENTICATED', 'no ID token was given');
    if (idToken.length > MAX_ID_TOKEN_LENGTH) throw new ProtocolError('UNAUTHENTICATED', 'malformed ID token: too long');
    // The SDK reports an undecodable token as an internal error, which would read as the node's fault.
    if (!isDecodableJwt(idToken)) throw new ProtocolError('UNAUTHENTICATED', 'malformed ID token: not a JWT');
    try {
      return await this.auth.verifyIdToken(idToken, checkRevoked);
    } catch (error) {
      const refusal = toAuthError(error, this.settings.projectId);
      if (refusal.code === 'UNAVAILABLE') this.settings.logger?.error({ err: error }, 'could not verify an ID token');
      throw refusal;
    }
  }
}

function isDecodableJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  try {
    const [header, payload] = parts.slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown);
    return isObject(header) && isObject(payload);
  } catch {
    return false;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Says which check a token failed, without echoing the SDK's long messages (which may quote the token's
 * claims back). Failures to reach Google or the emulator are the node's problem, not the caller's.
 */
export function toAuthError(error: unknown, projectId: string): ProtocolError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (isTransportFailure(error)) return new ProtocolError('UNAVAILABLE', 'cannot verify ID tokens right now; retry shortly');
  switch (code) {
    case 'auth/id-token-expired':
      return new ProtocolError('UNAUTHENTICATED', 'ID token expired: get a fresh one (getIdToken(true)) and try again');
    case 'auth/id-token-revoked':
      return new ProtocolError('UNAUTHENTICATED', 'ID token revoked: the user must sign in again');
    case 'auth/user-disabled':
      return new ProtocolError('UNAUTHENTICATED', 'the user account is disabled');
    case 'auth/user-not-found':
      return new ProtocolError('UNAUTHENTICATED', 'the user of this ID token no longer exists');
    case 'auth/argument-error':
    case 'auth/invalid-argument':
      // Google's keys answering with an error page surfaces as an argument error too; the token may be fine.
      if (/^Error fetching/.test(message)) return new ProtocolError('UNAVAILABLE', 'cannot verify ID tokens right now; retry shortly');
      if (/incorrect "aud"|incorrect "iss"/.test(message)) {
        return new ProtocolError('UNAUTHENTICATED', `ID token is for another Firebase project, not "${projectId}"`);
      }
      if (/invalid signature|incorrect algorithm|"kid"|custom token/.test(message)) {
        return new ProtocolError('UNAUTHENTICATED', 'ID token signature is invalid: forged or tampered with');
      }
      if (/"sub"/.test(message)) return new ProtocolError('UNAUTHENTICATED', 'ID token has no valid subject (uid)');
      if (/Decoding|must be a/.test(message)) return new ProtocolError('UNAUTHENTICATED', 'malformed ID token: not a JWT');
      return new ProtocolError('UNAUTHENTICATED', 'ID token rejected');
    default:
      return new ProtocolError('UNAVAILABLE', 'cannot verify ID tokens right now; retry shortly');
  }
}

/** firebase-admin's codes for a request that got no answer (DNS, refused, reset, timeout, TLS: see utils/api-request.js). */
const SDK_TRANSPORT_CODES = new Set(['app/network-error', 'app/network-timeout']);

/** Node's codes for a connection that could not be made or kept, or whose peer could not be trusted. */
const NODE_TRANSPORT_CODE =
  /^(E[A-Z_]+|ERR_TLS_\w+|ERR_SSL_\w+|CERT_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)$/;

/**
 * The SDK's own prefix for a request that got no answer. Its key fetch for verifyIdToken passes through
 * jsonwebtoken's key callback, which keeps only the message: the code and cause are gone by then, so this
 * prefix (with the Node code it appends) is all that is left to tell an outage from a bad token.
 */
const SDK_TRANSPORT_MESSAGE =
  /^Error while making request: .*(Error code: (E[A-Z_]+|ERR_\w+|CERT_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)|timeout of \d+ms exceeded)/s;

/** Whether the check could not run at all, by the error's code, its causes' codes, or the SDK's transport message. */
export function isTransportFailure(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SDK_TRANSPORT_CODES.has(code) || NODE_TRANSPORT_CODE.test(code))) return true;
    if (current instanceof Error && SDK_TRANSPORT_MESSAGE.test(current.message)) return true;
  }
  return false;
}
