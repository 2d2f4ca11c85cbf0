// The web client's FirestoreSignalingClient (run in Node with Firebase's JS SDK, signed in as a user,
// under the security rules) against a real media node: the node's errors arrive as SignalingErrors with
// their codes, notifications arrive, and reconnect() moves to a new session document that works.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { emulatorWebDeployment } from '@chorus/devtools/webRoot';
import { deleteApp as deleteAdminApp } from 'firebase-admin/app';
import { deleteApp } from 'firebase/app';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { startFirebase, type FirebaseServices } from '../../web/src/firebase/services.js';
import { FirestoreSignalingClient } from '../../web/src/signaling/FirestoreSignalingClient.js';
import type { ConnectionEvent } from '../../web/src/signaling/Signaling.js';
import { SignalingError } from '../../web/src/signaling/SignalingError.js';
import { adminApp, adminFirestore, createUser, emulatorHosts, projectId, type TestUser } from '../support/firebase.js';
import { fakeRtpParameters, startMediaNode, type MediaNodeStack } from '../support/mediaNodeFixture.js';

const NODE_ID = 'web-firestore-client';

describe('the web FirestoreSignalingClient against a media node', () => {
  let stack: MediaNodeStack;
  let services: FirebaseServices;
  let user: TestUser;
  const clients: FirestoreSignalingClient[] = [];

  beforeAll(async () => {
    stack = await startMediaNode({ CHORUS_AUTH: 'firebase', CHORUS_FIREBASE_PROJECT: projectId(), CHORUS_FIRESTORE: 'on', CHORUS_NODE_ID: NODE_ID });
    user = await createUser({ roles: ['speaker', 'viewer'] });
    services = startFirebase(emulatorWebDeployment(projectId(), emulatorHosts()));
    await signInWithEmailAndPassword(services.auth, user.email, user.password);
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await deleteApp(services.app);
    await stack?.close();
    await deleteAdminApp(adminApp());
  });

  /** A connected client; `events` records its connection events. */
  async function connect(roomId: string) {
    const client = new FirestoreSignalingClient(services, {
      nodeId: NODE_ID,
      roomId,
      uid: user.uid,
      idToken: () => services.auth.currentUser!.getIdToken(),
      retryMs: 100,
      // The first command of a run waits for the node's Admin SDK to warm up, slow on a busy machine.
      requestTimeoutMs: 40_000,
    });
    clients.push(client);
    const events: ConnectionEvent[] = [];
    client.onConnection((event) => events.push(event));
    const opened = new Promise<void>((resolve) => client.onConnection((event) => event.type === 'open' && resolve()));
    client.connect();
    await opened;
    return { client, events };
  }

  const idToken = () => services.auth.currentUser!.getIdToken();

  it("answers with the node's error codes, then with data once joined", async () => {
    const { client } = await connect('web-fs-errors');
    const notJoined = await client.request('getRouterRtpCapabilities', {}).catch((error: unknown) => error);
    expect(notJoined).toBeInstanceOf(SignalingError);
    expect((notJoined as SignalingError).code).toBe('NOT_JOINED');

    const joined = await client.request('join', { roomId: 'web-fs-errors', role: 'speaker', idToken: await idToken() });
    expect(joined.uid).toBe(user.uid);
    const { rtpCapabilities } = await client.request('getRouterRtpCapabilities', {});
    expect(rtpCapabilities.codecs?.length).toBeGreaterThan(0);

    // The session document is the user's, addressed to this node.
    const session = await adminFirestore().collection('sessions').doc(client.sessionId!).get();
    expect(session.data()).toMatchObject({ uid: user.uid, nodeId: NODE_ID, roomId: 'web-fs-errors' });
  });

  it("delivers another peer's producerAdded notification", async () => {
    const room = `web-fs-notify-${randomUUID().slice(0, 8)}`;
    const { client: viewer } = await connect(room);
    const { client: speaker } = await connect(room);
    await viewer.request('join', { roomId: room, role: 'viewer', idToken: await idToken() });
    const added = new Promise<string>((resolve) => viewer.on('producerAdded', ({ producerId }) => resolve(producerId)));
    await speaker.request('join', { roomId: room, role: 'speaker', idToken: await idToken() });
    const send = await speaker.request('createWebRtcTransport', { direction: 'send' });
    const { producerId } = await speaker.request('produce', {
      transportId: send.transportId,
      kind: 'video',
      rtpParameters: fakeRtpParameters('video', 1111),
    });
    await expect(added).resolves.toBe(producerId);
  });

  it('reconnect() starts a new session document, on which the client joins again', async () => {
    const { client, events } = await connect('web-fs-reconnect');
    await client.request('join', { roomId: 'web-fs-reconnect', role: 'viewer', idToken: await idToken() });
    const first = client.sessionId;
    const reopened = new Promise<void>((resolve) => client.onConnection((event) => event.type === 'open' && resolve()));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    client.reconnect('test');
    expect(warn).toHaveBeenCalledWith('[signaling] new Firestore session: test');
    warn.mockRestore();
    expect(client.connected).toBe(false);
    await expect(client.request('getRouterRtpCapabilities', {})).rejects.toMatchObject({ code: 'DISCONNECTED' });
    await reopened;
    expect(client.sessionId).not.toBe(first);
    expect(events.map((event) => event.type)).toStrictEqual(['open', 'closed', 'open']);
    const joined = await client.request('join', { roomId: 'web-fs-reconnect', role: 'viewer', idToken: await idToken() });
    expect(joined.peerId).toBeTruthy();
  });
});
