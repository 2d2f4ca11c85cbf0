// joinRoom's TURN credentials against a real coturn with the same shared secret: a relay is
// allocated with them, and refused with an expired or a forged one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import wrtc from '@roamhq/wrtc';
import type { IceServer, JoinRoomResponse } from '@chorus/protocol';
import { createTurnCredential } from '@chorus/protocol/turn';
import { coturnAvailable, startCoturn, type RunningCoturn } from '@chorus/devtools/coturn';
import { callFunction, clearFirestore, createUser, registerNode, type TestUser } from '../support/firebase.js';

// functions/.env.demo-chorus and functions/.secret.local: the emulated joinRoom hands out
// turn:127.0.0.1:3480 with this secret.
const TURN_PORT = 3480;
const TURN_SECRET = 'demo-chorus-turn-secret';

/** The relay candidates a peer connection gathers through these ICE servers (relay only). */
async function relayCandidates(iceServers: IceServer[]): Promise<string[]> {
  const pc = new wrtc.RTCPeerConnection({ iceServers, iceTransportPolicy: 'relay' });
  try {
    const found: string[] = [];
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 8_000);
      pc.onicecandidate = (event: { candidate: { candidate: string } | null }) => {
        if (event.candidate) found.push(event.candidate.candidate);
        else {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    pc.createDataChannel('probe');
    await pc.setLocalDescription(await pc.createOffer());
    await done;
    return found.filter((candidate) => candidate.includes(' typ relay'));
  } finally {
    pc.close();
  }
}

const describeWithCoturn = coturnAvailable() ? describe : describe.skip;

describeWithCoturn('joinRoom TURN credentials with coturn', () => {
  let coturn: RunningCoturn;
  let user: TestUser;
  let iceServers: IceServer[];

  beforeAll(async () => {
    coturn = await startCoturn({ port: TURN_PORT, relayPorts: { min: 49_400, max: 49_499 }, secret: TURN_SECRET });
    await clearFirestore();
    await registerNode('turn-node', { publicUrl: 'ws://127.0.0.1:4999' });
    user = await createUser({ roles: ['viewer'] });
    const reply = await callFunction<JoinRoomResponse>('joinRoom', { roomId: 'turn-room' }, user.idToken);
    if (!reply.result) throw new Error(`joinRoom failed: ${JSON.stringify(reply)}`);
    iceServers = reply.result.iceServers;
  });

  afterAll(async () => {
    await coturn?.stop();
  });

  it('allocates a relay with the credentials joinRoom handed out', async () => {
    expect(await relayCandidates(iceServers)).not.toHaveLength(0);
  });

  it('refuses an expired credential and one signed with another secret', async () => {
    const urls = iceServers.find((server) => server.username)!.urls;
    const expired = createTurnCredential(TURN_SECRET, user.uid, -60);
    expect(await relayCandidates([{ urls, username: expired.username, credential: expired.credential }])).toHaveLength(0);
    const forged = createTurnCredential('not-the-secret', user.uid, 3600);
    expect(await relayCandidates([{ urls, username: forged.username, credential: forged.credential }])).toHaveLength(0);
  });
});
