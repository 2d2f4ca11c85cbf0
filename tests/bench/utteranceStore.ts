// The utterance store's own costs: how fast it takes packets, and how much memory it holds beyond the
// packets' bytes, read from the process (process.memoryUsage), never from the store's own count.
import { performance } from 'node:perf_hooks';
import { UtteranceStore } from '../../media-node/src/utterances/UtteranceStore.js';

export interface StoreFigures {
  insertPacketsPerSecond: number;
  rawBytes: number;
  /** Growth of the process's memory (RSS) while the store filled, over the packets' bytes. */
  overheadPct: number;
  storeAccountedBytes: number;
}

/**
 * Fills a store with utterances of a realistic mix: Opus at 50 packets/s of ~120 bytes and VP8 at
 * ~0.45 Mbit/s in packets of ~1100 bytes, 8 s each, about `targetBytes` in all.
 */
export function measureUtteranceStore(targetBytes = 400 * 1024 * 1024): StoreFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc: the memory figure needs a collection before and after');
  const audio = Buffer.alloc(120, 1);
  const video = Buffer.alloc(1100, 2);
  // 8 s of one speaker: 400 audio packets and 410 video packets, interleaved by arrival time.
  const perUtterance: { kind: 'audio' | 'video'; at: number }[] = [];
  for (let i = 0; i < 400; i++) perUtterance.push({ kind: 'audio', at: i * 20 });
  for (let i = 0; i < 410; i++) perUtterance.push({ kind: 'video', at: i * 19.5 });
  perUtterance.sort((a, b) => a.at - b.at);
  const bytesPerUtterance = perUtterance.reduce((sum, p) => sum + (p.kind === 'audio' ? audio.length : video.length), 0);
  const utterances = Math.ceil(targetBytes / bytesPerUtterance);

  const store = new UtteranceStore(2 * targetBytes);
  gc();
  const before = process.memoryUsage();
  let packets = 0;
  const start = performance.now();
  for (let u = 0; u < utterances; u++) {
    const utterance = store.begin({ id: `u${u}`, roomId: 'bench', speakerId: `s${u % 10}`, startedAt: Date.now() });
    for (const p of perUtterance) {
      utterance.append(p.kind, p.kind === 'audio' ? audio : video, p.at, p.kind === 'video' && p.at === 0);
      packets++;
    }
    utterance.complete();
  }
  const seconds = (performance.now() - start) / 1000;
  gc();
  const after = process.memoryUsage();
  const rawBytes = utterances * bytesPerUtterance;
  const grown = after.rss - before.rss;
  const figures = {
    insertPacketsPerSecond: packets / seconds,
    rawBytes,
    overheadPct: ((grown - rawBytes) / rawBytes) * 100,
    storeAccountedBytes: store.bytes,
  };
  store.clear();
  return figures;
}
