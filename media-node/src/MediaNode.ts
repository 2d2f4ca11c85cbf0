import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MediaNodeConfig } from './config.js';
import { createHttpServer } from './http/HttpServer.js';
import { createMetricsRegistry } from './http/metrics.js';
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
    private readonly carrier: WebSocketCarrier,
    private readonly server: Server,
  ) {}

  static async start(config: MediaNodeConfig, logger: Logger): Promise<MediaNode> {
    const pool = await WorkerPool.create(config.workers, logger);
    const utterances = new UtteranceStore(config.utterances.storeBytes);
    const feed: ViewerFeed =
      config.viewerFeed === 'live'
        ? new LiveProducerFeed()
        : new UtteranceFeed({
            store: utterances,
            recommender: new RandomRecommender(),
            recorder: config.utterances.recorder,
            recentHistory: 20,
            clock: systemClock,
            logger,
          });
    const rooms = new RoomRegistry(pool, logger, (room) => feed.attach(room));
    const sessions = new SessionRegistry(config.signaling.reconnectGraceMs);
    const handler = new ProtocolHandler({ config, rooms, sessions, feed, logger });
    let carrier: WebSocketCarrier | undefined;
    const server = createHttpServer(
      {
        webRoot: config.http.webRoot,
        metrics: createMetricsRegistry(pool, rooms, utterances, () => carrier?.connectionCount ?? 0),
        health: () => ({
          healthy: pool.workers.length > 0,
          detail: { workers: pool.workers.length, rooms: rooms.list().length },
        }),
      },
      logger,
    );
    carrier = new WebSocketCarrier(
      server,
      handler,
      sessions,
      { path: SIGNALING_PATH, heartbeatIntervalMs: config.signaling.heartbeatIntervalMs, rateLimit: config.signaling.rateLimit },
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
      pool.close();
      throw error;
    }
    return new MediaNode(config, pool, rooms, sessions, handler, utterances, carrier, server);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.rooms.closeAll();
    await this.carrier.close();
    this.sessions.closeAll();
    this.utterances.clear();
    this.pool.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
