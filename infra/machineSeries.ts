// What a machine type's series dictates for its disks and image. Newer series
// attach only Hyperdisk: a template with a pd-* disk on C4 or N4 fails when
// the group creates the VM, long after `pulumi up` reported success for the
// template itself.

export type DiskType = 'pd-balanced' | 'hyperdisk-balanced';

/** Series without Persistent Disk support. C3 and C3D take both, so they keep pd-balanced. */
const HYPERDISK_ONLY_SERIES: ReadonlySet<string> = new Set(['a4', 'a4x', 'c4', 'c4a', 'c4d', 'h4d', 'm4', 'n4', 'n4a', 'n4d', 'x4']);

/** Arm (Axion and Ampere) series need the arm64 Debian image. */
const ARM_SERIES: ReadonlySet<string> = new Set(['c4a', 'n4a', 't2a']);

/** `c4-standard-4` -> `c4`; N1 custom types (`custom-4-8192`) have no series prefix. */
export function machineSeries(machineType: string): string {
  return machineType.split('-')[0] ?? machineType;
}

export function diskTypeFor(machineType: string): DiskType {
  return HYPERDISK_ONLY_SERIES.has(machineSeries(machineType)) ? 'hyperdisk-balanced' : 'pd-balanced';
}

export type CpuArchitecture = 'x86_64' | 'arm64';

export function architectureOf(machineType: string): CpuArchitecture {
  return ARM_SERIES.has(machineSeries(machineType)) ? 'arm64' : 'x86_64';
}

/** Debian 12 (bookworm): the Debian the mediasoup worker build recipe targets. */
export function mediaNodeImageFor(machineType: string): string {
  return architectureOf(machineType) === 'arm64' ? 'debian-cloud/debian-12-arm64' : 'debian-cloud/debian-12';
}
