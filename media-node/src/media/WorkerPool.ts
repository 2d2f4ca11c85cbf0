import { EventEmitter } from 'node:events';
import { ProtocolError } from '@chorus/protocol';
import * as mediasoup from 'mediasoup';
import type { types as ms } from 'mediasoup';
import type { Logger } from '../logger.js';
import { pickLeastLoaded } from './placement.js';

export interface WorkerPoolSettings {
  count: number;
  logLevel: ms.WorkerLogLevel;
}

export interface WorkerPoolEvents {
  /** A worker died; its routers are already closed (they emit 'workerclose'). */
  workerdied: [worker: ms.Worker, error: Error];
  /** A replacement worker is up. */
  workeradded: [worker: ms.Worker];
}

interface PooledWorker {
  worker: ms.Worker;
  routers: number;
}

const RESPAWN_DELAYS_MS = [0, 500, 2000, 5000];
const REPLACEMENT_WAIT_MS = 10_000;

/**
 * The mediasoup workers of this node, one per core by default. Places routers on the
 * least-loaded worker, and replaces a worker that dies so the node keeps its capacity.
 */
export class WorkerPool extends EventEmitter<WorkerPoolEvents> {
  private readonly pooled = new Set<PooledWorker>();
  private closed = false;

  private constructor(
    private readonly settings: WorkerPoolSettings,
    private readonly logger: Logger,
  ) {
    super();
  }

  static async create(settings: WorkerPoolSettings, logger: Logger): Promise<WorkerPool> {
    const pool = new WorkerPool(settings, logger);
    try {
      await Promise.all(Array.from({ length: settings.count }, () => pool.spawn()));
    } catch (error) {
      pool.close();
      throw error;
    }
    return pool;
  }

  get workers(): ms.Worker[] {
    return [...this.pooled].map((entry) => entry.worker);
  }

  /** The worker with the fewest routers. */
  pickWorker(): ms.Worker {
    if (this.closed) throw new ProtocolError('UNAVAILABLE', 'the media node is shutting down');
    return pickLeastLoaded([...this.pooled].map((entry) => ({ item: entry.worker, load: entry.routers })));
  }

  /**
   * Places a router on the least-loaded worker. When every worker has just died, waits for a
   * replacement: the clients told to rejoin by 'mediaReset' come back at once, and should land.
   */
  async createRouter(options: ms.RouterOptions): Promise<ms.Router> {
    if (this.pooled.size === 0 && !this.closed) await this.replacement(REPLACEMENT_WAIT_MS);
    return this.pickWorker().createRouter(options);
  }

  private replacement(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('workeradded', added);
        reject(new ProtocolError('UNAVAILABLE', 'no media worker is running on this node; try again shortly'));
      }, timeoutMs);
      const added = () => {
        clearTimeout(timer);
        resolve();
      };
      this.once('workeradded', added);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const entry of this.pooled) entry.worker.close();
    this.pooled.clear();
  }

  private async spawn(): Promise<ms.Worker> {
    const worker = await mediasoup.createWorker({ logLevel: this.settings.logLevel });
    if (this.closed) {
      worker.close();
      throw new Error('worker pool is closed');
    }
    const entry: PooledWorker = { worker, routers: 0 };
    this.pooled.add(entry);
    worker.observer.on('newrouter', (router) => {
      entry.routers += 1;
      router.observer.once('close', () => {
        entry.routers -= 1;
      });
    });
    worker.on('died', (error) => this.onDied(entry, error));
    this.logger.info({ workerPid: worker.pid }, 'mediasoup worker started');
    return worker;
  }

  private onDied(entry: PooledWorker, error: Error): void {
    this.pooled.delete(entry);
    this.logger.error({ workerPid: entry.worker.pid, err: error }, 'mediasoup worker died; replacing it');
    this.emit('workerdied', entry.worker, error);
    void this.respawn();
  }

  private async respawn(attempt = 0): Promise<void> {
    if (this.closed) return;
    const delay = RESPAWN_DELAYS_MS[Math.min(attempt, RESPAWN_DELAYS_MS.length - 1)] ?? 0;
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay).unref());
    try {
      const worker = await this.spawn();
      this.emit('workeradded', worker);
    } catch (error) {
      if (this.closed) return;
      this.logger.error({ err: error, attempt }, 'failed to start a replacement mediasoup worker');
      await this.respawn(attempt + 1);
    }
  }
}
