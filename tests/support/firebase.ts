// Helpers for tests against the Firebase emulator suite that the `firebase` jest project starts
// (tests/support/jest/emulatorsSetup.ts puts its addresses in the environment). Shared by the
// functions', rules', auth and carrier tests: keep the API stable.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { collections, ROLES_CLAIM, type NodeRecord, type Role } from '@chorus/protocol';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test in the jest 'firebase' project, which starts the emulators`);
  return value;
}

/** The demo- project the emulators serve (GCLOUD_PROJECT). */
export function projectId(): string {
  return requireEnv('GCLOUD_PROJECT');
}

/** host:port of each emulator. */
export function emulatorHosts(): { auth: string; firestore: string; functions: string } {
  return {
    auth: requireEnv('FIREBASE_AUTH_EMULATOR_HOST'),
    firestore: requireEnv('FIRESTORE_EMULATOR_HOST'),
    functions: requireEnv('CHORUS_FUNCTIONS_EMULATOR_HOST'),
  };
}

const ADMIN_APP = 'chorus-tests';

/** A firebase-admin app for the emulators. It bypasses the security rules, as the server does. */
export function adminApp(): App {
  // Without it, the first Firestore call waits seconds for Google's metadata server, which the
  // loopback-only test network cannot reach.
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  return getApps().find((app) => app.name === ADMIN_APP) ?? initializeApp({ projectId: projectId() }, ADMIN_APP);
}

export function adminAuth(): Auth {
  return getAuth(adminApp());
}

export function adminFirestore(): Firestore {
  return getFirestore(adminApp());
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
}

/** Deletes every document in the Firestore emulator (for this project). */
export async function clearFirestore(): Promise<void> {
  const url = `http://${emulatorHosts().firestore}/emulator/v1/projects/${projectId()}/databases/(default)/documents`;
  await expectOk(await fetch(url, { method: 'DELETE' }), 'clearing Firestore');
}

/** Deletes every user in the Auth emulator (for this project). */
export async function clearAuth(): Promise<void> {
  const url = `http://${emulatorHosts().auth}/emulator/v1/projects/${projectId()}/accounts`;
  await expectOk(await fetch(url, { method: 'DELETE' }), 'clearing Auth');
}

/** Signs in with e-mail and password through the Auth emulator's REST API; returns a fresh ID token. */
export async function signIn(email: string, password: string): Promise<string> {
  const url = `http://${emulatorHosts().auth}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=emulator`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, returnSecureToken: true }),
  });
  await expectOk(response, `signing in ${email}`);
  return ((await response.json()) as { idToken: string }).idToken;
}

export interface TestUser {
  uid: string;
  email: string;
  password: string;
  /** An ID token minted after the claims were set, so it carries them. */
  idToken: string;
}

/**
 * Creates a user in the Auth emulator and signs it in. `roles` becomes the `roles` custom claim;
 * leave it out for a user without the claim (who gets the default roles).
 */
export async function createUser(options: { roles?: Role[]; uid?: string; claims?: Record<string, unknown> } = {}): Promise<TestUser> {
  const uid = options.uid ?? `user-${randomUUID()}`;
  const email = `${uid.toLowerCase()}@test.chorus.invalid`;
  const password = `pw-${randomUUID()}`;
  await adminAuth().createUser({ uid, email, password });
  const claims = { ...options.claims, ...(options.roles ? { [ROLES_CLAIM]: options.roles } : {}) };
  if (Object.keys(claims).length) await adminAuth().setCustomUserClaims(uid, claims);
  return { uid, email, password, idToken: await signIn(email, password) };
}

/** What a callable answered over HTTP: `result` on success, `error` ({ status, message }) otherwise. */
export interface CallableReply<T> {
  httpStatus: number;
  result?: T;
  error?: { status: string; message: string; details?: unknown };
}

/**
 * Calls an HTTPS callable in the Functions emulator as a client would (the callable protocol:
 * POST `{ data }` with the caller's ID token as a Bearer token).
 */
export async function callFunction<T = unknown>(name: string, data: unknown, idToken?: string): Promise<CallableReply<T>> {
  const url = `http://${emulatorHosts().functions}/${projectId()}/us-central1/${name}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(idToken ? { authorization: `Bearer ${idToken}` } : {}) },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as { result?: T; error?: CallableReply<T>['error'] };
  return { httpStatus: response.status, ...body };
}

/** The claims of an ID token, decoded without verification (the tests trust the emulator). */
export function idTokenClaims(idToken: string): Record<string, unknown> {
  const payload = idToken.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An emulator-style unsigned ID token for `uid` (the Admin SDK accepts alg "none" only against the Auth emulator). */
export function unsignedToken(uid: string, overrides: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: `https://securetoken.google.com/${projectId()}`,
    aud: projectId(),
    auth_time: now,
    user_id: uid,
    sub: uid,
    iat: now,
    exp: now + 3600,
    firebase: { identities: {}, sign_in_provider: 'password' },
    ...overrides,
  };
  return `${base64urlJson({ alg: 'none', typ: 'JWT' })}.${base64urlJson(payload)}.`;
}

/** `claims` under an RS256 header with a made-up key and signature: what a forger can produce. */
export function forgedToken(claims: Record<string, unknown>): string {
  return `${base64urlJson({ alg: 'RS256', kid: 'made-up', typ: 'JWT' })}.${base64urlJson(claims)}.${Buffer.from('not a signature').toString('base64url')}`;
}

export interface TestNodeOptions {
  publicUrl?: string;
  consumers?: number;
  rooms?: number;
  state?: 'up' | 'draining';
  heartbeatAgeMs?: number;
  turnUrls?: string[];
}

/** Writes a media node's registry record, as a node's heartbeat would, for functions to pick. */
export async function registerNode(nodeId: string, options: TestNodeOptions = {}): Promise<void> {
  const record: NodeRecord = {
    nodeId,
    publicUrl: options.publicUrl ?? `ws://127.0.0.1:${4000 + nodeId.length}`,
    signalingPath: '/ws',
    region: 'test',
    capacity: { workers: 1, maxConsumers: 100 },
    load: { workers: 1, rooms: options.rooms ?? 0, transports: 0, producers: 0, consumers: options.consumers ?? 0, utteranceStoreBytes: 0 },
    state: options.state ?? 'up',
    ...(options.turnUrls ? { turnUrls: options.turnUrls } : {}),
    startedAt: Timestamp.now(),
    heartbeatAt: Timestamp.fromMillis(Date.now() - (options.heartbeatAgeMs ?? 0)),
  };
  await adminFirestore().collection(collections.nodes).doc(nodeId).set(record);
}
