export type PacketKind = 'audio' | 'video';

/** Who grants the memory a log grows into: the store, which holds every log under one cap. */
export interface MemoryBudget {
  /** Grants `bytes` or says no; may evict other recordings to make room. */
  reserve(bytes: number, requester: PacketLog): boolean;
  release(bytes: number): void;
}

const FIRST_SLAB_BYTES = 32 * 1024;
const MAX_SLAB_BYTES = 512 * 1024;
const FIRST_INDEX_CAPACITY = 256;
const MAX_PACKET_BYTES = 0xffff;
const FLAG_VIDEO = 1;
const FLAG_KEYFRAME = 2;

/**
 * An append-only log of RTP packets in a few large slabs with a columnar index, so a packet costs its own
 * bytes plus 15 bytes of index, not the ~100 bytes of a Buffer object each. Every byte it holds, slabs and
 * index alike, is reserved from a budget first, so the budget's count is the memory actually held.
 */
export class PacketLog {
  private readonly slabs: Buffer[] = [];
  private slabUsed = 0;
  private count = 0;
  private slabOf = new Uint16Array(0);
  private offsetOf = new Uint32Array(0);
  private lengthOf = new Uint16Array(0);
  private arrivalOf = new Float64Array(0);
  private flagsOf = new Uint8Array(0);
  private keyFrames: number[] = [];
  private reserved = 0;
  private payloadBytes = 0;
  private freed = false;
  private sealed = false;

  constructor(private readonly budget: MemoryBudget) {}

  get length(): number {
    return this.count;
  }

  /** Bytes held: slabs and index, what the budget granted. */
  get allocatedBytes(): number {
    return this.reserved;
  }

  /** The packets' own bytes. */
  get packetBytes(): number {
    return this.payloadBytes;
  }

  get isFreed(): boolean {
    return this.freed;
  }

  /** Appends a copy of `packet`; false when the budget refuses the memory (the packet is then not kept). */
  append(kind: PacketKind, packet: Uint8Array, arrivalMs: number, keyFrame: boolean): boolean {
    if (this.freed || this.sealed) return false;
    if (packet.length > MAX_PACKET_BYTES) throw new RangeError(`RTP packet of ${packet.length} bytes is too large`);
    if (!this.ensureIndexCapacity() || !this.ensureSlabSpace(packet.length)) return false;
    const slabIndex = this.slabs.length - 1;
    this.slabs[slabIndex]!.set(packet, this.slabUsed);
    const i = this.count++;
    this.slabOf[i] = slabIndex;
    this.offsetOf[i] = this.slabUsed;
    this.lengthOf[i] = packet.length;
    this.arrivalOf[i] = arrivalMs;
    this.flagsOf[i] = (kind === 'video' ? FLAG_VIDEO : 0) | (keyFrame ? FLAG_KEYFRAME : 0);
    if (keyFrame) this.keyFrames.push(i);
    this.slabUsed += packet.length;
    this.payloadBytes += packet.length;
    return true;
  }

  /** A view of packet `i` in its slab: copy it before changing it. */
  packet(i: number): Buffer {
    this.check(i);
    const offset = this.offsetOf[i]!;
    return this.slabs[this.slabOf[i]!]!.subarray(offset, offset + this.lengthOf[i]!);
  }

  kind(i: number): PacketKind {
    this.check(i);
    return this.flagsOf[i]! & FLAG_VIDEO ? 'video' : 'audio';
  }

  isKeyFrame(i: number): boolean {
    this.check(i);
    return (this.flagsOf[i]! & FLAG_KEYFRAME) !== 0;
  }

  arrivalMs(i: number): number {
    this.check(i);
    return this.arrivalOf[i]!;
  }

  /** Indices of the packets that start a keyframe, ascending. */
  get keyFrameIndices(): readonly number[] {
    return this.keyFrames;
  }

  /**
   * The log will not grow again: gives back the unused end of the last slab and of the index, so that a
   * finished recording holds only its packets and their index entries.
   */
  seal(): void {
    if (this.freed || this.sealed) return;
    this.sealed = true;
    const last = this.slabs.length - 1;
    const slab = this.slabs[last];
    if (slab && this.slabUsed < slab.length) {
      const exact = Buffer.allocUnsafeSlow(this.slabUsed);
      slab.copy(exact, 0, 0, this.slabUsed);
      this.slabs[last] = exact;
      this.giveBack(slab.length - this.slabUsed);
    }
    const spare = this.offsetOf.length - this.count;
    if (spare > 0) {
      this.slabOf = this.slabOf.slice(0, this.count);
      this.offsetOf = this.offsetOf.slice(0, this.count);
      this.lengthOf = this.lengthOf.slice(0, this.count);
      this.arrivalOf = this.arrivalOf.slice(0, this.count);
      this.flagsOf = this.flagsOf.slice(0, this.count);
      this.giveBack(spare * PacketLog.indexBytesPerPacket);
    }
  }

  /** Gives every byte back to the budget. The log is empty afterwards. */
  free(): void {
    if (this.freed) return;
    this.freed = true;
    this.slabs.length = 0;
    this.slabOf = new Uint16Array(0);
    this.offsetOf = new Uint32Array(0);
    this.lengthOf = new Uint16Array(0);
    this.arrivalOf = new Float64Array(0);
    this.flagsOf = new Uint8Array(0);
    this.keyFrames = [];
    this.count = 0;
    this.budget.release(this.reserved);
    this.reserved = 0;
  }

  private check(i: number): void {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no packet ${i} (log has ${this.count})`);
  }

  private giveBack(bytes: number): void {
    this.budget.release(bytes);
    this.reserved -= bytes;
  }

  private grant(bytes: number): boolean {
    if (!this.budget.reserve(bytes, this)) return false;
    this.reserved += bytes;
    return true;
  }

  private ensureSlabSpace(bytes: number): boolean {
    const current = this.slabs[this.slabs.length - 1];
    if (current && this.slabUsed + bytes <= current.length) return true;
    // Slabs double from 32 KiB, so a short utterance wastes little and a long one needs few allocations.
    const size = Math.max(bytes, Math.min(MAX_SLAB_BYTES, current ? current.length * 2 : FIRST_SLAB_BYTES));
    if (this.slabs.length >= 0xffff || !this.grant(size)) return false;
    this.slabs.push(Buffer.allocUnsafeSlow(size));
    this.slabUsed = 0;
    return true;
  }

  private ensureIndexCapacity(): boolean {
    const capacity = this.offsetOf.length;
    if (this.count < capacity) return true;
    const next = capacity === 0 ? FIRST_INDEX_CAPACITY : capacity * 2;
    const extraBytes = (next - capacity) * PacketLog.indexBytesPerPacket;
    if (!this.grant(extraBytes)) return false;
    this.slabOf = grow(this.slabOf, new Uint16Array(next));
    this.offsetOf = grow(this.offsetOf, new Uint32Array(next));
    this.lengthOf = grow(this.lengthOf, new Uint16Array(next));
    this.arrivalOf = grow(this.arrivalOf, new Float64Array(next));
    this.flagsOf = grow(this.flagsOf, new Uint8Array(next));
    return true;
  }

  static readonly indexBytesPerPacket = 2 + 4 + 2 + 8 + 1;
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
