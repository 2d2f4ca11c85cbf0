import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Authenticator } from './auth/Authenticator.js';
import { FirebaseAuthenticator } from './auth/FirebaseAuthenticator.js';
import type { MediaNodeConfig } from './config.js';
import { createHttpServer } from './http/HttpServer.js';
import { registerAuthMetrics } from './http/authMetrics.js';
import { createMetricsRegistry } from './http/metrics.js';
import { FirestoreServices } from './registry/FirestoreServices.js';
import type { Logger } from './logger.js';
import { WorkerPool } from './media/WorkerPool.js';
import { LiveProducerFeed } from './rooms/LiveProducerFeed.js';
import { RoomRegistry } from './rooms/RoomRegistry.js';
import type { ViewerFeed } from './rooms/ViewerFeed.js';
import { ProtocolHandler } from './signaling/ProtocolHandler.js';
import { SessionRegistry } from './signaling/SessionRegistry.js';
import { WebSocketCarrier } from './signaling/WebSocketCarrier.js';
import { RandomRecommender } from './utterances/Recommender.js';
import { UtteranceFeed } from './utterances/UtteranceFeed.js';
import { systemClock } from './utterances/UtterancePlayback.js';
import { UtteranceStore } from './utterances/UtteranceStore.js';

export const SIGNALING_PATH = '/ws';

/**
 * Wires the media node together. close() tells every peer its room is closing, closes the
 * connections as "going away" so those notices are delivered, then releases sessions and workers.
 */
export class MediaNode {
  private constructor(
    readonly config: MediaNodeConfig,
    readonly pool: WorkerPool,
    readonly rooms: RoomRegistry,
    readonly sessions: SessionRegistry,
    readonly handler: ProtocolHandler,
    readonly utterances: UtteranceStore,
    /** Verifies ID tokens for every carrier; null when the node runs without authentication. */
    readonly authenticator: Authenticator | null,
    private readonly carrier: WebSocketCarrier,
    private readonly server: Server,
    /** Registration, command carrier and utterance journal; null with CHORUS_FIRESTORE=off. */
    readonly firestore: FirestoreServices | null,
  ) {}

  static async start(config: MediaNodeConfig, logger: Logger): Promise<MediaNode> {
    const authenticator = createAuthenticator(config, logger);
    const pool = await WorkerPool.create(config.workers, logger);
    const utterances = new UtteranceStore(config.utterances.storeBytes);
    const firestore = config.firestore.enabled ? FirestoreServices.open(config, utterances, logger) : null;
    const feed: ViewerFeed =
      config.viewerFeed === 'live'
        ? new LiveProducerFeed()
        : new UtteranceFeed({
            store: utterances,
            recommender: new RandomRecommender(),
            recorder: config.utterances.recorder,
            recentHistory: 20,
            relayLiveEdge: config.utterances.relayLiveEdge,
            clock: systemClock,
            logger,
            ...(firestore ? { routing: firestore.journal } : {}),
          });
    const rooms = new RoomRegistry(pool, logger, (room) => feed.attach(room));
    const sessions = new SessionRegistry(config.signaling.reconnectGraceMs);
    const handler = new ProtocolHandler({ config, rooms, sessions, feed, logger, authenticator });
    // Metrics are computed at scrape time, which only a listening server, so after the carrier below exists, serves.
    const metrics = createMetricsRegistry(
      pool,
      rooms,
      utterances,
      () => carrier.connectionCount,
      () => feed.relayedConsumers,
    );
    registerAuthMetrics(metrics, handler);
    const server = createHttpServer(
      {
        webRoot: config.http.webRoot,
        api: { authenticator, utterances },
        metrics,
        health: () => ({
          healthy: pool.workers.length > 0,
          detail: { workers: pool.workers.length, rooms: rooms.list().length },
        }),
      },
      logger,
    );
    const carrier = new WebSocketCarrier(
      server,
      handler,
      sessions,
      {
        path: SIGNALING_PATH,
        heartbeatIntervalMs: config.signaling.heartbeatIntervalMs,
        rateLimit: config.signaling.rateLimit,
        authTimeoutMs: config.auth.timeoutMs,
        maxConnectionsPerIp: config.auth.maxConnectionsPerIp,
        trustedProxies: config.auth.trustedProxies,
      },
      logger,
    );
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.http.port, config.http.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      await carrier.close();
      handler.close();
      pool.close();
      await authenticator?.close?.();
      await firestore?.close();
      throw error;
    }
    const { port } = server.address() as AddressInfo;
    firestore?.start(
      {
        handler,
        sessions,
        authenticator,
        pool,
        rooms,
        metrics,
        defaultPublicUrl: `ws://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}`,
        signalingPath: SIGNALING_PATH,
      },
      utterances,
    );
    return new MediaNode(config, pool, rooms, sessions, handler, utterances, authenticator, carrier, server, firestore);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    // Draining first: no room is placed here and no Firestore command taken while the rest winds down.
    await this.firestore?.drain();
    this.rooms.closeAll();
    await this.carrier.close();
    this.handler.close();
    this.sessions.closeAll();
    this.utterances.clear();
    await this.firestore?.close();
    this.pool.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.authenticator?.close?.();
  }
}

function createAuthenticator(config: MediaNodeConfig, logger: Logger): Authenticator | null {
  if (config.auth.mode === 'off') {
    logger.warn('CHORUS_AUTH=off: anyone who reaches this node joins any room in any role; for local media tests only');
    return null;
  }
  // config.ts refuses CHORUS_AUTH=firebase without a project.
  return new FirebaseAuthenticator({ projectId: config.deployment.firebaseProject!, defaultRoles: config.auth.defaultRoles, logger });
}
