import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { WorkerPool } from '../media/WorkerPool.js';
import type { RoomRegistry } from '../rooms/RoomRegistry.js';
import type { UtteranceStore } from '../utterances/UtteranceStore.js';

/** Prometheus metrics, computed from live state at scrape time so they can never drift from it. */
export function createMetricsRegistry(
  pool: WorkerPool,
  rooms: RoomRegistry,
  utterances: UtteranceStore,
  connections: () => number,
  relayedConsumers: () => number,
): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chorus_process_' });

  const mediaCounts = () => {
    const totals = { peers: 0, transports: 0, producers: 0, consumers: 0 };
    for (const room of rooms.list()) {
      for (const peer of room.listPeers()) {
        const counts = peer.counts;
        totals.peers += 1;
        totals.transports += counts.transports;
        totals.producers += counts.producers;
        totals.consumers += counts.consumers;
      }
    }
    return totals;
  };

  new Gauge({
    name: 'chorus_rooms',
    help: 'Open rooms (one router each)',
    registers: [registry],
    collect() {
      this.set(rooms.list().length);
    },
  });
  for (const kind of ['peers', 'transports', 'producers', 'consumers'] as const) {
    new Gauge({
      name: `chorus_${kind}`,
      help: `Open ${kind} across all rooms`,
      registers: [registry],
      collect() {
        this.set(mediaCounts()[kind]);
      },
    });
  }
  const storeGauges: [string, string, () => number][] = [
    ['chorus_utterance_store_bytes', 'Bytes the utterance store holds (packet slabs and index)', () => utterances.bytes],
    ['chorus_utterance_store_cap_bytes', 'The utterance store cap', () => utterances.capBytes],
    ['chorus_utterances', 'Utterances held, recording or complete', () => utterances.count],
    ['chorus_utterance_evictions', 'Utterances evicted to stay under the cap since start', () => utterances.evictions],
    [
      'chorus_viewers_at_live_edge',
      'Viewers playing an utterance that is still being recorded',
      () => utterances.list((u) => u.state === 'recording').reduce((sum, u) => sum + u.readerCount, 0),
    ],
    ['chorus_relayed_consumers', "Viewer consumers the worker feeds straight from a speaker's producer (the live-edge relay)", relayedConsumers],
  ];
  for (const [name, help, read] of storeGauges) {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  }
  new Gauge({
    name: 'chorus_signaling_connections',
    help: 'Open signaling connections',
    registers: [registry],
    collect() {
      this.set(connections());
    },
  });
  new Gauge({
    name: 'chorus_workers',
    help: 'Live mediasoup workers',
    registers: [registry],
    collect() {
      this.set(pool.workers.length);
    },
  });
  const deaths = new Counter({
    name: 'chorus_worker_deaths_total',
    help: 'mediasoup workers that died (each is replaced)',
    registers: [registry],
  });
  pool.on('workerdied', () => deaths.inc());
  new Gauge({
    name: 'chorus_worker_cpu_seconds',
    help: 'CPU time used by each mediasoup worker (getResourceUsage), by mode',
    labelNames: ['pid', 'mode'],
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(
        pool.workers.map(async (worker) => {
          const usage = await worker.getResourceUsage();
          this.set({ pid: String(worker.pid), mode: 'user' }, usage.ru_utime / 1000);
          this.set({ pid: String(worker.pid), mode: 'system' }, usage.ru_stime / 1000);
        }),
      );
    },
  });
  return registry;
}
