// Runs the direct fan-out benchmark (directFanout.ts) once and prints its figures, last as JSON.
//
//   scripts/in-loopback-netns.sh node --import tsx tests/bench/directFanout.cli.ts [--quick]
//
// MEDIASOUP_WORKER_BIN selects the worker; the variant linked to Debian's NSS-based libsrtp2 is
//   MEDIASOUP_WORKER_BIN="$(CHORUS_WORKER_SRTP=debian bash scripts/mediasoup-worker/build-worker.sh --print-path)"
// --quick: shorter windows and a coarser bracket, for a smoke run.
// --playback: viewers fed by the utterance pipeline at the live edge (relayed in the worker) instead of the
//   speaker's producers; --playback-node: the same with every packet from Node.
import { measureDirectFanout } from './directFanout.js';

const quick = process.argv.includes('--quick');
const result = await measureDirectFanout({
  log: (line) => console.log(line),
  path: process.argv.includes('--playback-node') ? 'playback-node' : process.argv.includes('--playback') ? 'playback' : 'direct',
  ...(quick ? { warmupMs: 1500, measureMs: 2000, resolution: 50 } : {}),
});
const at = result.atMax;
console.log(
  `\n${result.workerBin}\n` +
    `largest viewer count with >= 99% delivered and lateness p99 < 20 ms: ${result.ceilingReached ? '>= ' : ''}${result.maxViewers}` +
    (at
      ? ` (worker CPU ${(at.workerCpu * 100).toFixed(0)}%, lateness p99 ${at.latenessP99Ms.toFixed(1)} ms, ${(at.delivered * 100).toFixed(2)}% delivered)`
      : '') +
    `, ${result.mbitPerViewer.toFixed(2)} Mbit/s per viewer\n` +
    `worker CPU per viewer ${(result.workerCpuPerViewer * 100).toFixed(3)}% of a core: one core would carry ${Math.round(result.viewersPerWorkerCore)} viewers`,
);
console.log(JSON.stringify(result));
