// Direct fan-out on one mediasoup worker with cheap viewers: how many viewers of one speaker a
// single worker (one core) carries before packets are lost or late.
//
// One router; one synthetic speaker, a PlainTransport fed with plain RTP by this process over UDP
// on 127.0.0.1 (Opus 50 packets/s, VP8 25 frames/s in two ~1100-byte packets: about 0.5 Mbit/s;
// the two packets of a frame 8 ms apart, as a browser's pacer sends them, and audio between
// frames, as two independent clocks would fall: the worker's fan-out of one packet to every
// viewer is the burst whose length grows with N);
// N viewers, each a PlainTransport with SRTP and an audio and a video consumer, all sending to
// one UDP sink. The sink runs on its own thread so that counting ~50k packets/s does not delay
// the sender. It counts packets per viewer (by source port) and measures lateness: arrival time
// minus the time the packet was scheduled to be sent. SRTP leaves the RTP header in the clear, and
// the consumers keep the producer's RTP timestamps, which encode the schedule.
//
// The viewer count ramps up in steps and then bisects; a count passes when at least 99% of the
// packets scheduled in the measuring window arrive and the 99th percentile of lateness is under
// 20 ms. The worker has one core's worth of work to do and the sink most of another: on 2 cores,
// other processes show up as lateness, so run it on an otherwise idle machine.
// Loopback only; run it inside scripts/in-loopback-netns.sh.
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker as Thread } from 'node:worker_threads';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { AUDIO_LEVEL_URI } from '../../media-node/src/utterances/SpeakerRecorder.js';
import { LivePlaybackFeed } from './livePlaybackFeed.js';

export interface DirectFanoutOptions {
  /** Worker binary; default MEDIASOUP_WORKER_BIN, else the installed one. */
  workerBin?: string;
  /** Viewer counts tried in order until one fails; then bisected between the last pass and it. */
  steps?: number[];
  /** Stop bisecting when the bracket is this narrow. */
  resolution?: number;
  /** After changing the viewer count: consumers wait for a key frame, queues settle. */
  warmupMs?: number;
  measureMs?: number;
  minDelivered?: number;
  maxLatenessP99Ms?: number;
  /** A failed count is measured again this many times before it counts as failed: on a shared
   * machine another process's burst can fail one window; real overload fails every one. */
  retries?: number;
  srtpCryptoSuite?: types.SrtpCryptoSuite;
  /**
   * 'direct': every viewer consumes the speaker's producers. 'playback': the media node's utterance
   * pipeline records the speaker and every viewer consumes its own playback producers, and follows the
   * live edge: relayed inside the worker once the pre-roll has gone out from Node, as the node does by
   * default. 'playback-node': the same with the relay off, every packet fed from Node, as for a replay.
   * In both, lateness is measured over each viewer's own fastest packet, since a switch re-bases a
   * stream's timestamps.
   */
  path?: 'direct' | 'playback' | 'playback-node';
  log?: (line: string) => void;
}

export interface FanoutStep {
  viewers: number;
  /** Share of the packets scheduled in the window that reached the sink, over all viewers. */
  delivered: number;
  /** The same share for the viewer that got the fewest. */
  worstViewerDelivered: number;
  latenessP50Ms: number;
  latenessP99Ms: number;
  /** Worker CPU time over wall time in the window (user + system): 1 = one core. */
  workerCpu: number;
  /** This process's CPU time over wall time in the window: the Node side of playback. */
  nodeCpu: number;
  /** 99th percentile of how late this process sent the speaker's packets: part of the lateness above that is not the worker's. */
  senderLatenessP99Ms: number;
  /** Packets the kernel dropped at the sink's socket (sink too slow: the figure is not the worker's). */
  sinkDrops: number;
  /** Event-loop utilisation of the sink thread. */
  sinkBusy: number;
  passed: boolean;
}

export interface DirectFanoutResult {
  workerBin: string;
  /** Largest viewer count that passed (0 if none did). */
  maxViewers: number;
  /** True when even the last step passed: the worker may carry more. */
  ceilingReached: boolean;
  atMax?: FanoutStep;
  steps: FanoutStep[];
  /** RTP payload plus headers sent per viewer, Mbit/s. */
  mbitPerViewer: number;
  /** Worker CPU per viewer (median over the steps, 1 = one core), and the viewer count at which the
   * worker's one core would be full. Less sensitive to other processes than the lateness, which
   * on a shared machine fails first. */
  workerCpuPerViewer: number;
  viewersPerWorkerCore: number;
}

const AUDIO_PT = 100;
const VIDEO_PT = 101;
const AUDIO_SSRC = 0x11110001;
const VIDEO_SSRC = 0x22220002;
const AUDIO_INTERVAL_MS = 20;
const VIDEO_INTERVAL_MS = 40;
const AUDIO_PAYLOAD = 120;
const VIDEO_PAYLOADS = [1100, 1080];
const VIDEO_PACKET_GAP_MS = 8;
const AUDIO_OFFSET_MS = 15;
const KEY_FRAME_INTERVAL_MS = 1000;
const HISTOGRAM_STEP_MS = 0.1;
const HISTOGRAM_BUCKETS = 20_000;

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

// Runs on the sink thread. Plain JavaScript so that it needs no loader in whatever runs the bench.
const SINK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const dgram = require('node:dgram');
const { performance } = require('node:perf_hooks');
const { t0, audioPt, videoPt, audioTs0, videoTs0, audioOffset, videoGap, step, buckets, relative } = workerData;
// Relative lateness keeps every packet's raw lateness and, at collection, measures it over the
// fastest packet of the same viewer and kind (each kind's timestamps are re-based on their own).
const kept = relative ? { stream: new Uint32Array(4 << 20), late: new Float32Array(4 << 20), n: 0 } : null;
// The main thread's clock (hrtime), read through the cheaper performance.now().
const offset = Number(process.hrtime.bigint()) / 1e6 - performance.now();
const nowMs = () => performance.now() + offset;
let window = null;
let counts = new Uint32Array(65536);
let histogram = new Uint32Array(buckets + 1);
let elu = performance.eventLoopUtilization();
const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: 4 << 20 });
socket.on('message', (msg, rinfo) => {
  if (window === null || msg.length < 12) return;
  const pt = msg[1] & 0x7f;
  let scheduled;
  // The frame's second packet (the one with the marker bit) was due videoGap after its first.
  if (pt === videoPt) scheduled = t0 + ((msg.readUInt32BE(4) - videoTs0) >>> 0) / 90 + (msg[1] & 0x80 ? videoGap : 0);
  else if (pt === audioPt) scheduled = t0 + audioOffset + ((msg.readUInt32BE(4) - audioTs0) >>> 0) / 48;
  else return; // RTCP
  if (scheduled < window[0] || scheduled >= window[1]) return;
  counts[rinfo.port]++;
  if (kept) {
    if (kept.n < kept.stream.length) {
      kept.stream[kept.n] = rinfo.port * 2 + (pt === videoPt ? 1 : 0);
      kept.late[kept.n++] = nowMs() - scheduled;
    }
    return;
  }
  const late = Math.max(0, nowMs() - scheduled);
  histogram[Math.min(buckets, Math.floor(late / step))]++;
});
function relativeHistogram() {
  const fastest = new Float64Array(2 * 65536).fill(Infinity);
  for (let i = 0; i < kept.n; i++) if (kept.late[i] < fastest[kept.stream[i]]) fastest[kept.stream[i]] = kept.late[i];
  for (let i = 0; i < kept.n; i++) {
    const late = kept.late[i] - fastest[kept.stream[i]];
    histogram[Math.min(buckets, Math.floor(late / step))]++;
  }
  kept.n = 0;
}
parentPort.on('message', (msg) => {
  if (msg.type === 'window') {
    window = msg.window;
    counts.fill(0);
    histogram.fill(0);
    elu = performance.eventLoopUtilization();
  } else if (msg.type === 'collect') {
    if (kept) relativeHistogram();
    const busy = performance.eventLoopUtilization(elu).utilization;
    window = null;
    parentPort.postMessage({ counts, histogram, busy });
  } else if (msg.type === 'close') {
    socket.close();
    parentPort.close();
  }
});
socket.bind(0, '127.0.0.1', () => parentPort.postMessage({ port: socket.address().port }));
`;

/** Kernel drop counter of the UDP socket bound to 127.0.0.1:port (last column of /proc/net/udp). */
function udpDrops(port: number): number {
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const line of readFileSync('/proc/net/udp', 'utf8').split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields[1] === local) return Number(fields[fields.length - 1]);
  }
  return 0;
}

function percentile(histogram: Uint32Array, total: number, p: number): number {
  const rank = Math.ceil(total * p);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i]!;
    if (seen >= rank) return (i + 1) * HISTOGRAM_STEP_MS;
  }
  return Infinity;
}

/** Sends the synthetic speaker's RTP on schedule: packet times follow from t0, never from when the timer fired. */
class Speaker {
  private readonly socket = dgram.createSocket('udp4');
  private timer?: NodeJS.Timeout;
  private audioSent = 0;
  private videoSent = 0;
  private keyFrameWanted = true;
  private keyFrame = true;
  private readonly audioPayload = randomBytes(AUDIO_PAYLOAD);
  private readonly videoPayloads = VIDEO_PAYLOADS.map((size) => randomBytes(size));
  readonly audioTs0 = randomBytes(4).readUInt32BE();
  readonly videoTs0 = randomBytes(4).readUInt32BE();
  private audioSeq = randomBytes(2).readUInt16BE();
  /** How late each packet left, since the last reset. */
  lateness: number[] = [];
  private videoSeq = randomBytes(2).readUInt16BE();

  /** Playback: audio packets carry an RFC 6464 level (id 1), so that the recorder hears speech. */
  speaking: boolean | undefined;

  constructor(
    readonly t0: number,
    private readonly port: number,
    withAudioLevel: boolean,
  ) {
    this.speaking = withAudioLevel ? true : undefined;
    // The consumers' key frame requests reach the producer's sender as RTCP PLI or FIR (payload-
    // specific feedback, packet type 206), among the worker's receiver reports.
    this.socket.on('message', (rtcp) => {
      for (let offset = 0; offset + 4 <= rtcp.length; offset += 4 * (rtcp.readUInt16BE(offset + 2) + 1)) {
        if (rtcp[offset + 1] === 206) this.keyFrameWanted = true;
      }
    });
  }

  start() {
    this.socket.bind(0, '127.0.0.1');
    this.timer = setInterval(() => this.tick(), 2);
  }

  stop() {
    clearInterval(this.timer);
    this.socket.close();
  }

  private rtp(pt: number, seq: number, ts: number, ssrc: number, marker: boolean, payload: Buffer, prefix?: Buffer) {
    const level = pt === AUDIO_PT && this.speaking !== undefined;
    const header = Buffer.alloc(level ? 20 : 12);
    header[0] = level ? 0x90 : 0x80;
    if (level) {
      header.writeUInt16BE(0xbede, 12);
      header.writeUInt16BE(1, 14);
      header[16] = 0x10; // id 1, one byte
      header[17] = 0x80 | (this.speaking ? 20 : 127); // -20 dBov, or silence
    }
    header[1] = (marker ? 0x80 : 0) | pt;
    header.writeUInt16BE(seq & 0xffff, 2);
    header.writeUInt32BE(ts >>> 0, 4);
    header.writeUInt32BE(ssrc, 8);
    this.socket.send(prefix ? [header, prefix, payload] : [header, payload], this.port, '127.0.0.1');
  }

  private tick() {
    const now = nowMs();
    const audioDue = () => this.t0 + AUDIO_OFFSET_MS + this.audioSent * AUDIO_INTERVAL_MS;
    while (audioDue() <= now) {
      this.lateness.push(now - audioDue());
      this.rtp(AUDIO_PT, this.audioSeq++, this.audioTs0 + this.audioSent * 960, AUDIO_SSRC, false, this.audioPayload);
      this.audioSent++;
    }
    const perFrame = VIDEO_PAYLOADS.length;
    const videoDue = () => this.t0 + Math.floor(this.videoSent / perFrame) * VIDEO_INTERVAL_MS + (this.videoSent % perFrame) * VIDEO_PACKET_GAP_MS;
    while (videoDue() <= now) {
      this.lateness.push(now - videoDue());
      const frame = Math.floor(this.videoSent / perFrame);
      const i = this.videoSent++ % perFrame;
      if (i === 0) {
        this.keyFrame = this.keyFrameWanted || (frame * VIDEO_INTERVAL_MS) % KEY_FRAME_INTERVAL_MS === 0;
        this.keyFrameWanted = false;
      }
      const pictureId = frame & 0x7fff;
      // VP8 payload descriptor: X, S on the first packet, I with a 15-bit picture id; then the
      // first byte of the VP8 frame header, whose low bit is 0 on key frames.
      const descriptor = Buffer.from([i === 0 ? 0x90 : 0x80, 0x80, 0x80 | (pictureId >> 8), pictureId & 0xff, this.keyFrame || i > 0 ? 0x10 : 0x11]);
      this.rtp(VIDEO_PT, this.videoSeq++, this.videoTs0 + frame * 3600, VIDEO_SSRC, i === perFrame - 1, this.videoPayloads[i]!, descriptor);
    }
  }

  /** Packets scheduled in [from, to), per viewer. */
  scheduledIn(from: number, to: number) {
    const count = (first: number, interval: number) => Math.max(0, Math.ceil((to - first) / interval) - Math.ceil((from - first) / interval));
    let packets = count(this.t0 + AUDIO_OFFSET_MS, AUDIO_INTERVAL_MS);
    for (let i = 0; i < VIDEO_PAYLOADS.length; i++) packets += count(this.t0 + i * VIDEO_PACKET_GAP_MS, VIDEO_INTERVAL_MS);
    return packets;
  }
}

export async function measureDirectFanout(options: DirectFanoutOptions = {}): Promise<DirectFanoutResult> {
  const {
    workerBin = process.env.MEDIASOUP_WORKER_BIN || mediasoup.workerBin,
    steps = [50, 100, 150, 200, 250, 300, 400, 500, 600, 700, 800],
    resolution = 25,
    warmupMs = 2000,
    measureMs = 5000,
    minDelivered = 0.99,
    maxLatenessP99Ms = 20,
    retries = 2,
    srtpCryptoSuite = 'AES_CM_128_HMAC_SHA1_80',
    log = () => {},
    path = 'direct',
  } = options;
  const playback = path !== 'direct';

  const worker = await mediasoup.createWorker({ workerBin, logLevel: 'error' });
  const t0 = nowMs() + 200;
  let sink: Thread | undefined;
  let speaker: Speaker | undefined;
  let feed: LivePlaybackFeed | undefined;
  try {
    const router = await worker.createRouter({
      mediaCodecs: [
        { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
        { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
      ],
    });
    const listenInfo = { protocol: 'udp' as const, ip: '127.0.0.1' };
    const ingress = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: true });
    const audio = await ingress.produce({
      kind: 'audio',
      rtpParameters: {
        codecs: [{ mimeType: 'audio/opus', payloadType: AUDIO_PT, clockRate: 48000, channels: 2 }],
        encodings: [{ ssrc: AUDIO_SSRC }],
        headerExtensions: playback ? [{ uri: AUDIO_LEVEL_URI, id: 1 }] : [],
      },
    });
    const video = await ingress.produce({
      kind: 'video',
      rtpParameters: {
        codecs: [
          {
            mimeType: 'video/VP8',
            payloadType: VIDEO_PT,
            clockRate: 90000,
            rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
          },
        ],
        encodings: [{ ssrc: VIDEO_SSRC }],
      },
    });
    // Cheap viewers: NACK and key frame requests as a browser has them, but no congestion
    // control, which would probe and wait for feedback that the sink never sends.
    const caps = router.rtpCapabilities;
    const rtpCapabilities: types.RtpCapabilities = {
      codecs: caps.codecs?.map((codec) => ({
        ...codec,
        rtcpFeedback: codec.rtcpFeedback?.filter((fb) => fb.type !== 'transport-cc' && fb.type !== 'goog-remb'),
      })),
      headerExtensions: caps.headerExtensions?.filter((ext) => !/transport-wide-cc|abs-send-time/.test(ext.uri)),
    };

    speaker = new Speaker(t0, ingress.tuple.localPort, playback);
    feed = playback ? await LivePlaybackFeed.start(router, [audio, video], path === 'playback') : undefined;
    const probe = await router.createPlainTransport({ listenInfo, rtcpMux: true, enableSrtp: true, srtpCryptoSuite });
    const probeConsumers = await Promise.all([audio, video].map((p) => probe.consume({ producerId: p.id, rtpCapabilities })));
    const [audioPt, videoPt] = probeConsumers.map((c) => c.rtpParameters.codecs[0]!.payloadType);
    probe.close();
    const sinkThread = new Thread(SINK_SOURCE, {
      eval: true,
      workerData: {
        t0,
        audioPt,
        videoPt,
        audioTs0: speaker.audioTs0,
        videoTs0: speaker.videoTs0,
        audioOffset: AUDIO_OFFSET_MS,
        videoGap: VIDEO_PACKET_GAP_MS,
        step: HISTOGRAM_STEP_MS,
        buckets: HISTOGRAM_BUCKETS,
        relative: playback,
      },
    });
    sink = sinkThread;
    const sinkPort = await new Promise<number>((resolve, reject) => {
      sinkThread.once('message', (msg: { port: number }) => resolve(msg.port));
      sinkThread.once('error', reject);
    });
    speaker.start();

    const viewers: { transport: types.PlainTransport; port: number; close: () => void }[] = [];
    const addViewer = async () => {
      const transport = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: false, enableSrtp: true, srtpCryptoSuite });
      // The sink never sends, so the key it would encrypt with does not matter.
      const keyLength = srtpCryptoSuite.startsWith('AEAD_AES_256') ? 44 : srtpCryptoSuite.startsWith('AEAD_AES_128') ? 28 : 30;
      await transport.connect({
        ip: '127.0.0.1',
        port: sinkPort,
        srtpParameters: { cryptoSuite: srtpCryptoSuite, keyBase64: randomBytes(keyLength).toString('base64') },
      });
      const sources = feed ? await feed.addViewer() : { producerIds: [audio.id, video.id], attach: () => {}, close: () => {} };
      for (const producerId of sources.producerIds) sources.attach(await transport.consume({ producerId, rtpCapabilities }));
      viewers.push({
        transport,
        port: transport.tuple.localPort,
        close: () => {
          sources.close();
          transport.close();
        },
      });
    };
    const setViewers = async (n: number) => {
      while (viewers.length > n) viewers.pop()!.close();
      while (viewers.length < n) {
        const batch = Math.min(20, n - viewers.length);
        await Promise.all(Array.from({ length: batch }, addViewer));
      }
    };
    const collect = () =>
      new Promise<{ counts: Uint32Array; histogram: Uint32Array; busy: number }>((resolve) => {
        sinkThread.once('message', resolve);
        sinkThread.postMessage({ type: 'collect' });
      });
    const cpuMs = async () => {
      const usage = await worker.getResourceUsage();
      return usage.ru_utime + usage.ru_stime;
    };

    const results: FanoutStep[] = [];
    const measure = async (n: number): Promise<FanoutStep> => {
      // Playback: viewers join while the speaker pauses, and all of them, waiting, then follow the new
      // utterance from its live edge, as viewers do when someone starts talking.
      if (feed) await feed.duringSilence(speaker!, () => setViewers(n));
      else await setViewers(n);
      await sleep(warmupMs);
      // The window opens a little later, so that the sink knows it before the first packet.
      const from = nowMs() + 100;
      const to = from + measureMs;
      sinkThread.postMessage({ type: 'window', window: [from, to] });
      await sleep(Math.max(0, from - nowMs()));
      speaker!.lateness = [];
      const drops0 = udpDrops(sinkPort);
      const cpu0 = await cpuMs();
      const node0 = process.cpuUsage();
      const cpuAt0 = nowMs();
      await sleep(Math.max(0, to - nowMs()));
      const node1 = process.cpuUsage(node0);
      const senderLateness = speaker!.lateness.sort((a, b) => a - b);
      const cpu1 = await cpuMs();
      const cpuAt1 = nowMs();
      // Late packets still count if they arrive within a second; later ones fail the step anyway.
      await sleep(1000);
      const { counts, histogram, busy } = await collect();
      const expected = speaker!.scheduledIn(from, to);
      const perViewer = viewers.map((v) => Math.min(counts[v.port]!, expected));
      const received = perViewer.reduce((a, b) => a + b, 0);
      const total = histogram.reduce((a, b) => a + b, 0);
      const step: FanoutStep = {
        viewers: n,
        delivered: received / (expected * n),
        worstViewerDelivered: Math.min(...perViewer) / expected,
        latenessP50Ms: percentile(histogram, total, 0.5),
        latenessP99Ms: percentile(histogram, total, 0.99),
        workerCpu: (cpu1 - cpu0) / (cpuAt1 - cpuAt0),
        nodeCpu: (node1.user + node1.system) / 1000 / (cpuAt1 - cpuAt0),
        senderLatenessP99Ms: senderLateness[Math.floor(senderLateness.length * 0.99)] ?? NaN,
        sinkDrops: udpDrops(sinkPort) - drops0,
        sinkBusy: busy,
        passed: false,
      };
      step.passed = step.delivered >= minDelivered && step.latenessP99Ms < maxLatenessP99Ms;
      results.push(step);
      log(
        `${String(n).padStart(4)} viewers: ${(step.delivered * 100).toFixed(2)}% delivered (worst viewer ${(step.worstViewerDelivered * 100).toFixed(1)}%), ` +
          `lateness p50 ${step.latenessP50Ms.toFixed(1)} ms p99 ${step.latenessP99Ms.toFixed(1)} ms (sender p99 ${step.senderLatenessP99Ms.toFixed(1)} ms), worker CPU ${(step.workerCpu * 100).toFixed(0)}%, Node CPU ${(step.nodeCpu * 100).toFixed(0)}%, ` +
          `sink ${(step.sinkBusy * 100).toFixed(0)}% busy, ${step.sinkDrops} dropped at the sink: ${step.passed ? 'pass' : 'FAIL'}`,
      );
      return step;
    };

    const measureWithRetries = async (n: number) => {
      let step = await measure(n);
      for (let i = 0; i < retries && !step.passed; i++) step = await measure(n);
      return step;
    };

    let best: FanoutStep | undefined;
    let failedAt: number | undefined;
    for (const n of steps) {
      const step = await measureWithRetries(n);
      if (!step.passed) {
        failedAt = n;
        break;
      }
      best = step;
    }
    if (failedAt !== undefined) {
      let lo = best?.viewers ?? 0;
      let hi = failedAt;
      while (hi - lo > resolution) {
        const mid = Math.round((lo + hi) / 2 / 5) * 5;
        const step = await measureWithRetries(mid);
        if (step.passed) {
          lo = mid;
          best = step;
        } else {
          hi = mid;
        }
      }
    }
    const bytesPerSecond =
      (1000 / AUDIO_INTERVAL_MS) * (12 + AUDIO_PAYLOAD) + (1000 / VIDEO_INTERVAL_MS) * VIDEO_PAYLOADS.reduce((a, size) => a + 12 + 5 + size, 0);
    const cpuPerViewer = results.map((step) => step.workerCpu / step.viewers).sort((a, b) => a - b);
    const workerCpuPerViewer = cpuPerViewer[Math.floor(cpuPerViewer.length / 2)] ?? NaN;
    return {
      workerBin,
      workerCpuPerViewer,
      viewersPerWorkerCore: 1 / workerCpuPerViewer,
      maxViewers: best?.viewers ?? 0,
      ceilingReached: failedAt === undefined,
      atMax: best,
      steps: results,
      mbitPerViewer: (bytesPerSecond * 8) / 1e6,
    };
  } finally {
    speaker?.stop();
    feed?.close();
    if (sink) {
      sink.postMessage({ type: 'close' });
      await sink.terminate();
    }
    worker.close();
  }
}
