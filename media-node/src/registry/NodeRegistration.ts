import { EventEmitter } from 'node:events';
import { collections, type NodeLoad, type NodeRecord } from '@chorus/protocol';
import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import type { Logger } from '../logger.js';
import { within } from '../timeLimit.js';

export interface NodeRegistrationSettings {
  nodeId: string;
  publicUrl: string;
  signalingPath: string;
  region: string;
  capacity: NodeRecord['capacity'];
  turnUrls?: string[];
  heartbeatMs: number;
}

export interface NodeRegistrationEvents {
  /** A heartbeat reached Firestore. */
  heartbeat: [load: NodeLoad];
  /** Firestore answers again after heartbeats failed or stalled: the connection was lost and is back. */
  reconnected: [];
}

/** The node's last word must not hold its shutdown up when Firestore is unreachable. */
const FINAL_WRITE_TIMEOUT_MS = 3_000;
const GRPC_NOT_FOUND = 5;

/**
 * The node's entry in nodes/{nodeId}: what it is and where clients reach it, written once, then its load
 * and a server-timestamped heartbeat every `heartbeatMs`. The functions place rooms on nodes whose
 * heartbeat is fresh (NODE_STALE_MS). On close it marks itself draining, so no new room comes its way.
 * Failed writes are logged and retried with the next beat; Firestore never holds the media up.
 */
export class NodeRegistration extends EventEmitter<NodeRegistrationEvents> {
  readonly ref: DocumentReference;
  private readonly timer: NodeJS.Timeout;
  private registered = false;
  private beating: Promise<void> | undefined;
  private failures = 0;
  /** When the beat still waiting on Firestore was due to be followed by the next: Firestore is not answering. */
  private stalledSince: number | null = null;
  private closed = false;

  constructor(
    db: Firestore,
    private readonly settings: NodeRegistrationSettings,
    private readonly load: () => NodeLoad,
    private readonly logger: Logger,
  ) {
    super();
    this.ref = db.collection(collections.nodes).doc(settings.nodeId);
    this.logger = logger.child({ nodeId: settings.nodeId });
    this.timer = setInterval(() => void this.beat(), settings.heartbeatMs);
    this.timer.unref();
    void this.beat();
  }

  /** Resolves once the latest heartbeat (or registration) has been written or has failed. */
  async flush(): Promise<void> {
    await this.beating;
  }

  /** Stops the heartbeat and marks the node draining: no new rooms, the ones it serves wind down. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    // A beat still in flight goes first, so it cannot undo the draining mark; with Firestore away it can
    // wait for a minute, so it shares the final write's time limit.
    const drained = (async () => {
      await this.beating;
      await this.ref.update({ state: 'draining', load: this.load(), heartbeatAt: FieldValue.serverTimestamp() });
    })();
    try {
      if (await within(drained, FINAL_WRITE_TIMEOUT_MS)) this.logger.info('node marked draining');
      else this.logger.warn('could not mark the node draining in time');
    } catch (error) {
      this.logger.warn({ err: error }, 'could not mark the node draining');
    }
  }

  /**
   * One beat at a time: a beat still waiting on Firestore makes the next one skip. The SDK retries a
   * write while Firestore is unreachable, so a beat that outlasts the interval is how a lost connection
   * shows; it is logged once, and again when Firestore answers.
   */
  private beat(): Promise<void> {
    if (this.closed) return this.beating ?? Promise.resolve();
    if (this.beating) {
      if (this.stalledSince === null) {
        this.stalledSince = Date.now() - this.settings.heartbeatMs;
        this.logger.warn({ waitingMs: this.settings.heartbeatMs }, 'Firestore is not answering: the heartbeat is stalled');
      }
      return this.beating;
    }
    this.beating = this.write()
      .then((load) => {
        const recovered = this.failures > 0 || this.stalledSince !== null;
        if (this.failures > 0) this.logger.info({ failures: this.failures }, 'heartbeat reaches Firestore again');
        this.failures = 0;
        this.emit('heartbeat', load);
        if (recovered) this.emit('reconnected');
      })
      .catch((error: unknown) => {
        if (this.failures++ % 10 === 0) this.logger.warn({ err: error, failures: this.failures }, 'heartbeat failed');
      })
      .finally(() => {
        if (this.stalledSince !== null) this.logger.info({ stalledMs: Date.now() - this.stalledSince }, 'Firestore answers the heartbeat again');
        this.stalledSince = null;
        this.beating = undefined;
      });
    return this.beating;
  }

  private async write(): Promise<NodeLoad> {
    const load = this.load();
    if (this.registered) {
      try {
        await this.ref.update({ load, state: 'up', heartbeatAt: FieldValue.serverTimestamp() });
        return load;
      } catch (error) {
        if ((error as { code?: unknown }).code !== GRPC_NOT_FOUND) throw error;
        // Deleted (a cleanup took the node for dead, or a database was reset): register afresh.
        this.logger.warn('the node document was gone; registering again');
        this.registered = false;
      }
    }
    const { nodeId, publicUrl, signalingPath, region, capacity, turnUrls } = this.settings;
    const record: NodeRecord = {
      nodeId,
      publicUrl,
      signalingPath,
      ...(turnUrls?.length ? { turnUrls } : {}),
      region,
      capacity,
      load,
      state: 'up',
      startedAt: FieldValue.serverTimestamp(),
      heartbeatAt: FieldValue.serverTimestamp(),
    };
    await this.ref.set(record);
    this.registered = true;
    this.logger.info({ publicUrl, region }, 'node registered');
    return load;
  }
}
