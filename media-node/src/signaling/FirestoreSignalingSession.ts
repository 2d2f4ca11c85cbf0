import { collections, ProtocolError, SessionRecordSchema, type NotificationEnvelope, type NotificationRecord } from '@chorus/protocol';
import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import type { Logger } from '../logger.js';
import type { SignalingConnection } from './ProtocolHandler.js';
import { RateLimiter, type RateLimitSettings } from './RateLimiter.js';

/** Notification writes waiting on Firestore beyond this are dropped: the session's client is far behind or Firestore is down. */
const MAX_PENDING_NOTIFICATIONS = 512;

export interface FirestoreSignalingSessionSettings {
  nodeId: string;
  rateLimit: RateLimitSettings;
}

/**
 * One sessions/{sessionId} document seen by the Firestore carrier: the SignalingConnection its commands
 * share (as the commands of one WebSocket do), the queue that runs them one at a time, and the
 * notifications written back to sessions/{sessionId}/notifications with an increasing `seq`.
 */
export class FirestoreSignalingSession {
  readonly connection: SignalingConnection;
  readonly limiter: RateLimiter;
  readonly ref: DocumentReference;
  /** The session document's owner, read once: sessions are not reassigned. */
  private owner: Promise<string> | undefined;
  private nextSeq = 0;
  private pendingNotifications = 0;
  private droppedNotifications = 0;
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private lastActivityMs = Date.now();
  private closed = false;

  constructor(
    private readonly db: Firestore,
    readonly sessionId: string,
    private readonly settings: FirestoreSignalingSessionSettings,
    private readonly logger: Logger,
  ) {
    this.ref = db.collection(collections.sessions).doc(sessionId);
    this.limiter = RateLimiter.forClient(settings.rateLimit);
    this.connection = {
      session: null,
      user: null,
      transmit: (message) => this.writeNotification(message),
      // Nothing to hang up: the client reads `sessionEnded` among the notifications and joins again.
      end: (reason) => this.logger.info({ sessionId, reason }, 'the node ended a Firestore session'),
      // Nothing to see drop either: a client that vanishes is noticed by its media going quiet.
      watchMedia: true,
    };
  }

  /** Nothing queued and nothing heard from the client for `ms`. */
  isIdleFor(ms: number): boolean {
    return this.queued === 0 && Date.now() - this.lastActivityMs >= ms;
  }

  /** Runs `task` after every task queued before it; a failing task does not stop the queue. */
  enqueue(task: () => Promise<void>): Promise<void> {
    this.queued += 1;
    this.lastActivityMs = Date.now();
    const run = this.queue.then(task).finally(() => {
      this.queued -= 1;
      this.lastActivityMs = Date.now();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when what is queued now has run. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * The uid the session document belongs to. Throws NOT_FOUND when there is no such document, FORBIDDEN
   * when it names another node. Also picks up the notification sequence where an earlier run left it.
   */
  async ownerUid(): Promise<string> {
    this.owner ??= this.load();
    try {
      return await this.owner;
    } catch (error) {
      // A session document the client creates a moment later must be found on its next command.
      this.owner = undefined;
      if (error instanceof ProtocolError) throw error;
      this.logger.warn({ err: error, sessionId: this.sessionId }, 'could not read a session document');
      throw new ProtocolError('UNAVAILABLE', 'the session document cannot be read right now; send the command again');
    }
  }

  close(): void {
    this.closed = true;
  }

  /** Deletes the session document with everything under it; the cleanup function takes what fails here. */
  async deleteDocuments(): Promise<void> {
    try {
      await this.db.recursiveDelete(this.ref);
      this.logger.info({ sessionId: this.sessionId }, 'deleted a finished Firestore session');
    } catch (error) {
      this.logger.warn({ err: error, sessionId: this.sessionId }, 'could not delete a finished Firestore session');
    }
  }

  private async load(): Promise<string> {
    const [snapshot, last] = await Promise.all([
      this.ref.get(),
      this.ref.collection(collections.notifications).orderBy('seq', 'desc').limit(1).get(),
    ]);
    if (!snapshot.exists) throw new ProtocolError('NOT_FOUND', `no session document ${this.ref.path}: create it before sending commands`);
    const session = SessionRecordSchema.safeParse(snapshot.data());
    if (!session.success) throw new ProtocolError('INVALID_MESSAGE', `session document ${this.ref.path} is malformed`);
    if (session.data.nodeId !== this.settings.nodeId) {
      throw new ProtocolError('FORBIDDEN', `session ${this.sessionId} belongs to node "${session.data.nodeId}", not this one`);
    }
    const lastSeq: unknown = last.docs[0]?.get('seq');
    if (Number.isSafeInteger(lastSeq)) this.nextSeq = Math.max(this.nextSeq, (lastSeq as number) + 1);
    return session.data.uid;
  }

  /** Fire and forget: a slow Firestore must never hold up the media path that notifies. */
  private writeNotification(message: NotificationEnvelope): void {
    if (this.closed) return;
    if (this.pendingNotifications >= MAX_PENDING_NOTIFICATIONS) {
      if (this.droppedNotifications++ % 100 === 0) {
        this.logger.warn({ sessionId: this.sessionId, dropped: this.droppedNotifications }, 'dropping notifications: Firestore is not keeping up');
      }
      return;
    }
    const record: NotificationRecord = {
      method: message.method,
      data: toFirestoreValue(message.data),
      seq: this.nextSeq++,
      at: FieldValue.serverTimestamp(),
    };
    this.pendingNotifications += 1;
    this.ref
      .collection(collections.notifications)
      .add(record)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, sessionId: this.sessionId, method: message.method }, 'could not write a notification'),
      )
      .finally(() => (this.pendingNotifications -= 1));
  }
}

/**
 * What Firestore can store of a protocol value: plain JSON. Responses hold only JSON types, but may
 * carry undefined fields; nested arrays, which Firestore refuses, appear in none of the protocol's types.
 */
export function toFirestoreValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
