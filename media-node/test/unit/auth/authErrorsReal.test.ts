import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, createSign } from 'node:crypto';
import { Agent } from 'node:https';
import { createServer, type Server } from 'node:net';
import { connect } from 'node:tls';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { toAuthError } from '../../../src/auth/FirebaseAuthenticator.js';

const PROJECT = 'demo-x';

/** A well-formed RS256 ID token for PROJECT with a key id: verifying it makes the SDK fetch Google's keys. */
function rs256Token(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = part({ alg: 'RS256', kid: 'k1', typ: 'JWT' });
  const body = part({ aud: PROJECT, iss: `https://securetoken.google.com/${PROJECT}`, sub: 'alice', iat: now, exp: now + 3600, auth_time: now });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** The error firebase-admin really throws when verifying a token through the given agent (or none). */
async function sdkErrorVia(agent: Agent | undefined, name: string): Promise<unknown> {
  const app: App = initializeApp({ projectId: PROJECT, ...(agent ? { httpAgent: agent } : {}) }, name);
  try {
    await getAuth(app).verifyIdToken(rs256Token());
    throw new Error('verified a token signed with an unknown key');
  } catch (error) {
    return error;
  } finally {
    await deleteApp(app);
  }
}

/** An agent that connects every request to 127.0.0.1:port, however Google's host is named. */
function agentTo(port: number, tls: boolean): Agent {
  const agent = new Agent({ keepAlive: false });
  if (tls) {
    (agent as unknown as { createConnection: unknown }).createConnection = () =>
      connect({ host: '127.0.0.1', port, servername: 'www.googleapis.com' });
  } else {
    (agent as unknown as { createConnection: unknown }).createConnection = () => connect({ host: '127.0.0.1', port });
  }
  return agent;
}

describe('toAuthError on the errors firebase-admin really throws when Google is out of reach', () => {
  let closedPort = 0;
  let plainServer: Server;
  // In a run with the emulator suite up, the SDK would check no signature and fetch no key.
  const emulatorHost = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  beforeAll(async () => {
    delete process.env.FIREBASE_AUTH_EMULATOR_HOST;
    // A port that was free a moment ago: connecting to it is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    // A plain TCP server where TLS is expected: the handshake fails.
    plainServer = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')).unref();
    await new Promise<void>((resolve) => plainServer.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => {
    if (emulatorHost !== undefined) process.env.FIREBASE_AUTH_EMULATOR_HOST = emulatorHost;
    plainServer.close();
  });

  it('says a name that does not resolve (the loopback namespace has no DNS) is UNAVAILABLE', async () => {
    const error = await sdkErrorVia(undefined, 'dns');
    expect((error as { code?: string }).code).toBe('auth/argument-error');
    expect((error as Error).message).toMatch(/Error while making request: getaddrinfo/);
    expect(toAuthError(error, PROJECT).code).toBe('UNAVAILABLE');
  });

  it('says a refused connection is UNAVAILABLE', async () => {
    const error = await sdkErrorVia(agentTo(closedPort, false), 'refused');
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(toAuthError(error, PROJECT).code).toBe('UNAVAILABLE');
  });

  it('says a failed TLS handshake is UNAVAILABLE', async () => {
    const error = await sdkErrorVia(agentTo((plainServer.address() as { port: number }).port, true), 'tls');
    expect((error as Error).message).toMatch(/Error while making request/);
    expect(toAuthError(error, PROJECT).code).toBe('UNAVAILABLE');
  });

  it('says a timed-out key fetch is UNAVAILABLE (the message firebase-admin builds for ETIMEDOUT, through jsonwebtoken)', () => {
    const error = Object.assign(new Error('Error while making request: timeout of 10000ms exceeded.'), { code: 'auth/argument-error' });
    expect(toAuthError(error, PROJECT).code).toBe('UNAVAILABLE');
  });

  it('says a lookup that got no answer (FirebaseAppError with its Node cause) is UNAVAILABLE', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = Object.assign(new Error('Error while making request: connect ECONNREFUSED 127.0.0.1:1. Error code: ECONNREFUSED'), {
      code: 'app/network-error',
      cause,
    });
    expect(toAuthError(error, PROJECT).code).toBe('UNAVAILABLE');
  });
});
