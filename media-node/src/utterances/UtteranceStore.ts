import { EventEmitter } from 'node:events';
import type { MemoryBudget, PacketLog } from './PacketLog.js';
import { Utterance, type UtteranceOrigin } from './Utterance.js';

const EVICTED_IDS_KEPT = 10_000;

export interface UtteranceStoreEvents {
  recording: [utterance: Utterance];
  complete: [utterance: Utterance];
  evicted: [utterance: Utterance];
}

/**
 * Every utterance recorded on this node, in RAM under one hard cap on bytes. To make room it evicts the
 * oldest complete utterance nobody plays; then, as a last resort, the oldest complete one being played
 * (its players hear of it through 'evicted' and move on). Recordings in progress are never evicted: when
 * they alone fill the cap, new packets are refused and counted.
 */
export class UtteranceStore extends EventEmitter<UtteranceStoreEvents> implements MemoryBudget {
  private readonly utterances = new Map<string, Utterance>();
  private readonly owners = new WeakMap<PacketLog, Utterance>();
  /** Ids of recently evicted utterances, so a request for one can say why it is gone. */
  private readonly recentlyEvicted = new Set<string>();
  private usedBytes = 0;
  private evictionCount = 0;
  private refusedBytes = 0;

  constructor(readonly capBytes: number) {
    super();
    if (!(capBytes > 0)) throw new RangeError('the store cap must be a positive number of bytes');
  }

  get bytes(): number {
    return this.usedBytes;
  }

  get count(): number {
    return this.utterances.size;
  }

  get evictions(): number {
    return this.evictionCount;
  }

  /** Bytes that recordings asked for while the cap was full of recordings. */
  get refused(): number {
    return this.refusedBytes;
  }

  begin(origin: UtteranceOrigin): Utterance {
    if (this.utterances.has(origin.id)) throw new Error(`utterance ${origin.id} exists already`);
    const utterance = new Utterance(origin, this);
    this.owners.set(utterance.packets, utterance);
    this.utterances.set(origin.id, utterance);
    utterance.once('complete', () => this.emit('complete', utterance));
    this.emit('recording', utterance);
    return utterance;
  }

  wasEvicted(id: string): boolean {
    return this.recentlyEvicted.has(id);
  }

  get(id: string): Utterance | undefined {
    return this.utterances.get(id);
  }

  /** Oldest first. */
  list(filter?: (utterance: Utterance) => boolean): Utterance[] {
    const all = [...this.utterances.values()];
    return filter ? all.filter(filter) : all;
  }

  reserve(bytes: number, requester: PacketLog): boolean {
    while (this.usedBytes + bytes > this.capBytes) {
      const victim = this.pickVictim(this.owners.get(requester));
      if (!victim) {
        this.refusedBytes += bytes;
        return false;
      }
      this.evict(victim);
    }
    this.usedBytes += bytes;
    return true;
  }

  release(bytes: number): void {
    this.usedBytes -= bytes;
  }

  /** Drops everything, as when the node shuts down. */
  clear(): void {
    for (const utterance of [...this.utterances.values()]) this.drop(utterance);
  }

  private pickVictim(requester: Utterance | undefined): Utterance | undefined {
    let played: Utterance | undefined;
    for (const utterance of this.utterances.values()) {
      if (utterance === requester || utterance.state !== 'complete') continue;
      if (!utterance.isPlayed) return utterance;
      played ??= utterance;
    }
    return played;
  }

  private evict(utterance: Utterance): void {
    this.drop(utterance);
    this.evictionCount++;
    this.recentlyEvicted.add(utterance.id);
    if (this.recentlyEvicted.size > EVICTED_IDS_KEPT) this.recentlyEvicted.delete(this.recentlyEvicted.values().next().value!);
  }

  private drop(utterance: Utterance): void {
    this.utterances.delete(utterance.id);
    utterance.evict();
    this.emit('evicted', utterance);
  }
}
