// A media node whose Auth API goes out of reach: a real local HTTP stand-in sits between the node and
// the Auth emulator (the node's FIREBASE_AUTH_EMULATOR_HOST points at it), forwarding the accounts:lookup
// calls of revocation checks until the test stops it listening (connections refused), then starts it again.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';
import { adminAuth, createUser, projectId, type TestUser } from '../support/firebase.js';
import { expectProtocolError, type SignalingTestClient } from '../support/SignalingTestClient.js';

const REVOCATION_CHECK_MS = 2000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Forwards every request to the Auth emulator while up; refuses connections while down. */
class AuthStandIn {
  private server: http.Server | null = null;
  port = 0;
  lookups = 0;
  constructor(private readonly target: string) {}

  async up(): Promise<void> {
    const [host, port] = this.target.split(':');
    this.server = http.createServer((request, response) => {
      if (request.url?.includes('accounts:lookup')) this.lookups++;
      const upstream = http.request({ host, port: Number(port), path: request.url, method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function metric(stack: MediaNodeStack, name: string): Promise<number> {
  const text = await (await fetch(`${stack.httpBase}/metrics`)).text();
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : NaN;
}

describe('media node while the Auth API is out of reach', () => {
  let stack: MediaNodeStack;
  let standIn: AuthStandIn;
  let viewer: TestUser;
  let revokedLater: TestUser;
  let newcomer: TestUser;

  beforeAll(async () => {
    // The test's own Admin SDK talks to the emulator directly: create the users before pointing the node elsewhere.
    [viewer, revokedLater, newcomer] = await Promise.all([
      createUser({ roles: ['viewer'] }),
      createUser({ roles: ['viewer'] }),
      createUser({ roles: ['viewer'] }),
    ]);
    await adminAuth().getUser(viewer.uid);
    const emulator = process.env.FIREBASE_AUTH_EMULATOR_HOST!;
    standIn = new AuthStandIn(emulator);
    await standIn.up();
    process.env.FIREBASE_AUTH_EMULATOR_HOST = `127.0.0.1:${standIn.port}`;
    try {
      stack = await startMediaNode({
        CHORUS_AUTH: 'firebase',
        CHORUS_FIREBASE_PROJECT: projectId(),
        CHORUS_REVOCATION_CHECK_MS: String(REVOCATION_CHECK_MS),
      });
    } finally {
      // The node's Auth client captured the stand-in's address; everything else goes straight to the emulator.
      process.env.FIREBASE_AUTH_EMULATOR_HOST = emulator;
    }
  });
  afterAll(async () => {
    await stack?.close();
    await standIn?.down();
  });

  it('keeps live sessions through the outage, retrying with backoff, refuses newcomers UNAVAILABLE, and ends a revoked session once back', async () => {
    const clients: Array<{ uid: string; client: SignalingTestClient }> = [];
    for (const user of [viewer, revokedLater]) {
      const client = await stack.client();
      await client.request('join', { roomId: 'outage', role: 'viewer', idToken: user.idToken });
      clients.push({ uid: user.uid, client });
    }
    const ended = () =>
      clients.flatMap(({ uid, client }) =>
        client.notifications.filter((n) => n.method === 'sessionEnded').map((n) => ({ uid, ...(n.data as object) })),
      );
    expect(stack.node.handler.authenticatedSessions).toBe(2);
    expect(standIn.lookups).toBe(2);

    await standIn.down();
    // A revocation check interval and a few retries' worth (1 s, 2 s) of outage.
    await sleep(REVOCATION_CHECK_MS + 3500);
    expect(ended()).toStrictEqual([]);
    expect(stack.node.handler.authenticatedSessions).toBe(2);
    // The first failed sweep at 2 s, retries 1 s and 2 s after it: at least two sweeps of two sessions.
    expect(await metric(stack, 'chorus_auth_check_failures_total')).toBeGreaterThanOrEqual(4);
    const refused = await stack.client();
    await expectProtocolError(refused.request('join', { roomId: 'outage', role: 'viewer', idToken: newcomer.idToken }), 'UNAVAILABLE', /retry/);

    await adminAuth().revokeRefreshTokens(revokedLater.uid);
    await standIn.up();
    // The next retry comes within the backoff (4 s at most here, the check interval 2 s caps it).
    await sleep(REVOCATION_CHECK_MS + 1000);
    expect(ended()).toMatchObject([{ uid: revokedLater.uid, reason: 'token-revoked' }]);
    expect(stack.node.handler.authenticatedSessions).toBe(1);
    const back = await stack.client();
    await expect(back.request('join', { roomId: 'outage', role: 'viewer', idToken: newcomer.idToken })).resolves.toMatchObject({ uid: newcomer.uid });
  });
});
