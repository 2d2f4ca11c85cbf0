import { describe, expect, test } from '@jest/globals';
import { PacketLog } from '../../../src/utterances/PacketLog.js';
import { UtteranceStore } from '../../../src/utterances/UtteranceStore.js';

const packet = (bytes: number, fill = 1) => Buffer.alloc(bytes, fill);

function origin(id: string, speakerId = 'alice') {
  return { id, roomId: 'room', speakerId, startedAt: Date.now() };
}

/** Records `packets` packets of `bytes` each and completes the utterance. */
function record(store: UtteranceStore, id: string, packets: number, bytes = 1000) {
  const utterance = store.begin(origin(id));
  for (let i = 0; i < packets; i++) utterance.append(i % 2 ? 'video' : 'audio', packet(bytes, i & 0xff), i * 10, i === 1);
  utterance.complete();
  return utterance;
}

describe('PacketLog', () => {
  test('keeps packets, kinds, arrival times and the keyframe index, in order', () => {
    const store = new UtteranceStore(10 * 1024 * 1024);
    const utterance = store.begin(origin('u1'));
    const packets = Array.from({ length: 1000 }, (_, i) => Buffer.from([i & 0xff, (i >> 8) & 0xff, 7, 7, 7]));
    packets.forEach((p, i) => expect(utterance.append(i % 3 ? 'video' : 'audio', p, 1000 + i * 0.5, i % 100 === 1)).toBe(true));
    const log = utterance.packets;
    expect(log.length).toBe(1000);
    for (const i of [0, 1, 499, 999]) {
      expect(Buffer.compare(log.packet(i), packets[i]!)).toBe(0);
      expect(log.kind(i)).toBe(i % 3 ? 'video' : 'audio');
      expect(log.arrivalMs(i)).toBe(1000 + i * 0.5);
    }
    expect(log.keyFrameIndices).toEqual([1, 101, 201, 301, 401, 501, 601, 701, 801, 901]);
    expect(log.packetBytes).toBe(5000);
    expect(() => log.packet(1000)).toThrow(RangeError);
    expect(utterance.durationMs).toBe(499.5);
  });

  test('copies what it is given: later changes to the caller buffer do not reach the log', () => {
    const store = new UtteranceStore(1024 * 1024);
    const utterance = store.begin(origin('u1'));
    const source = Buffer.from([1, 2, 3]);
    utterance.append('audio', source, 0, false);
    source[0] = 9;
    expect([...utterance.packets.packet(0)]).toEqual([1, 2, 3]);
  });

  test('accounts exactly what it holds: slabs plus index, given back in full when freed', () => {
    const store = new UtteranceStore(100 * 1024 * 1024);
    const utterance = store.begin(origin('u1'));
    for (let i = 0; i < 3000; i++) utterance.append('video', packet(1200), i, false);
    // While recording, slabs of 32, 64, 128, 256 and then 512 KiB hold the 3.6 MB (a packet never
    // straddles two), and the index has room for 4096 packets.
    const slabs = [32, 64, 128, 256, 512, 512, 512, 512, 512, 512].map((k) => k * 1024);
    const recording = slabs.reduce((a, b) => a + b) + 4096 * PacketLog.indexBytesPerPacket;
    expect(utterance.packets.allocatedBytes).toBe(recording);
    expect(store.bytes).toBe(recording);
    // Complete, it gives back the unused end of its last slab and of its index.
    utterance.complete();
    const index = 3000 * PacketLog.indexBytesPerPacket;
    const held = utterance.packets.allocatedBytes;
    expect(store.bytes).toBe(held);
    expect(held).toBeGreaterThanOrEqual(3000 * 1200 + index);
    // What is left unused: the ends of the nine full slabs, each shorter than one packet.
    expect(held - 3000 * 1200 - index).toBeLessThan(9 * 1200);
    expect(utterance.append('video', packet(10), 0, false)).toBe(false);
    expect(Buffer.compare(utterance.packets.packet(2999), packet(1200))).toBe(0);
    store.clear();
    expect(store.bytes).toBe(0);
  });
});

describe('UtteranceStore', () => {
  test('never holds more than its cap, however much is recorded', () => {
    const cap = 2 * 1024 * 1024;
    const store = new UtteranceStore(cap);
    let peak = 0;
    for (let u = 0; u < 40; u++) {
      const utterance = store.begin(origin(`u${u}`));
      for (let i = 0; i < 200; i++) {
        utterance.append('video', packet(1100), i, i === 0);
        peak = Math.max(peak, store.bytes);
      }
      utterance.complete();
    }
    expect(peak).toBeLessThanOrEqual(cap);
    expect(store.evictions).toBeGreaterThan(30);
    expect(store.count).toBeLessThan(10);
    // The newest survive.
    expect(store.get('u39')?.packets.length).toBe(200);
    expect(store.get('u0')).toBeUndefined();
  });

  test('evicts the oldest complete utterance first, and one being played only as a last resort', () => {
    // Room for three complete utterances of 100 x 1000 bytes and one being recorded, which holds its
    // growing slabs until it completes: measured on a store of its own.
    const probe = new UtteranceStore(10 * 1024 * 1024);
    let peak = 0;
    probe.on('recording', (u) => u.on('packet', () => (peak = Math.max(peak, probe.bytes))));
    const unit = record(probe, 'probe', 100).packets.allocatedBytes;
    const cap = 3 * unit + peak - 1;
    const store = new UtteranceStore(cap);
    const oldest = record(store, 'oldest', 100);
    const played = record(store, 'played', 100);
    const release = played.acquire();
    record(store, 'third', 100);
    const evicted: string[] = [];
    store.on('evicted', (u) => evicted.push(u.id));
    const fourth = record(store, 'fourth', 100);
    expect(evicted).toEqual(['oldest']);
    expect(oldest.state).toBe('evicted');
    const fifth = record(store, 'fifth', 100);
    // 'played' is older than 'third', but someone plays it: 'third' goes first.
    expect(evicted).toEqual(['oldest', 'third']);
    // Now everything complete is being played: the oldest of them goes, and its players are told.
    const releases = [fourth.acquire(), fifth.acquire()];
    const notified: string[] = [];
    played.on('evicted', () => notified.push('played'));
    record(store, 'sixth', 100);
    expect(evicted).toEqual(['oldest', 'third', 'played']);
    expect(notified).toEqual(['played']);
    expect(played.packets.length).toBe(0);
    expect(store.bytes).toBeLessThanOrEqual(cap);
    for (const r of [release, ...releases]) r();
  });

  test('never evicts a recording in progress: its packets are refused instead', () => {
    const store = new UtteranceStore(300 * 1024);
    const a = store.begin(origin('a'));
    const b = store.begin(origin('b'));
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      if (!a.append('video', packet(1000), i, false)) refused++;
      if (!b.append('video', packet(1000), i, false)) refused++;
    }
    expect(refused).toBeGreaterThan(0);
    expect(a.state).toBe('recording');
    expect(b.state).toBe('recording');
    expect(store.bytes).toBeLessThanOrEqual(300 * 1024);
    expect(store.refused).toBeGreaterThan(0);
    expect(store.evictions).toBe(0);
  });

  test('announces recordings and completions, and refuses a duplicate id', () => {
    const store = new UtteranceStore(1024 * 1024);
    const seen: string[] = [];
    store.on('recording', (u) => seen.push(`recording ${u.id}`));
    store.on('complete', (u) => seen.push(`complete ${u.id}`));
    record(store, 'x', 3);
    expect(seen).toEqual(['recording x', 'complete x']);
    expect(() => store.begin(origin('x'))).toThrow(/exists/);
    expect(store.get('x')?.summary()).toMatchObject({ id: 'x', roomId: 'room', speakerId: 'alice', state: 'complete', packets: 3 });
  });
});
