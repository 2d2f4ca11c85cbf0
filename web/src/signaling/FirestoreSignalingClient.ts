import {
  collections,
  type CommandRecord,
  type MethodName,
  type MethodRequest,
  type MethodResponse,
  type NotificationName,
  type SessionRecord,
  sessionIdFor,
} from '@chorus/protocol';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  initializeFirestore,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  type DocumentReference,
  type Firestore,
  type QuerySnapshot,
  type Unsubscribe,
} from 'firebase/firestore';
import { errorMessage } from '../errorMessage.js';
import { splitHostPort, type FirebaseServices } from '../firebase/services.js';
import { PendingRequests } from './PendingRequests.js';
import type { ConnectionEvent, NotificationHandler, Signaling } from './Signaling.js';
import { SignalingError } from './SignalingError.js';
import { SignalingListeners } from './SignalingListeners.js';

export interface FirestoreSignalingOptions {
  /** The media node `joinRoom` named: it serves the session's commands. */
  nodeId: string;
  roomId: string;
  uid: string;
  /** Every command carries a current ID token, as `join` does over WebSocket. */
  idToken: () => Promise<string>;
  requestTimeoutMs?: number;
  /** Delay before a new session document after reconnect(). */
  retryMs?: number;
}

/** One Firestore per app: initializeFirestore may run only once. */
const instances = new WeakMap<FirebaseServices, Firestore>();

function firestoreOf(services: FirebaseServices): Firestore {
  let db = instances.get(services);
  if (!db) {
    db = initializeFirestore(services.app, {});
    const emulator = services.deployment.emulators?.firestore;
    if (emulator) connectFirestoreEmulator(db, ...splitHostPort(emulator));
    instances.set(services, db);
  }
  return db;
}

/**
 * The Firestore carrier: the same requests and notifications as the WebSocket, as documents.
 * connect() creates sessions/{sessionId}; each request is a sessions/{sessionId}/commands document
 * that the media node executes and completes in place (`state: 'done'` with `response` or `error`);
 * notifications arrive in sessions/{sessionId}/notifications in `seq` order. A reconnect starts a new
 * session document, which the session joins like a new socket (resuming with its session token).
 */
export class FirestoreSignalingClient implements Signaling {
  readonly carrier = 'firestore';
  private readonly db: Firestore;
  private readonly retryMs: number;
  private session: DocumentReference | null = null;
  private open = false;
  private running = false;
  private listeners: Unsubscribe[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private nextRequestId = 1;
  private lastSeq = -1;
  /** By command document id. */
  private readonly pending: PendingRequests<string>;
  private readonly events = new SignalingListeners();

  constructor(
    services: FirebaseServices,
    private readonly options: FirestoreSignalingOptions,
  ) {
    this.db = firestoreOf(services);
    this.pending = new PendingRequests(options.requestTimeoutMs ?? 15_000);
    this.retryMs = options.retryMs ?? 1_000;
  }

  get connected(): boolean {
    return this.open;
  }

  /** The current session document's id, or null between sessions. */
  get sessionId(): string | null {
    return this.session?.id ?? null;
  }

  connect(): void {
    if (this.running) return;
    this.running = true;
    void this.openSession();
  }

  close(): void {
    this.running = false;
    clearTimeout(this.retryTimer);
    this.dropSession('connection closed by the client');
  }

  reconnect(reason: string): void {
    if (!this.session) return;
    console.warn(`[signaling] new Firestore session: ${reason}`);
    this.dropSession(`the session was dropped: ${reason}`);
    this.retryLater(`dropped the Firestore session (${reason})`);
  }

  onConnection(listener: (event: ConnectionEvent) => void): () => void {
    return this.events.onConnection(listener);
  }

  on<N extends NotificationName>(name: N, handler: NotificationHandler<N>): () => void {
    return this.events.on(name, handler);
  }

  async request<M extends MethodName>(method: M, data: MethodRequest<M>): Promise<MethodResponse<M>> {
    const session = this.session;
    if (!session || !this.open) throw new SignalingError('DISCONNECTED', 'no Firestore session', method);
    const idToken = await this.options.idToken();
    const command = doc(collection(session, collections.commands));
    const record: CommandRecord = {
      uid: this.options.uid,
      nodeId: this.options.nodeId,
      id: this.nextRequestId++,
      method,
      idToken,
      state: 'pending',
      createdAt: serverTimestamp(),
    };
    // JSON text, which the rules bound at the node's message size limit.
    if (data !== undefined) record.data = JSON.stringify(data);
    const result = this.pending.wait(command.id, method);
    setDoc(command, record).catch((error: unknown) =>
      this.pending.fail(command.id, 'DISCONNECTED', `cannot write the command: ${errorMessage(error)}`),
    );
    return result;
  }

  private async openSession(): Promise<void> {
    // Bound to the uid (the rules insist), so nobody else can ever reuse this id.
    const sessions = collection(this.db, collections.sessions);
    const session = doc(sessions, sessionIdFor(this.options.uid, doc(sessions).id));
    this.session = session;
    this.lastSeq = -1;
    const record: SessionRecord = { uid: this.options.uid, nodeId: this.options.nodeId, roomId: this.options.roomId, createdAt: serverTimestamp() };
    try {
      await setDoc(session, record);
    } catch (error) {
      if (this.session !== session) return;
      this.session = null;
      this.retryLater(`cannot create a Firestore session: ${errorMessage(error)}`);
      return;
    }
    if (this.session !== session) return;
    const onListenError = (error: Error) => {
      if (this.session !== session) return;
      this.dropSession(`Firestore stopped listening: ${error.message}`);
      this.retryLater(`Firestore stopped listening: ${error.message}`);
    };
    this.listeners = [
      onSnapshot(collection(session, collections.commands), (snapshot) => this.settleAll(snapshot), onListenError),
      onSnapshot(query(collection(session, collections.notifications), orderBy('seq')), (snapshot) => this.dispatchAll(snapshot), onListenError),
    ];
    this.open = true;
    this.events.emit({ type: 'open' });
  }

  private dropSession(reason: string): void {
    for (const stop of this.listeners) stop();
    this.listeners = [];
    this.session = null;
    this.open = false;
    this.pending.failAll(reason);
  }

  private retryLater(reason: string): void {
    if (!this.running) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.openSession(), this.retryMs);
    this.events.emit({ type: 'closed', reason, retryInMs: this.retryMs });
  }

  private settleAll(snapshot: QuerySnapshot): void {
    for (const change of snapshot.docChanges()) {
      if (change.type === 'removed') continue;
      const record = change.doc.data();
      if (record.state !== 'done') continue;
      this.pending.settle(change.doc.id, record.error !== undefined ? { ok: false, error: record.error } : { ok: true, data: record.response ?? {} });
    }
  }

  private dispatchAll(snapshot: QuerySnapshot): void {
    const added = snapshot
      .docChanges()
      .filter((change) => change.type === 'added')
      .map((change) => change.doc.data())
      .sort((a, b) => a.seq - b.seq);
    for (const record of added) {
      // A listener that restarts replays what it already delivered.
      if (typeof record.seq !== 'number' || record.seq <= this.lastSeq) continue;
      this.lastSeq = record.seq;
      this.events.dispatch(String(record.method), record.data);
    }
  }
}
