import { collections, type RoutingDecision, type UtteranceRecord } from '@chorus/protocol';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { Logger } from '../logger.js';
import type { Utterance } from '../utterances/Utterance.js';
import type { UtteranceStore } from '../utterances/UtteranceStore.js';
import type { RoutingEvent, RoutingObserver } from '../utterances/RoutingObserver.js';
import { BatchedWriter, type BatchedWriterSettings } from './BatchedWriter.js';

export interface UtteranceJournalSettings extends Partial<BatchedWriterSettings> {
  nodeId: string;
}

/**
 * Records in Firestore what the node's utterances do: rooms/{roomId}/utterances/{utteranceId} as each one
 * starts, ends and is evicted, and routingDecisions/{autoId} for every viewer routed. The media stays on
 * the node; these are its metadata, written in batches off the media path.
 */
export class UtteranceJournal implements RoutingObserver {
  private readonly writer: BatchedWriter;
  private readonly detach: () => void;

  constructor(
    private readonly db: Firestore,
    store: UtteranceStore,
    private readonly settings: UtteranceJournalSettings,
    logger: Logger,
  ) {
    this.writer = new BatchedWriter(
      db,
      { maxQueued: settings.maxQueued ?? 10_000, flushIntervalMs: settings.flushIntervalMs ?? 500 },
      logger.child({ journal: 'utterances' }),
    );
    const onChange = (utterance: Utterance) => this.recordUtterance(utterance);
    store.on('recording', onChange);
    store.on('complete', onChange);
    store.on('evicted', onChange);
    this.detach = () => {
      store.off('recording', onChange);
      store.off('complete', onChange);
      store.off('evicted', onChange);
    };
  }

  /** Writes dropped because Firestore fell too far behind, and writes that failed. */
  get lost(): number {
    return this.writer.dropped + this.writer.failed;
  }

  routed({ roomId, viewer, utterance, reason }: RoutingEvent): void {
    const decision: RoutingDecision = {
      roomId,
      nodeId: this.settings.nodeId,
      viewerPeerId: viewer.id,
      viewerUid: viewer.uid,
      utteranceId: utterance?.id ?? null,
      speakerUid: utterance?.origin.speakerUid ?? null,
      reason,
      at: FieldValue.serverTimestamp(),
    };
    this.writer.set(this.db.collection(collections.routingDecisions).doc(), decision);
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  /** Stops listening and writes what is queued (the store's last evictions included). */
  async close(): Promise<void> {
    this.detach();
    await this.writer.close();
  }

  private recordUtterance(utterance: Utterance): void {
    const { id, roomId, speakerId, speakerUid, startedAt } = utterance.origin;
    const record: UtteranceRecord = {
      roomId,
      nodeId: this.settings.nodeId,
      speakerPeerId: speakerId,
      speakerUid: speakerUid ?? null,
      startedAt,
      durationMs: utterance.state === 'recording' ? null : utterance.durationMs,
      bytes: utterance.packets.allocatedBytes,
      state: utterance.state,
    };
    // An evicted utterance keeps the duration and size it had: only its state changes.
    const data = utterance.state === 'evicted' ? { state: record.state, roomId, nodeId: record.nodeId } : record;
    this.writer.set(this.db.collection(collections.rooms).doc(roomId).collection(collections.utterances).doc(id), data);
  }
}
