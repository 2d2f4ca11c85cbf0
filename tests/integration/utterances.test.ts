// Utterances end to end inside one media node process, with a real mediasoup worker: synthetic speakers
// (RTP with RFC 6464 audio levels and VP8 keyframes) are recorded, and a viewer's two consumers, which
// never change, receive one continuous stream per kind across switches between recordings.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ProtocolError, type NotificationEnvelope } from '@chorus/protocol';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import { routerMediaCodecs } from '../../media-node/src/media/mediaCodecs.js';
import { Peer } from '../../media-node/src/rooms/Peer.js';
import { Room } from '../../media-node/src/rooms/Room.js';
import { RoomUtterances } from '../../media-node/src/utterances/RoomUtterances.js';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';
import { LOUD, plainViewer, QUIET, SyntheticSpeaker, speakers, testUtteranceDeps } from '../support/syntheticMedia.js';
import { waitFor } from '../support/waitFor.js';

function expectProtocolError(run: () => unknown, code: string, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ProtocolError);
  expect((thrown as ProtocolError).code).toBe(code);
  expect((thrown as ProtocolError).message).toMatch(message);
}

const notificationsOf = (list: NotificationEnvelope[], method: string) =>
  list.filter((n) => n.method === method).map((n) => n.data as Record<string, unknown>);

describe('utterances through a real mediasoup worker', () => {
  let worker: ms.Worker;
  let router: ms.Router;
  let room: Room;
  let store: UtteranceStore;
  let utterances: RoomUtterances;

  beforeAll(async () => {
    worker = await mediasoup.createWorker({ logLevel: 'error' });
    router = await worker.createRouter({ mediaCodecs: routerMediaCodecs });
    room = new Room('room-1', router);
    store = new UtteranceStore(64 * 1024 * 1024);
    utterances = new RoomUtterances(room, testUtteranceDeps(store));
  });

  afterAll(() => {
    for (const speaker of speakers) speaker.stop();
    utterances.close();
    worker.close();
  });

  /** A room of its own, so that what another test recorded is not on offer. */
  function openRoom(id: string, relayLiveEdge: boolean) {
    const room = new Room(id, router);
    const store = new UtteranceStore(64 * 1024 * 1024);
    return { room, store, utterances: new RoomUtterances(room, testUtteranceDeps(store, { relayLiveEdge })) };
  }

  /**
   * A viewer welcomed into `room`, with its two consumers on a PlainTransport. `attach`: they are handed
   * to the room as the protocol handler does for a client's consume; without it, a relay has nothing to move.
   */
  async function openViewer(room: Room, utterances: RoomUtterances, id: string, attach: boolean) {
    const notes: NotificationEnvelope[] = [];
    const peer = new Peer(id, 'viewer', (n) => notes.push(n));
    room.addPeer(peer);
    await utterances.welcome(peer);
    const offered = notificationsOf(notes, 'producerAdded');
    expect(offered.map((o) => o.kind).sort()).toEqual(['audio', 'video']);
    const viewer = await plainViewer(
      router,
      offered.map((o) => o.producerId as string),
    );
    if (attach) for (const consumer of viewer.consumers) utterances.consumed(peer, consumer);
    return { notes, peer, viewer };
  }

  test.each([
    ['Node plays every utterance', false],
    ['the worker relays the live edge', true],
  ])('records, follows the live edge, and switches with continuous streams on unchanged consumers: %s', async (_mode, relay) => {
    const { room, store, utterances } = openRoom(`room-${relay ? 'relay' : 'node'}`, relay);
    const alice = await SyntheticSpeaker.create('alice', router, relay ? 5000 : 1000, 1);
    const bob = await SyntheticSpeaker.create('bob', router, relay ? 6000 : 2000, 2);
    alice.join(room);
    bob.join(room);
    // Keyframes only when asked for: none in a pre-roll, so that the relay takes the video at once.
    alice.keyFrameEveryFrames = bob.keyFrameEveryFrames = 0;
    alice.start();
    bob.start();

    const { notes: viewerNotes, peer: viewerPeer, viewer } = await openViewer(room, utterances, 'viewer', relay);
    const consumerIds = viewer.consumers.map((c) => c.id);
    // The playback producers do without NACK; the viewer's consumer does not.
    expect(viewer.consumers.find((c) => c.kind === 'video')!.rtpParameters.codecs[0]!.rtcpFeedback).toContainEqual(
      expect.objectContaining({ type: 'nack' }),
    );
    // Nothing recorded yet: the viewer is told so, and waits.
    expect(notificationsOf(viewerNotes, 'nothingToPlay')).toHaveLength(1);

    try {
      // Alice talks: the waiting viewer is routed to her utterance while it is still being recorded.
      alice.level = LOUD;
      const first = await waitFor(() => notificationsOf(viewerNotes, 'nowPlaying')[0], 'the first nowPlaying');
      expect(first).toMatchObject({ speakerId: 'alice', recording: true });
      // Relayed: both consumers are fed by alice's producers inside the worker.
      expect(utterances.relayedConsumers).toBe(relay ? 2 : 0);
      const firstPacketAt = await waitFor(() => viewer.received.find((r) => r.kind === 'audio')?.atMs, 'audio at the viewer');
      expect(store.get(first.utteranceId as string)!.state).toBe('recording');
      await sleep(1200);
      alice.level = QUIET;
      await waitFor(() => store.get(first.utteranceId as string)?.state === 'complete', 'alice to finish');
      const aliceEnd = notificationsOf(alice.notifications, 'utteranceEnded')[0]!;
      expect(aliceEnd).toMatchObject({ utteranceId: first.utteranceId, speakerId: 'alice' });
      expect(notificationsOf(bob.notifications, 'utteranceStarted').map((n) => n.utteranceId)).toContain(first.utteranceId);
      // Received before the utterance ended: playback follows the recording.
      expect(firstPacketAt).toBeLessThan(performance.now() - 250);

      // Bob talks; when alice's utterance has played out, the viewer moves on to his.
      bob.level = LOUD;
      const second = await waitFor(() => notificationsOf(viewerNotes, 'nowPlaying').find((n) => n.speakerId === 'bob'), 'bob playing');
      await sleep(600);
      // An admin switches the viewer mid-utterance, back to alice's.
      const admin = new Peer('admin', 'admin', () => {});
      room.addPeer(admin);
      expect(utterances.reroute(admin, 'viewer', first.utteranceId as string)).toEqual({ utteranceId: first.utteranceId });
      expect(store.get(second.utteranceId as string)!.state).toBe('recording');
      await sleep(800);
      // Everything in the room has been played: the viewer's own "next" finds nothing new, and what it
      // plays goes on...
      const playingBefore = notificationsOf(viewerNotes, 'nowPlaying').length;
      const waitingBefore = notificationsOf(viewerNotes, 'nothingToPlay').length;
      const stillPlaying = !!store.list((u) => u.isPlayed).length;
      expect(utterances.reroute(viewerPeer, undefined, undefined)).toEqual({ utteranceId: null });
      expect(notificationsOf(viewerNotes, 'nothingToPlay')).toHaveLength(waitingBefore);
      expect(!!store.list((u) => u.isPlayed).length).toBe(stillPlaying);
      expect(notificationsOf(viewerNotes, 'nowPlaying')).toHaveLength(playingBefore);
      // ...until alice talks again, and the viewer, waiting, gets her new utterance from its start.
      alice.level = LOUD;
      const third = await waitFor(
        () => notificationsOf(viewerNotes, 'nowPlaying').find((n) => n.speakerId === 'alice' && n.utteranceId !== first.utteranceId),
        'alice again',
      );
      expect(third.recording).toBe(true);
      await sleep(800);
      bob.level = QUIET;
      alice.level = QUIET;
      await sleep(500);

      const playing = notificationsOf(viewerNotes, 'nowPlaying');
      expect(playing.length).toBeGreaterThanOrEqual(4);
      expect(viewer.consumers.map((c) => c.id)).toEqual(consumerIds);
      // Every switch to another speaker's picture starts on a keyframe, and there were at least two.
      const video = viewer.received.filter((r) => r.kind === 'video');
      const switches = video.filter((r, i) => i > 0 && r.tag !== video[i - 1]!.tag);
      expect(video[0]!.keyFrame).toBe(true);
      expect(switches.length).toBeGreaterThanOrEqual(2);
      for (const first of switches) expect(first.keyFrame).toBe(true);
      for (const kind of ['audio', 'video'] as const) {
        const packets = viewer.received.filter((r) => r.kind === kind);
        expect(packets.length).toBeGreaterThan(kind === 'audio' ? 100 : 60);
        expect(new Set(packets.map((p) => p.ssrc)).size).toBe(1);
        for (let i = 1; i < packets.length; i++) {
          const seqStep = (packets[i]!.seq - packets[i - 1]!.seq) & 0xffff;
          const tsStep = (packets[i]!.ts - packets[i - 1]!.ts) >>> 0;
          // Audio is gapless; video leaves one number out after a frame cut short by a switch.
          expect(seqStep).toBeGreaterThanOrEqual(1);
          expect(seqStep).toBeLessThanOrEqual(kind === 'audio' ? 1 : 2);
          // Timestamps never go back (a step above 2^31 would be a rewind) and never leap ahead.
          expect(tsStep).toBeLessThan(kind === 'audio' ? 48_000 : 90_000);
        }
      }
      // Nothing is being recorded: nothing is relayed.
      expect(utterances.relayedConsumers).toBe(0);
    } finally {
      alice.stop();
      bob.stop();
      viewer.close();
      viewerPeer.close();
      utterances.close();
    }
  });

  test('a reroute to an unknown, foreign or evicted utterance, or of someone else by a viewer, is refused', async () => {
    const viewerPeer = new Peer('viewer-2', 'viewer', () => {});
    const otherViewer = new Peer('viewer-3', 'viewer', () => {});
    room.addPeer(viewerPeer);
    room.addPeer(otherViewer);
    await utterances.welcome(viewerPeer);
    await utterances.welcome(otherViewer);
    expectProtocolError(() => utterances.reroute(viewerPeer, undefined, 'no-such-utterance'), 'NOT_FOUND', /unknown/);
    expectProtocolError(() => utterances.reroute(viewerPeer, 'viewer-3', undefined), 'FORBIDDEN', /admin/);
    const foreign = store.begin({ id: 'foreign', roomId: 'room-2', speakerId: 'x', startedAt: Date.now() });
    foreign.complete();
    expectProtocolError(() => utterances.reroute(viewerPeer, undefined, 'foreign'), 'FORBIDDEN', /another room/);
    const speaker = new Peer('speaker-9', 'speaker', () => {});
    room.addPeer(speaker);
    expectProtocolError(() => utterances.reroute(speaker, undefined, undefined), 'NOT_FOUND', /only viewers/);

    // Once nobody plays it, fill the store with newer recordings until the oldest is evicted.
    viewerPeer.close();
    otherViewer.close();
    const old = store.begin({ id: 'old', roomId: 'room-1', speakerId: 'x', startedAt: Date.now() });
    old.append('audio', Buffer.alloc(100), 0, false);
    old.complete();
    expect(old.isPlayed).toBe(false);
    for (let i = 0; store.get(old.id) && i < 1000; i++) {
      const filler = store.begin({ id: `filler-${i}`, roomId: 'room-2', speakerId: 'x', startedAt: Date.now() });
      for (let p = 0; p < 1000; p++) filler.append('video', Buffer.alloc(1100), p, p === 0);
      filler.complete();
    }
    const lateViewer = new Peer('viewer-4', 'viewer', () => {});
    room.addPeer(lateViewer);
    await utterances.welcome(lateViewer);
    expectProtocolError(() => utterances.reroute(lateViewer, undefined, old.id), 'NOT_FOUND', /evicted/);
    lateViewer.close();
    expect(store.bytes).toBeLessThanOrEqual(store.capBytes);
  });

  test('a speaker who vanishes mid-utterance leaves a complete, playable utterance', async () => {
    const carol = await SyntheticSpeaker.create('carol', router, 3000, 3);
    carol.join(room);
    carol.start();
    carol.level = LOUD;
    const started = await waitFor(
      () => notificationsOf(carol.notifications, 'utteranceStarted').find((n) => n.speakerId === 'carol'),
      'carol to start',
    );
    await sleep(700);
    carol.stop();
    carol.peer.close(); // as when its connection drops for good: the peer and its producers go
    const utterance = store.get(started.utteranceId as string)!;
    await waitFor(() => utterance.state === 'complete', 'the utterance to complete');
    const log = utterance.packets;
    expect(log.length).toBeGreaterThan(40);
    const firstVideo = Array.from({ length: log.length }, (_, i) => i).find((i) => log.kind(i) === 'video');
    expect(firstVideo).toBeDefined();
    expect(log.isKeyFrame(firstVideo!)).toBe(true);
  });

  test('a relayed viewer keeps its consumers when the speaker feeding it vanishes, and plays the next one', async () => {
    const { room, utterances } = openRoom('room-vanish', true);
    const dave = await SyntheticSpeaker.create('dave', router, 7000, 7);
    const erin = await SyntheticSpeaker.create('erin', router, 8000, 8);
    for (const speaker of [dave, erin]) {
      speaker.join(room);
      speaker.keyFrameEveryFrames = 0;
      speaker.start();
    }
    const { notes: viewerNotes, peer: viewerPeer, viewer } = await openViewer(room, utterances, 'viewer-relay', true);
    try {
      dave.level = LOUD;
      await waitFor(() => notificationsOf(viewerNotes, 'nowPlaying').find((n) => n.speakerId === 'dave'), 'dave playing');
      expect(utterances.relayedConsumers).toBe(2);
      await waitFor(() => viewer.received.find((r) => r.tag === 7), "dave's picture");
      // Dave's connection drops: his producers close under the viewer's relayed consumers.
      dave.close();
      dave.peer.close();
      await waitFor(() => notificationsOf(viewerNotes, 'nothingToPlay').length >= 2 || undefined, 'the viewer to wait again');
      expect(viewer.consumers.every((c) => !c.closed)).toBe(true);
      erin.level = LOUD;
      await waitFor(() => viewer.received.find((r) => r.tag === 8 && r.keyFrame), "erin's picture");
      await sleep(300);
      expect(utterances.relayedConsumers).toBe(2);
      for (const kind of ['audio', 'video'] as const) {
        const packets = viewer.received.filter((r) => r.kind === kind);
        expect(new Set(packets.map((p) => p.ssrc)).size).toBe(1);
        for (let i = 1; i < packets.length; i++) {
          const seqStep = (packets[i]!.seq - packets[i - 1]!.seq) & 0xffff;
          expect(seqStep).toBeGreaterThanOrEqual(1);
          expect(seqStep).toBeLessThanOrEqual(kind === 'audio' ? 1 : 2);
          expect((packets[i]!.ts - packets[i - 1]!.ts) >>> 0).toBeLessThan(kind === 'audio' ? 48_000 : 90_000);
        }
      }
    } finally {
      erin.stop();
      viewer.close();
      viewerPeer.close();
      utterances.close();
    }
  });
});
