import type { DocumentData, DocumentReference, Firestore } from 'firebase-admin/firestore';
import type { Logger } from '../logger.js';

export interface BatchedWriterSettings {
  /** Writes waiting beyond this are dropped (and counted): memory stays bounded when Firestore is away. */
  maxQueued: number;
  /** How long a write may wait for others to share its batch. */
  flushIntervalMs: number;
}

/** Firestore's limit on writes in one batch. */
const MAX_BATCH_WRITES = 500;

/**
 * Merges documents into Firestore in batches, off the caller's path: set() only queues. Writes to the
 * same document while queued coalesce into one. A failed batch is logged and dropped, not retried: what
 * goes through here is a record of events, and the media must not wait on it or pile it up.
 */
export class BatchedWriter {
  private readonly queued = new Map<string, { ref: DocumentReference; data: DocumentData }>();
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private droppedCount = 0;
  private failedCount = 0;
  private writtenCount = 0;
  private closed = false;

  constructor(
    private readonly db: Firestore,
    private readonly settings: BatchedWriterSettings,
    private readonly logger: Logger,
  ) {}

  get dropped(): number {
    return this.droppedCount;
  }

  get failed(): number {
    return this.failedCount;
  }

  get written(): number {
    return this.writtenCount;
  }

  /** Queues a merge of `data` into the document; false when it was dropped because the queue is full. */
  set(ref: DocumentReference, data: DocumentData): boolean {
    if (this.closed) return false;
    const pending = this.queued.get(ref.path);
    if (pending) {
      Object.assign(pending.data, data);
      return true;
    }
    if (this.queued.size >= this.settings.maxQueued) {
      if (this.droppedCount++ % 1000 === 0) this.logger.warn({ dropped: this.droppedCount }, 'Firestore writes dropped: the queue is full');
      return false;
    }
    this.queued.set(ref.path, { ref, data: { ...data } });
    this.timer ??= setTimeout(() => void this.flush(), this.settings.flushIntervalMs);
    return true;
  }

  /** Writes everything queued now; resolves when it is written or has failed. Batches commit one at a time, in order. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.chain = this.chain.then(async () => {
      while (this.queued.size > 0) await this.commit(this.take());
    });
    return this.chain;
  }

  /** Writes what is queued, then refuses more. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private take(): { ref: DocumentReference; data: DocumentData }[] {
    const batch: { ref: DocumentReference; data: DocumentData }[] = [];
    for (const [path, write] of this.queued) {
      if (batch.length === MAX_BATCH_WRITES) break;
      batch.push(write);
      this.queued.delete(path);
    }
    return batch;
  }

  private async commit(writes: { ref: DocumentReference; data: DocumentData }[]): Promise<void> {
    const batch = this.db.batch();
    for (const { ref, data } of writes) batch.set(ref, data, { merge: true });
    try {
      await batch.commit();
      this.writtenCount += writes.length;
    } catch (error) {
      this.failedCount += writes.length;
      this.logger.warn({ err: error, writes: writes.length, failed: this.failedCount }, 'a batch of Firestore writes failed and was dropped');
    }
  }
}
