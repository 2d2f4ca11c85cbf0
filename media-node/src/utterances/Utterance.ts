import { EventEmitter } from 'node:events';
import { PacketLog, type MemoryBudget, type PacketKind } from './PacketLog.js';

export type UtteranceState = 'recording' | 'complete' | 'evicted';

export interface UtteranceOrigin {
  id: string;
  roomId: string;
  /** The speaker's peer id on this node. */
  speakerId: string;
  /** The speaker's user id, once users are authenticated. */
  speakerUid?: string;
  /** Wall-clock time of the first recorded packet (pre-roll included), ms since the epoch. */
  startedAt: number;
}

export interface UtteranceEvents {
  /** A packet was appended: followers at the live edge send it. */
  packet: [index: number];
  complete: [];
  /** The store dropped this utterance's packets to stay under its cap. */
  evicted: [];
}

export interface UtteranceSummary extends UtteranceOrigin {
  state: UtteranceState;
  durationMs: number;
  bytes: number;
  packets: number;
}

/**
 * One stretch of one speaker's speech: audio and video packets in arrival order in one log, so a single
 * cursor replays both in step. Recording appends; playback reads, also while recording goes on.
 */
export class Utterance extends EventEmitter<UtteranceEvents> {
  private readonly log: PacketLog;
  private stateValue: UtteranceState = 'recording';
  private readers = 0;

  constructor(
    readonly origin: UtteranceOrigin,
    budget: MemoryBudget,
  ) {
    super();
    this.setMaxListeners(0); // one listener per viewer following the live edge
    this.log = new PacketLog(budget);
  }

  get id(): string {
    return this.origin.id;
  }

  get state(): UtteranceState {
    return this.stateValue;
  }

  get packets(): PacketLog {
    return this.log;
  }

  /** From the first packet to the last, in ms of arrival time. */
  get durationMs(): number {
    const n = this.log.length;
    return n < 2 ? 0 : this.log.arrivalMs(n - 1) - this.log.arrivalMs(0);
  }

  get isPlayed(): boolean {
    return this.readers > 0;
  }

  /** Viewers playing this utterance now. */
  get readerCount(): number {
    return this.readers;
  }

  /** Playback holds the utterance while it reads it, so eviction spares it but as a last resort. */
  acquire(): () => void {
    this.readers++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.readers--;
    };
  }

  append(kind: PacketKind, packet: Uint8Array, arrivalMs: number, keyFrame: boolean): boolean {
    if (this.stateValue !== 'recording') return false;
    if (!this.log.append(kind, packet, arrivalMs, keyFrame)) return false;
    this.emit('packet', this.log.length - 1);
    return true;
  }

  complete(): void {
    if (this.stateValue !== 'recording') return;
    this.stateValue = 'complete';
    this.log.seal();
    this.emit('complete');
  }

  /** Called by the store only. */
  evict(): void {
    if (this.stateValue === 'evicted') return;
    this.stateValue = 'evicted';
    this.log.free();
    this.emit('evicted');
    this.removeAllListeners('packet');
  }

  summary(): UtteranceSummary {
    return {
      ...this.origin,
      state: this.stateValue,
      durationMs: this.durationMs,
      bytes: this.log.allocatedBytes,
      packets: this.log.length,
    };
  }
}
