// `npm run bench`: figures for people (docs/benchmarks.md) and tools (docs/benchmarks.json).
// Not a test: it asserts nothing, it measures and records, with the machine and the date.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { startCoturn } from '@chorus/devtools/coturn';
import { launchChromium } from '../support/browser.js';
import { fakeRtpParameters, startMediaNode } from '../support/mediaNodeFixture.js';
import { NodeViewer } from '../support/NodeViewer.js';
import { measureDirectFanout } from './directFanout.js';
import { CARRIERS, measureFirebaseCarriers } from './firebaseCarriers.js';
import type { PageWindow } from './PageWindow.js';
import { measureUtteranceLatency } from './utteranceLatency.js';
import { measureUtteranceStore } from './utteranceStore.js';

interface Figure {
  name: string;
  unit: string;
  value: number;
  detail?: Record<string, number>;
  /** The figure's name in docs/benchmarks.json's `metrics`, where an issue or a tool reads it. */
  key?: string;
}

const figures: Figure[] = [];
const record = (figure: Figure) => {
  figures.push(figure);
  const detail = figure.detail
    ? `  (${Object.entries(figure.detail)
        .map(([k, v]) => `${k} ${round(v)}`)
        .join(', ')})`
    : '';
  console.log(`${figure.name}: ${round(figure.value)} ${figure.unit}${detail}`);
};
const round = (value: number) => Math.round(value * 100) / 100;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? NaN };
}

async function signalingRoundTrip() {
  const stack = await startMediaNode({ CHORUS_RATE_LIMIT_PER_SECOND: '100000', CHORUS_RATE_LIMIT_BURST: '100000' });
  try {
    const client = await stack.client();
    const { routerRtpCapabilities } = await client.request('join', { roomId: 'bench', role: 'speaker' });
    const samples: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = performance.now();
      await client.request('getRouterRtpCapabilities', {});
      samples.push(performance.now() - start);
    }
    const { p50, ...rest } = percentiles(samples.slice(200));
    record({
      name: 'signaling round trip (getRouterRtpCapabilities, WebSocket, loopback)',
      unit: 'ms p50',
      value: p50,
      detail: rest,
      key: 'signaling_rtt_ms_p50_ws',
    });

    const send = await client.request('createWebRtcTransport', { direction: 'send' });
    const { producerId } = await client.request('produce', {
      transportId: send.transportId,
      kind: 'video',
      rtpParameters: fakeRtpParameters('video', 1),
    });
    const viewer = await stack.client();
    await viewer.request('join', { roomId: 'bench', role: 'viewer' });
    const recv = await viewer.request('createWebRtcTransport', { direction: 'recv' });
    const setup: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = performance.now();
      const { consumerId } = await viewer.request('consume', { transportId: recv.transportId, producerId, rtpCapabilities: routerRtpCapabilities });
      await viewer.request('resumeConsumer', { consumerId });
      setup.push(performance.now() - start);
    }
    const consume = percentiles(setup);
    record({
      name: 'consumer setup (consume + resume with keyframe request)',
      unit: 'ms p50',
      value: consume.p50,
      detail: { p95: consume.p95, max: consume.max },
      key: 'consumer_setup_ms_p50',
    });
  } finally {
    await stack.close();
  }
}

async function workerStartup() {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const stack = await startMediaNode();
    samples.push(performance.now() - start);
    await stack.close();
  }
  const { p50, max } = percentiles(samples);
  record({ name: 'media node start (one worker, HTTP listening)', unit: 'ms p50', value: p50, detail: { max }, key: 'media_node_start_ms_p50' });
}

async function browserTimeToFirstFrame() {
  const coturn = await startCoturn({ port: 34790, relayPorts: { min: 35800, max: 35999 } });
  const stack = await startMediaNode({ CHORUS_TURN_URLS: coturn.urls.join(','), CHORUS_TURN_SECRET: coturn.secret });
  const browser = await launchChromium();
  try {
    for (const relay of [false, true]) {
      const context = await browser.newContext();
      const query = `room=bench-${relay ? 'relay' : 'direct'}${relay ? '&relay=1' : ''}`;
      const speaker = await context.newPage();
      await speaker.goto(`${stack.httpBase}/speaker.html?${query}`);
      await speaker.waitForFunction(() => (window as unknown as PageWindow).chorus?.state === 'publishing', null, { timeout: 30_000 });
      const viewer = await context.newPage();
      const start = performance.now();
      await viewer.goto(`${stack.httpBase}/viewer.html?${query}`);
      let firstFrame = NaN;
      while (performance.now() - start < 30_000) {
        const stats = await viewer.evaluate(() => (window as unknown as PageWindow).chorus?.inboundStats() ?? null).catch(() => null);
        if ((stats?.video?.framesDecoded ?? 0) > 0) {
          firstFrame = performance.now() - start;
          break;
        }
        await sleep(20);
      }
      const before = await viewer.evaluate(() => (window as unknown as PageWindow).chorus!.inboundStats());
      await sleep(5_000);
      const after = await viewer.evaluate(() => (window as unknown as PageWindow).chorus!.inboundStats());
      record({
        name: `viewer page load to first decoded frame, Chromium, ${relay ? 'TURN relay' : 'direct'}`,
        unit: 'ms',
        value: firstFrame,
        detail: { 'decoded fps': (after.video!.framesDecoded - before.video!.framesDecoded) / 5 },
        key: relay ? 'page_load_to_first_frame_ms_turn' : 'page_load_to_first_frame_ms_direct',
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await stack.close();
    await coturn.stop();
  }
}

/**
 * One Chromium speaker fanned out to N libwebrtc viewers (each consuming audio and video):
 * the worker's CPU, read from getResourceUsage, per consumer stream. This is the measured side of
 * the planning figure of about 20 streams per worker.
 */
async function fanOutLoad() {
  const stack = await startMediaNode({ CHORUS_RTC_MIN_PORT: '37000', CHORUS_RTC_MAX_PORT: '38999' });
  const browser = await launchChromium();
  try {
    const speaker = await (await browser.newContext()).newPage();
    await speaker.goto(`${stack.httpBase}/speaker.html?room=load`);
    await speaker.waitForFunction(() => (window as unknown as PageWindow).chorus?.state === 'publishing', null, { timeout: 30_000 });
    const [worker] = stack.node.pool.workers;
    if (!worker) throw new Error('no worker');
    const cpuMs = async () => {
      const usage = await worker.getResourceUsage();
      return usage.ru_utime + usage.ru_stime;
    };
    for (const count of [5, 10, 20]) {
      const viewers = await Promise.all(Array.from({ length: count }, () => NodeViewer.join(stack.url, 'load')));
      await sleep(3_000);
      const before = await Promise.all(viewers.map((v) => v.received()));
      const startCpu = await cpuMs();
      const start = performance.now();
      await sleep(10_000);
      const cpu = ((await cpuMs()) - startCpu) / (performance.now() - start);
      const after = await Promise.all(viewers.map((v) => v.received()));
      const receiving = after.filter((a, i) => a.video > before[i]!.video && a.audio > before[i]!.audio).length;
      const streams = count * 2;
      const seconds = (performance.now() - start) / 1000;
      const kbps = (after.reduce((sum, a, i) => sum + (a.bytes - before[i]!.bytes), 0) * 8) / 1000 / seconds / count;
      record({
        name: `worker CPU, 1 Chromium speaker to ${count} libwebrtc viewers (${streams} consumer streams)`,
        unit: '% of a core',
        value: cpu * 100,
        detail: { '% per stream': (cpu * 100) / streams, 'kbit/s per viewer': kbps, 'viewers receiving audio and video': receiving },
        key: `worker_cpu_pct_${count}_libwebrtc_viewers`,
      });
      record({
        name: `worker CPU per consumer stream, ${count} libwebrtc viewers`,
        unit: '% of a core',
        value: (cpu * 100) / streams,
        key: `worker_cpu_pct_per_stream_${count}_viewers`,
      });
      await Promise.all(viewers.map((v) => v.close()));
      await sleep(500);
    }
  } finally {
    await browser.close();
    await stack.close();
  }
}

function utteranceStore() {
  const store = measureUtteranceStore();
  record({ name: 'utterance store: insert throughput', unit: 'packets/s', value: store.insertPacketsPerSecond, key: 'store_insert_packets_per_s' });
  record({
    name: "utterance store: memory over the packets' bytes (process RSS growth)",
    unit: '%',
    value: store.overheadPct,
    detail: { 'raw MB': store.rawBytes / 1e6, 'store-accounted MB': store.storeAccountedBytes / 1e6 },
    key: 'store_memory_overhead_pct',
  });
}

async function utteranceLatency() {
  const samples = await measureUtteranceLatency(30);
  const switching = percentiles(samples.switchMs);
  const speech = percentiles(samples.speechToPlaybackMs);
  record({
    name: "switch latency: reroute to the new utterance's first keyframe packet at the viewer",
    unit: 'ms p50',
    value: switching.p50,
    detail: { p95: switching.p95, samples: samples.switchMs.length },
    key: 'switch_latency_ms_p50',
  });
  record({ name: 'switch latency p95', unit: 'ms', value: switching.p95, key: 'switch_latency_ms_p95' });
  record({
    name: 'speech to playback: detection packet to first packet at a waiting viewer',
    unit: 'ms p50',
    value: speech.p50,
    detail: { p95: speech.p95, samples: samples.speechToPlaybackMs.length },
    key: 'speech_to_playback_ms_p50',
  });
  record({ name: 'speech to playback p95', unit: 'ms', value: speech.p95, key: 'speech_to_playback_ms_p95' });
}

/**
 * One worker, cheap SRTP viewers: straight from the speaker's producers; through utterance playback at the
 * live edge as the node runs it (relayed in the worker after the pre-roll); and with every packet from Node.
 */
async function fanOutDirectAndPlayback() {
  const results = {
    direct: await measureDirectFanout(),
    playback: await measureDirectFanout({ path: 'playback' }),
    playback_node: await measureDirectFanout({ path: 'playback-node' }),
  };
  const described = {
    direct: 'direct',
    playback: 'playback at the live edge (relayed in the worker)',
    playback_node: 'playback with every packet from Node (the relay off, as for a replay)',
  };
  for (const [path, result] of Object.entries(results)) {
    const at = result.atMax;
    record({
      name: `${described[path as keyof typeof described]} fan-out on one worker and one Node process: viewers (PlainTransport + SRTP, ${result.mbitPerViewer.toFixed(2)} Mbit/s each) with >= 99% delivered and lateness p99 < 20 ms`,
      unit: 'viewers',
      value: result.maxViewers,
      detail: at
        ? {
            'worker CPU %': at.workerCpu * 100,
            'Node CPU %': at.nodeCpu * 100,
            'lateness p99 ms': at.latenessP99Ms,
            'delivered %': at.delivered * 100,
            'worker CPU % per viewer': result.workerCpuPerViewer * 100,
          }
        : {},
      key: `${path}_viewers_per_process`,
    });
  }
  record({
    name: 'playback fan-out over direct fan-out',
    unit: 'ratio',
    value: results.playback.maxViewers / results.direct.maxViewers,
    key: 'playback_to_direct_ratio',
  });
  record({
    name: 'playback fan-out with every packet from Node over direct fan-out',
    unit: 'ratio',
    value: results.playback_node.maxViewers / results.direct.maxViewers,
    key: 'playback_node_to_direct_ratio',
  });
}

/** Command round trips and join-to-first-frame over each signaling carrier, against the Firebase emulators. */
async function firebaseCarriers() {
  const samples = await measureFirebaseCarriers();
  for (const carrier of CARRIERS) {
    const short = carrier === 'websocket' ? 'ws' : 'firestore';
    const rtt = percentiles(samples.commandRttMs[carrier]);
    const over = carrier === 'websocket' ? 'WebSocket' : 'Firestore emulator';
    const detail = { p95: rtt.p95, max: rtt.max, samples: samples.commandRttMs[carrier].length };
    record({
      name: `command round trip over ${over} (getRouterRtpCapabilities, signed in, web client in Node)`,
      unit: 'ms',
      value: rtt.p50,
      detail,
      key: `command_rtt_ms_p50_${short}`,
    });
    record({ name: `command round trip over ${over}, p95`, unit: 'ms', value: rtt.p95, key: `command_rtt_ms_p95_${short}` });
    const join = percentiles(samples.joinToFirstFrameMs[carrier]);
    record({
      name: `viewer joinRoom call to first decoded frame over ${over}, Chromium (median)`,
      unit: 'ms',
      value: join.p50,
      detail: { max: join.max, samples: samples.joinToFirstFrameMs[carrier].length },
      key: `join_to_first_frame_ms_${short}`,
    });
  }
}

// `npm run bench -- firebase latency` runs only those sections and merges their figures into the files.
const sections: Record<string, () => unknown> = {
  store: utteranceStore,
  latency: utteranceLatency,
  fanout: fanOutDirectAndPlayback,
  startup: workerStartup,
  signaling: signalingRoundTrip,
  browser: browserTimeToFirstFrame,
  load: fanOutLoad,
  firebase: firebaseCarriers,
};
const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in sections));
if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
for (const [name, run] of Object.entries(sections)) {
  if (only.length === 0 || only.includes(name)) await run();
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
};
const date = new Date().toISOString();
const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
let measuredWhen = `Measured ${date} by \`npm run bench\``;
/** The last full run's date; partial runs since are listed in `updated`. */
let fullRunDate = date;
interface PartialRun {
  date: string;
  sections: string[];
}
let updated: PartialRun[] = [];
if (only.length) {
  // A partial run keeps the other sections' figures from the last full run.
  const previous = JSON.parse(readFileSync(path.join(docs, 'benchmarks.json'), 'utf8')) as {
    figures: Figure[];
    date: string;
    updated?: PartialRun[];
  };
  // Earlier partial runs stay listed unless this one re-measured all their sections.
  updated = [
    ...(Array.isArray(previous.updated) ? previous.updated : []).filter((run) => run.sections.some((name) => !only.includes(name))),
    { date, sections: only },
  ];
  const again = updated.map(
    (run) =>
      `the ${run.sections.join(', ')} section${run.sections.length > 1 ? 's' : ''} again ${run.date} (\`npm run bench -- ${run.sections.join(' ')}\`)`,
  );
  measuredWhen = `Measured ${previous.date} by \`npm run bench\`, ${again.join(', ')},`;
  fullRunDate = previous.date;
  // Re-measured figures take their old places (found by key, or by name when they have none, so that a
  // renamed figure replaces its old self); new ones go last.
  const identity = (f: Figure) => f.key ?? f.name;
  const fresh = new Map(figures.map((f) => [identity(f), f]));
  const merged = previous.figures.map((f) => fresh.get(identity(f)) ?? f);
  const placed = new Set(merged.map(identity));
  figures.splice(0, figures.length, ...merged, ...figures.filter((f) => !placed.has(identity(f))));
}
const metrics = Object.fromEntries(figures.flatMap((f) => (f.key ? [[f.key, { value: f.value, unit: f.unit }] as const] : [])));
writeFileSync(
  path.join(docs, 'benchmarks.json'),
  `${JSON.stringify({ machine, date: fullRunDate, ...(updated.length ? { updated } : {}), metrics, figures }, null, 2)}\n`,
);
writeFileSync(
  path.join(docs, 'benchmarks.md'),
  [
    '# Benchmarks',
    '',
    `${measuredWhen} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}.`,
    "Everything runs on loopback in a network namespace of its own; the browser is Debian's Chromium with a fake camera.",
    'The fake camera sends 640x480 at 20 fps, about 0.5 Mbit/s with audio (see kbit/s per viewer). Worker CPU grows with the',
    'packets forwarded, so a real camera at a higher resolution or bitrate costs more per stream than these figures.',
    '',
    '| what | value | detail |',
    '| --- | --- | --- |',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${round(f.value)} ${f.unit} | ${Object.entries(f.detail ?? {})
          .map(([k, v]) => `${k} ${round(v)}`)
          .join(', ')} |`,
    ),
    '',
  ].join('\n'),
);
console.log(`written to ${path.join(docs, 'benchmarks.md')} and benchmarks.json`);
process.exit(0);
