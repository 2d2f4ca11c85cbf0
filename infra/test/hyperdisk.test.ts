// A Hyperdisk-only, Arm machine series: the template must not ask for pd-balanced
// (the group could never create the VM) nor the x86 image.
import { beforeAll, expect, test } from '@jest/globals';
import { architectureOf, diskTypeFor, mediaNodeImageFor } from '../machineSeries';
import { EXAMPLE_CONFIG, type ProgramRun, TYPES, onlyOfType, runProgram } from './harness';

let run: ProgramRun;
beforeAll(async () => {
  run = await runProgram({ ...EXAMPLE_CONFIG, 'chorus-infra:machineType': 'c4a-standard-4' });
});

test('every disk of a C4A node is hyperdisk-balanced, and it boots the arm64 image', () => {
  const disks = onlyOfType(run, TYPES.instanceTemplate).inputs.disks as Array<{ diskType: string; sourceImage?: string }>;
  expect(disks.map((disk) => disk.diskType)).toStrictEqual(['hyperdisk-balanced', 'hyperdisk-balanced']);
  expect(disks[0]?.sourceImage).toBe('debian-cloud/debian-12-arm64');
});

test('the disk type and image follow the machine series', () => {
  for (const machineType of ['c4-standard-4', 'n4-standard-2', 'c4d-highcpu-8', 'n4a-standard-2']) {
    expect(`${machineType}: ${diskTypeFor(machineType)}`).toBe(`${machineType}: hyperdisk-balanced`);
  }
  for (const machineType of ['e2-standard-2', 'n2-standard-4', 'c2d-highcpu-4', 'c3-standard-4', 't2d-standard-2', 'custom-4-8192']) {
    expect(`${machineType}: ${diskTypeFor(machineType)}`).toBe(`${machineType}: pd-balanced`);
  }
  expect(architectureOf('t2a-standard-2')).toBe('arm64');
  expect(mediaNodeImageFor('e2-standard-2')).toBe('debian-cloud/debian-12');
});
