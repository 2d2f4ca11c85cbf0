// Capacity planning for media nodes, from the planning figure of about 20
// streams per mediasoup worker. A worker is one single-threaded process, and
// the media node runs one worker per vCPU by default (CHORUS_NUM_WORKERS), so
//
//   planned streams per node = 20 x workers per node
//   e2-standard-2 (2 vCPUs) -> 40 streams, c2d-highcpu-4 (4 vCPUs) -> 80 streams
//   nodes needed            = ceil(expected peak streams / planned streams per node)
//
// Why there is no autoscaler: every node needs its own static IP (announced to
// browsers and used by coturn as external-ip), so the nodes live in a stateful
// managed instance group, and Compute Engine does not allow an autoscaler on a
// stateful MIG. Scaling out is raising `nodeCount` and running `pulumi up`.
// What can be automated honestly is the signal: an opt-in Cloud Monitoring
// alert (scaleOutAlert.ts) that fires when the fleet's CPU says the nodes are
// nearing the planned load.

export const STREAMS_PER_WORKER = 20;

/**
 * Share of one core a worker is assumed to use when it carries its planned 20
 * streams. mediasoup's cost per stream depends on bitrate, simulcast layers and
 * fan-out, so measure it with `npm run bench` and set scaleOutCpuUtilization.
 */
export const WORKER_CPU_AT_PLANNED_LOAD = 0.8;

/** Alert when the fleet carries this share of its planned streams: time to add a node. */
export const SCALE_OUT_AT_SHARE_OF_PLAN = 0.75;

/**
 * Fleet-average CPU at which to scale out, assuming CPU grows linearly with
 * streams: 0.75 of the plan x 0.8 of a core per worker at the plan = 0.6.
 */
export const DEFAULT_SCALE_OUT_CPU_UTILIZATION = Math.round(SCALE_OUT_AT_SHARE_OF_PLAN * WORKER_CPU_AT_PLANNED_LOAD * 100) / 100;

// Shared-core machine types have no vCPU count in their name.
const SHARED_CORE_VCPUS: Readonly<Record<string, number>> = {
  'e2-micro': 2,
  'e2-small': 2,
  'e2-medium': 2,
  'f1-micro': 1,
  'g1-small': 1,
};

/** vCPUs of a predefined machine type (e2-standard-2 -> 2, c2d-highcpu-4 -> 4, n2-custom-6-16384 -> 6). */
export function vcpusOfMachineType(machineType: string): number {
  const shared = SHARED_CORE_VCPUS[machineType];
  if (shared !== undefined) return shared;
  const custom = /-custom-(\d+)-\d+(?:-ext)?$/.exec(machineType);
  if (custom?.[1]) return Number(custom[1]);
  const predefined = /-(\d+)(?:-lssd)?$/.exec(machineType);
  if (predefined?.[1]) return Number(predefined[1]);
  throw new Error(`cannot tell the vCPU count of machine type "${machineType}"; set numWorkers`);
}

export function plannedStreamsPerNode(workersPerNode: number): number {
  return STREAMS_PER_WORKER * workersPerNode;
}

export function nodesNeededFor(expectedPeakStreams: number, workersPerNode: number): number {
  return Math.max(1, Math.ceil(expectedPeakStreams / plannedStreamsPerNode(workersPerNode)));
}
