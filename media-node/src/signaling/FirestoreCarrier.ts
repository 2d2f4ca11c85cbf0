import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { collections, parseCommandRecord, ProtocolError, type ErrorBody, type MethodName } from '@chorus/protocol';
import {
  FieldValue,
  type DocumentData,
  type DocumentSnapshot,
  type Firestore,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase-admin/firestore';
import { Counter, type Registry } from 'prom-client';
import type { AuthenticatedUser, Authenticator } from '../auth/Authenticator.js';
import type { Logger } from '../logger.js';
import { FirestoreSignalingSession, toFirestoreValue } from './FirestoreSignalingSession.js';
import type { ProtocolHandler } from './ProtocolHandler.js';
import type { RateLimitSettings } from './RateLimiter.js';
import { answerFailure } from './requestFailures.js';
import type { SessionRegistry } from './SessionRegistry.js';
import { within } from '../timeLimit.js';

export interface FirestoreCarrierSettings {
  nodeId: string;
  rateLimit: RateLimitSettings;
  /** Delays before subscribing again after the listener failed: doubled from `initialMs` up to `maxMs`. */
  resubscribe?: { initialMs: number; maxMs: number };
  /** A session with no peer and no command for this long is forgotten. */
  idleSessionMs?: number;
  /** How often pending commands are also read with a plain query (0: never); see poll(). */
  pollMs?: number;
}

export type CommandOutcome = 'ok' | 'error' | 'skipped';

export interface FirestoreCarrierEvents {
  /** A command document reached its end here: executed ('ok' or 'error'), or left alone ('skipped'). */
  command: [path: string, outcome: CommandOutcome, error?: ErrorBody];
  /** The listener delivered its first snapshot after (re)subscribing. */
  listening: [];
}

/** Paths of commands handled by this run, so a redelivered snapshot never runs one twice. */
const REMEMBERED_COMMANDS = 20_000;
/** gRPC status codes the Admin SDK reports on its errors. */
const GRPC_NOT_FOUND = 5;
const GRPC_FAILED_PRECONDITION = 9;
/** DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, UNAVAILABLE: Firestore is unreachable or busy, not refusing. */
const GRPC_TRANSIENT = new Set([4, 8, 14]);
/** How long a pending command is left to the listener before polling takes it. */
const POLL_GRACE_MS = 2_000;
/** Tries of a claim or result write while Firestore is unreachable: about a minute in all. */
const WRITE_ATTEMPTS = 8;

/**
 * Carries the signaling protocol over Firestore: a client writes a command document under its session,
 * this node (the one the command names) executes it through the same ProtocolHandler as the WebSocket
 * carrier, and writes the response or error back into the document.
 *
 * Each command runs at most once. The listener may deliver a pending command again (a reconnection, a
 * restarted listener); the carrier remembers what it handled, and before executing claims the document
 * with a write conditional on the update time it read, so neither a redelivery nor a second listener
 * runs it twice. A command claimed by an earlier run of the node, which died with it, is answered with
 * UNAVAILABLE rather than run blind.
 */
export class FirestoreCarrier extends EventEmitter<FirestoreCarrierEvents> {
  /** `<nodeId>/<random>`: tells this run's claims from those of a run that died. */
  readonly claimId: string;
  private readonly sessionsById = new Map<string, FirestoreSignalingSession>();
  private readonly handled = new Set<string>();
  private readonly commandsCounter: Counter<'outcome'> | undefined;
  private readonly resubscribe: { initialMs: number; maxMs: number };
  private unsubscribe: (() => void) | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly sweepTimer: NodeJS.Timeout;
  private pollTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private retryDelayMs: number;
  private failedSince: number | null = null;
  private closed = false;

  constructor(
    private readonly db: Firestore,
    private readonly handler: ProtocolHandler,
    private readonly sessions: SessionRegistry,
    /** null when the node runs without authentication: the command's uid must still own the session. */
    private readonly authenticator: Authenticator | null,
    private readonly settings: FirestoreCarrierSettings,
    private readonly logger: Logger,
    metrics?: Registry,
  ) {
    super();
    this.claimId = `${settings.nodeId}/${randomBytes(6).toString('hex')}`;
    this.resubscribe = settings.resubscribe ?? { initialMs: 500, maxMs: 30_000 };
    this.retryDelayMs = this.resubscribe.initialMs;
    this.logger = logger.child({ carrier: 'firestore' });
    this.commandsCounter = metrics
      ? new Counter({
          name: 'chorus_firestore_commands_total',
          help: 'Firestore signaling commands executed, by outcome (ok, error)',
          labelNames: ['outcome'],
          registers: [metrics],
        })
      : undefined;
    const idleMs = settings.idleSessionMs ?? 10 * 60_000;
    this.sweepTimer = setInterval(() => this.forgetIdleSessions(idleMs), Math.min(idleMs, 60_000));
    this.sweepTimer.unref();
  }

  get sessionCount(): number {
    return this.sessionsById.size;
  }

  /** Starts listening for the pending commands addressed to this node. */
  start(): void {
    if (this.closed || this.unsubscribe) return;
    const pollMs = this.settings.pollMs ?? 10_000;
    if (pollMs > 0 && !this.pollTimer) {
      this.pollTimer = setInterval(() => void this.poll(), pollMs);
      this.pollTimer.unref();
    }
    const query = this.pendingQuery();
    let first = true;
    this.unsubscribe = query.onSnapshot(
      (snapshot) => {
        if (first) {
          first = false;
          this.onListening();
        }
        this.receive(addedDocs(snapshot));
      },
      (error) => this.onListenerError(error),
    );
  }

  /**
   * Subscribes afresh, now: the new listener delivers every pending command at once, where the SDK's own
   * reconnection of a listener may still be backing off (up to a minute) after Firestore is back.
   */
  refresh(reason: string): void {
    if (this.closed) return;
    this.logger.info({ reason }, 'subscribing to commands afresh');
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.start();
  }

  /**
   * Takes pending command documents as a snapshot delivers them. Commands of one session run one after
   * the other, in the order they were created; sessions run in parallel. Public so that a test can
   * deliver the same snapshot twice.
   */
  receive(docs: readonly QueryDocumentSnapshot[]): void {
    if (this.closed) return;
    for (const doc of [...docs].sort(byCreation)) {
      const path = doc.ref.path;
      if (this.handled.has(path)) continue;
      this.remember(path);
      const sessionId = sessionIdOf(doc);
      if (!sessionId) {
        this.logger.warn({ path }, 'a commands document outside sessions/{sessionId}/commands addresses this node');
        void this.finish(doc, { code: 'INVALID_MESSAGE', message: 'commands live in sessions/{sessionId}/commands' });
        continue;
      }
      const session = this.sessionFor(sessionId);
      void session.enqueue(() => this.process(doc, session));
    }
  }

  /** Stops listening, lets the commands already running finish, and detaches the sessions (their grace period starts). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pollTimer);
    clearInterval(this.sweepTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const drained = Promise.all([...this.sessionsById.values()].map((session) => session.idle()));
    await within(drained, 2_000);
    for (const session of this.sessionsById.values()) {
      session.close();
      if (session.connection.session) this.sessions.detach(session.connection.session);
      session.connection.session = null;
    }
    this.sessionsById.clear();
  }

  private pendingQuery() {
    return this.db.collectionGroup(collections.commands).where('nodeId', '==', this.settings.nodeId).where('state', '==', 'pending');
  }

  /**
   * Reads the pending commands with a plain query, as a safety net under the listener: the SDK reopens a
   * failed listener by itself, silently and, after some errors, only after a minute's backoff (the
   * emulator's spurious RESOURCE_EXHAUSTED on listen streams, firebase-tools#8654). Commands already
   * handled are skipped as for any redelivery; a command found here first is logged.
   */
  private async poll(): Promise<void> {
    if (this.closed || this.polling) return;
    this.polling = true;
    const pollMs = this.settings.pollMs ?? 10_000;
    try {
      // A query the SDK keeps retrying must not stop the next polls.
      const read = await within(this.pendingQuery().get(), pollMs);
      if (!read) throw new Error('poll timed out');
      const snapshot = read.value;
      // A command written a moment ago is the listener's to deliver; one waiting longer was missed.
      const missedBefore = Date.now() - POLL_GRACE_MS;
      const missed = snapshot.docs.filter(
        (doc) => !this.handled.has(doc.ref.path) && doc.get('claimedBy') !== this.claimId && createdMillis(doc) < missedBefore,
      );
      if (missed.length > 0) {
        this.logger.warn({ commands: missed.length }, 'the listener had not delivered pending commands; picked up by polling');
        this.receive(missed);
      }
    } catch (error) {
      // The heartbeat reports Firestore being unreachable; nothing to add here.
      this.logger.debug({ err: error }, 'polling for pending commands failed');
    } finally {
      this.polling = false;
    }
  }

  private onListening(): void {
    if (this.failedSince !== null) {
      this.logger.info({ downMs: Date.now() - this.failedSince }, 'listening for commands again: pending ones are picked up now');
    } else {
      this.logger.info({ nodeId: this.settings.nodeId }, 'listening for commands');
    }
    this.failedSince = null;
    this.retryDelayMs = this.resubscribe.initialMs;
    this.emit('listening');
  }

  private onListenerError(error: Error): void {
    if (this.closed || this.retryTimer) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.failedSince ??= Date.now();
    const delayMs = this.retryDelayMs;
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.resubscribe.maxMs);
    this.logger.warn({ err: error, retryInMs: delayMs }, 'the command listener failed; subscribing again');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.start();
    }, delayMs);
    this.retryTimer.unref();
  }

  private sessionFor(sessionId: string): FirestoreSignalingSession {
    let session = this.sessionsById.get(sessionId);
    if (!session) {
      session = new FirestoreSignalingSession(this.db, sessionId, this.settings, this.logger);
      this.sessionsById.set(sessionId, session);
    }
    return session;
  }

  private async process(doc: QueryDocumentSnapshot, session: FirestoreSignalingSession): Promise<void> {
    const path = doc.ref.path;
    const claimedBy = doc.get('claimedBy') as unknown;
    if (claimedBy !== undefined) {
      if (claimedBy === this.claimId) return this.skip(path);
      // The run that claimed it is gone, and whether it took effect with it is unknown.
      return this.finish(doc, {
        code: 'UNAVAILABLE',
        message: 'the media node restarted while running this command; check the state and send it again',
      });
    }
    // What only reads runs beside the claim: checking the token and reading the session take a round trip each.
    let parsed: ReturnType<typeof parseCommandRecord> | undefined;
    let invalid: unknown;
    try {
      parsed = parseCommandRecord(doc.data());
    } catch (error) {
      invalid = error;
    }
    const authorized = parsed ? this.authorize(session, parsed.record.uid, parsed.record.idToken) : undefined;
    authorized?.catch(() => undefined); // awaited once the command is ours

    let claimed: boolean;
    try {
      claimed = await this.claim(doc);
    } catch (error) {
      // Not claimed, so not run. The listener will not deliver it again by itself: subscribing afresh does.
      this.handled.delete(path);
      this.logger.warn({ err: error, path }, 'could not claim a command; it stays pending until the listener subscribes again');
      this.onListenerError(error as Error);
      return;
    }
    if (!claimed) return this.skip(path);

    let method: MethodName | undefined;
    try {
      const overRate = session.limiter.admit();
      if (overRate) throw overRate;
      if (!parsed || !authorized) throw invalid;
      const { record, request } = parsed;
      method = request.method;
      // The command's token vouches for the join as well: the handler checks the role against it.
      if (request.method === 'join' && request.data.idToken === undefined) request.data.idToken = record.idToken;
      const user = await authorized;
      if (user) session.connection.user = user;
      session.connection.vouched = user ? { idToken: record.idToken, user } : undefined;
      const result = await this.handler.handle(session.connection, request).finally(() => {
        session.connection.vouched = undefined;
      });
      this.offerRelease(session);
      await this.writeResult(doc, { state: 'done', response: toFirestoreValue(result.data), completedAt: FieldValue.serverTimestamp() });
      this.count(path, 'ok');
      result.after?.();
    } catch (error) {
      const failure = answerFailure(error, this.logger, { method, path, uid: session.connection.user?.uid });
      const body: ErrorBody = { code: failure.code, message: failure.message };
      await this.writeResult(doc, { state: 'done', error: body, completedAt: FieldValue.serverTimestamp() });
      this.count(path, 'error', body);
    }
  }

  /**
   * Every command proves who sent it: the ID token's uid must be the command's author and the session's
   * owner. Without an authenticator the command's uid must still own the session.
   */
  private async authorize(session: FirestoreSignalingSession, commandUid: string, idToken: string): Promise<AuthenticatedUser | null> {
    const [owner, verified] = await Promise.allSettled([session.ownerUid(), this.authenticator ? this.authenticator.verify(idToken) : null]);
    // The session's problem first, whichever answered first: the same command always gets the same error.
    if (owner.status === 'rejected') throw owner.reason;
    if (verified.status === 'rejected') throw verified.reason;
    const user = verified.value;
    if (user && user.uid !== commandUid) throw new ProtocolError('UNAUTHENTICATED', 'the ID token is not the command author’s');
    if ((user?.uid ?? commandUid) !== owner.value) throw new ProtocolError('FORBIDDEN', `session ${session.sessionId} belongs to another user`);
    return user;
  }

  /**
   * A Firestore session never hangs up: a client that lost it (its listeners failed, it moved to the
   * WebSocket) resumes elsewhere with its session token. The peer session may then leave this one.
   */
  private offerRelease(session: FirestoreSignalingSession): void {
    const peerSession = session.connection.session;
    if (!peerSession || peerSession.release) return;
    peerSession.release = () => {
      peerSession.release = null;
      if (session.connection.session !== peerSession) return false;
      session.connection.session = null;
      peerSession.detach();
      this.logger.info({ sessionId: session.sessionId }, 'a peer session leaves its Firestore session for a resume elsewhere');
      return true;
    };
  }

  /** True when this run now owns the command: the document was unchanged since the snapshot, or our own claim already landed. */
  private async claim(doc: QueryDocumentSnapshot): Promise<boolean> {
    try {
      await this.retrying(() =>
        doc.ref.update({ claimedBy: this.claimId, claimedAt: FieldValue.serverTimestamp() }, { lastUpdateTime: doc.updateTime }),
      );
      return true;
    } catch (error) {
      const code = grpcCode(error);
      if (code === GRPC_NOT_FOUND) return false;
      if (code !== GRPC_FAILED_PRECONDITION) throw error;
      // Changed since the snapshot: by another claimant, or by our own attempt whose answer was lost.
      const now: DocumentSnapshot = await this.retrying(() => doc.ref.get());
      return now.get('claimedBy') === this.claimId && now.get('state') === 'pending';
    }
  }

  /** Answers a command this run did not execute (malformed location, stale claim), unless it changed meanwhile. */
  private async finish(doc: QueryDocumentSnapshot, error: ErrorBody): Promise<void> {
    try {
      const done = { state: 'done', error, completedAt: FieldValue.serverTimestamp(), ...secretsCleared(doc) };
      await this.retrying(() => doc.ref.update(done, { lastUpdateTime: doc.updateTime }));
      this.count(doc.ref.path, 'error', error);
    } catch (cause) {
      if (grpcCode(cause) === GRPC_FAILED_PRECONDITION || grpcCode(cause) === GRPC_NOT_FOUND) return this.skip(doc.ref.path);
      this.handled.delete(doc.ref.path);
      this.logger.warn({ err: cause, path: doc.ref.path }, 'could not answer a command; it stays pending');
    }
  }

  /** The result must reach the client, who is waiting on it. */
  private async writeResult(doc: QueryDocumentSnapshot, result: DocumentData): Promise<void> {
    const update = { ...result, ...secretsCleared(doc) };
    try {
      await this.retrying(() => doc.ref.update(update));
    } catch (error) {
      if (grpcCode(error) === GRPC_NOT_FOUND) return;
      this.logger.error({ err: error, path: doc.ref.path }, 'could not write a command result');
      if (!('response' in update)) return;
      // The response itself may be what Firestore refused; the client must still hear the command ended.
      const failed = {
        state: 'done',
        error: { code: 'INTERNAL', message: 'the response could not be stored' },
        completedAt: FieldValue.serverTimestamp(),
        ...secretsCleared(doc),
      };
      await this.retrying(() => doc.ref.update(failed)).catch(() => undefined);
    }
  }

  /**
   * Runs a Firestore call again while Firestore is unreachable or busy, with a growing pause. A claim or
   * a result lost here would leave the command pending for good: the listener does not deliver it again.
   */
  private async retrying<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const code = grpcCode(error);
        if (attempt >= WRITE_ATTEMPTS || this.closed || code === undefined || !GRPC_TRANSIENT.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 10_000)));
      }
    }
  }

  private skip(path: string): void {
    this.emit('command', path, 'skipped');
  }

  private count(path: string, outcome: 'ok' | 'error', error?: ErrorBody): void {
    this.commandsCounter?.inc({ outcome });
    this.emit('command', path, outcome, error);
  }

  private remember(path: string): void {
    this.handled.add(path);
    if (this.handled.size > REMEMBERED_COMMANDS) this.handled.delete(this.handled.values().next().value!);
  }

  /**
   * Sessions left without a peer (left, ended, or resumed elsewhere) and silent for `idleMs` are over:
   * their documents go too, commands and notifications with them, which a client's own delete of the
   * session document would leave behind. A client that comes back opens a new session.
   */
  private forgetIdleSessions(idleMs: number): void {
    for (const [id, session] of this.sessionsById) {
      const peerSession = session.connection.session;
      if ((!peerSession || peerSession.isClosed || !peerSession.peer || peerSession.peer.isClosed) && session.isIdleFor(idleMs)) {
        session.close();
        if (session.connection.session) this.sessions.close(session.connection.session);
        this.sessionsById.delete(id);
        void session.deleteDocuments();
      }
    }
  }
}

/** Bearer secrets in join's and refreshAuth's parameters, beside the command's own `idToken`. */
const SECRET_PARAMETERS = ['idToken', 'sessionToken'];

/**
 * Deletes a command's bearer secrets with its result: the document outlives the command (until the
 * cleanup), and nothing needs them once it is done. `data` is JSON text: rewritten without them.
 */
function secretsCleared(doc: QueryDocumentSnapshot): DocumentData {
  const cleared: DocumentData = {};
  if (doc.get('idToken') !== undefined) cleared.idToken = FieldValue.delete();
  const text = doc.get('data') as unknown;
  let data: unknown;
  try {
    data = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (refused as BAD_JSON): whatever it holds goes.
    cleared.data = FieldValue.delete();
    return cleared;
  }
  if (data && typeof data === 'object' && SECRET_PARAMETERS.some((name) => name in data)) {
    const kept = Object.fromEntries(Object.entries(data).filter(([name]) => !SECRET_PARAMETERS.includes(name)));
    cleared.data = JSON.stringify(kept);
  }
  return cleared;
}

function addedDocs(snapshot: QuerySnapshot): QueryDocumentSnapshot[] {
  return snapshot
    .docChanges()
    .filter((change) => change.type === 'added')
    .map((change) => change.doc);
}

/** sessions/{sessionId}/commands/{commandId} → sessionId; null for a `commands` collection anywhere else. */
function sessionIdOf(doc: QueryDocumentSnapshot): string | null {
  const session = doc.ref.parent.parent;
  return session && session.parent.id === collections.sessions && session.parent.parent === null ? session.id : null;
}

function createdMillis(doc: QueryDocumentSnapshot): number {
  const createdAt = doc.get('createdAt') as { toMillis?: () => number } | undefined;
  return typeof createdAt?.toMillis === 'function' ? createdAt.toMillis() : 0;
}

function byCreation(a: QueryDocumentSnapshot, b: QueryDocumentSnapshot): number {
  return createdMillis(a) - createdMillis(b) || compareIds(a.get('id'), b.get('id')) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Request ids are numbers or strings; a client numbering its commands 1, 2, 10 means that order. */
function compareIds(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}
