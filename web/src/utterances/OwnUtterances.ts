import type { NotificationData } from '@chorus/protocol';
import type { Signaling } from '../signaling/Signaling.js';

type UtteranceEvent = NotificationData<'utteranceStarted'>;
type Heard = { ended: boolean; event: UtteranceEvent };

export interface OwnUtterance {
  utteranceId: string;
  /** ms since the epoch, the server's clock. */
  startedAt: number;
  /** ms since the epoch; absent while the server is still recording it. */
  endedAt?: number;
}

/** Others' utterances kept in case they turn out to be ours; see `adopt`. */
const UNCLAIMED_LIMIT = 50;

/**
 * The speaker's own utterances as the server records them, from the `utteranceStarted` and
 * `utteranceEnded` the whole room receives. The page learns its peer id only once its media is
 * set up, and the server may hear it before that: events are kept until their owner is known.
 */
export class OwnUtterances {
  readonly list: OwnUtterance[] = [];
  private readonly ownIds = new Set<string>();
  private currentPeerId: string | null = null;
  private readonly unclaimed: Heard[] = [];
  private recordsValue = false;

  constructor(
    signaling: Signaling,
    private readonly onChange: () => void,
  ) {
    signaling.on('utteranceStarted', (event) => this.started(event));
    signaling.on('utteranceEnded', (event) => this.ended(event));
  }

  /** The server records utterances in this room (it said so once); the live view never does. */
  get roomRecords(): boolean {
    return this.recordsValue;
  }

  /** The server is recording this page's speech right now. */
  get hearing(): boolean {
    return this.list.some((u) => u.endedAt === undefined);
  }

  /**
   * The page joined as `peerId`. A new peer id means the previous peer is gone on the server, and the
   * end of an utterance it was recording may never have been sent to us: it ended by now.
   */
  adopt(peerId: string): void {
    if (peerId === this.currentPeerId) return;
    const now = Date.now();
    for (const utterance of this.list) utterance.endedAt ??= now;
    this.currentPeerId = peerId;
    this.ownIds.add(peerId);
    const mine = this.unclaimed.filter((heard) => heard.event.speakerId === peerId);
    this.unclaimed.splice(0, this.unclaimed.length, ...this.unclaimed.filter((heard) => heard.event.speakerId !== peerId));
    for (const { ended, event } of mine) {
      if (ended) this.ended(event);
      else this.started(event);
    }
    this.onChange();
  }

  private started(event: UtteranceEvent): void {
    this.noteRecords();
    if (!this.ownIds.has(event.speakerId)) return this.keep(false, event);
    if (this.list.some((u) => u.utteranceId === event.utteranceId)) return;
    this.list.push({ utteranceId: event.utteranceId, startedAt: event.startedAt });
    this.onChange();
  }

  private ended(event: UtteranceEvent): void {
    this.noteRecords();
    if (!this.ownIds.has(event.speakerId)) return this.keep(true, event);
    const utterance = this.list.find((u) => u.utteranceId === event.utteranceId);
    const endedAt = event.startedAt + (event.durationMs ?? Date.now() - event.startedAt);
    if (utterance) utterance.endedAt = endedAt;
    // Its start came before we knew who we were and fell out of the buffer: the record is still ours.
    else this.list.push({ utteranceId: event.utteranceId, startedAt: event.startedAt, endedAt });
    this.onChange();
  }

  private noteRecords(): void {
    if (this.recordsValue) return;
    this.recordsValue = true;
    this.onChange();
  }

  /** Someone else's, or ours under the peer id of a session whose join has not been reported yet. */
  private keep(ended: boolean, event: UtteranceEvent): void {
    this.unclaimed.push({ ended, event });
    if (this.unclaimed.length > UNCLAIMED_LIMIT) this.unclaimed.shift();
  }
}
