import type { NodeLoad } from '@chorus/protocol';
import { Gauge, type Registry } from 'prom-client';
import type { Authenticator } from '../auth/Authenticator.js';
import type { MediaNodeConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import type { RoomRegistry } from '../rooms/RoomRegistry.js';
import { FirestoreCarrier } from '../signaling/FirestoreCarrier.js';
import type { ProtocolHandler } from '../signaling/ProtocolHandler.js';
import type { SessionRegistry } from '../signaling/SessionRegistry.js';
import type { UtteranceStore } from '../utterances/UtteranceStore.js';
import { openFirestore, type FirestoreClient } from './firestoreClient.js';
import { NodeRegistration } from './NodeRegistration.js';
import { UtteranceJournal } from './UtteranceJournal.js';
import { within } from '../timeLimit.js';

/** How long the last journal writes may take at shutdown. */
const JOURNAL_FLUSH_TIMEOUT_MS = 3_000;
/** How long closing the Firestore client may wait for requests in flight. */
const CLIENT_CLOSE_TIMEOUT_MS = 3_000;

export interface FirestoreServicesDeps {
  handler: ProtocolHandler;
  sessions: SessionRegistry;
  authenticator: Authenticator | null;
  pool: WorkerPool;
  rooms: RoomRegistry;
  metrics: Registry;
  /** Where clients reach the node, when CHORUS_PUBLIC_URL does not say. */
  defaultPublicUrl: string;
  signalingPath: string;
}

/**
 * Everything the node does with Firestore (CHORUS_FIRESTORE=on): the utterance journal, from the start,
 * then, once the node serves, its registration and heartbeat and the command carrier. Shutdown is in
 * two steps: `drain()` first, so no room or command comes in while the node winds down, and `close()`
 * last, after the store let its utterances go, so the journal records that too.
 */
export class FirestoreServices {
  private registration: NodeRegistration | undefined;
  private carrier: FirestoreCarrier | undefined;

  private constructor(
    private readonly client: FirestoreClient,
    readonly journal: UtteranceJournal,
    private readonly config: MediaNodeConfig,
    private readonly logger: Logger,
  ) {}

  /** Opens Firestore and starts the journal; nothing listens or beats until start(). */
  static open(config: MediaNodeConfig, utterances: UtteranceStore, logger: Logger): FirestoreServices {
    const { nodeId } = config.firestore;
    const client = openFirestore(config.deployment.firebaseProject!, nodeId);
    const journal = new UtteranceJournal(client.firestore, utterances, { nodeId }, logger);
    return new FirestoreServices(client, journal, config, logger);
  }

  get commandCarrier(): FirestoreCarrier | undefined {
    return this.carrier;
  }

  start(deps: FirestoreServicesDeps, utterances: UtteranceStore): void {
    const { firestore } = this.client;
    const { nodeId, publicUrl, region, heartbeatMs, maxConsumers } = this.config.firestore;
    this.carrier = new FirestoreCarrier(
      firestore,
      deps.handler,
      deps.sessions,
      deps.authenticator,
      { nodeId, rateLimit: this.config.signaling.rateLimit },
      this.logger,
      deps.metrics,
    );
    this.carrier.start();
    const { carrier, journal } = this;
    new Gauge({
      name: 'chorus_firestore_sessions',
      help: 'Signaling sessions the Firestore carrier holds',
      registers: [deps.metrics],
      collect() {
        this.set(carrier.sessionCount);
      },
    });
    new Gauge({
      name: 'chorus_firestore_journal_lost',
      help: 'Utterance and routing records dropped (queue full) or failed to write, since start',
      registers: [deps.metrics],
      collect() {
        this.set(journal.lost);
      },
    });
    this.registration = new NodeRegistration(
      firestore,
      {
        nodeId,
        publicUrl: publicUrl ?? deps.defaultPublicUrl,
        signalingPath: deps.signalingPath,
        region,
        capacity: { workers: this.config.workers.count, maxConsumers },
        // NodeRecordSchema takes eight at most; a record that fails it is ignored by joinRoom.
        turnUrls: this.config.ice.turnUrls.slice(0, 8),
        heartbeatMs,
      },
      () => nodeLoad(deps.pool, deps.rooms, utterances),
      this.logger,
    );
    // The heartbeat notices a lost connection that the listener, reconnecting by itself, keeps quiet about.
    this.registration.on('reconnected', () => carrier.refresh('the heartbeat reaches Firestore again'));
  }

  /** Marks the node draining and stops taking commands; those already running finish. */
  async drain(): Promise<void> {
    await Promise.all([this.registration?.close(), this.carrier?.close()]);
  }

  /** Writes what the journal holds and lets Firestore go; an unreachable Firestore holds the shutdown up for seconds at most. */
  async close(): Promise<void> {
    await this.drain();
    if (!(await within(this.journal.close(), JOURNAL_FLUSH_TIMEOUT_MS)))
      this.logger.warn({ timeoutMs: JOURNAL_FLUSH_TIMEOUT_MS }, 'the utterance journal could not be written before shutdown');
    // The SDK lets requests it is still retrying finish before it terminates: a minute, with Firestore away.
    if (!(await within(this.client.close(), CLIENT_CLOSE_TIMEOUT_MS)))
      this.logger.warn({ timeoutMs: CLIENT_CLOSE_TIMEOUT_MS }, 'Firestore requests still pending at shutdown were left behind');
  }
}

/** The node's load as the registry reports it, read from live state as /metrics does. */
export function nodeLoad(pool: WorkerPool, rooms: RoomRegistry, utterances: UtteranceStore): NodeLoad {
  const load: NodeLoad = { workers: pool.workers.length, rooms: 0, transports: 0, producers: 0, consumers: 0, utteranceStoreBytes: utterances.bytes };
  for (const room of rooms.list()) {
    load.rooms += 1;
    for (const peer of room.listPeers()) {
      load.transports += peer.counts.transports;
      load.producers += peer.counts.producers;
      load.consumers += peer.counts.consumers;
    }
  }
  return load;
}
