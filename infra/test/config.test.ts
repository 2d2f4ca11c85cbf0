// Validation and capacity arithmetic that `pulumi preview` relies on.
import { describe, expect, test } from '@jest/globals';
import { DEFAULT_SCALE_OUT_CPU_UTILIZATION, nodesNeededFor, plannedStreamsPerNode, vcpusOfMachineType } from '../capacity';
import { ConfigError, validateRtcPorts, validateSshSourceRanges } from '../config';

describe('config validation', () => {
  test('refuses to open SSH to the whole internet', () => {
    expect(() => validateSshSourceRanges(['0.0.0.0/0'])).toThrow(ConfigError);
    expect(() => validateSshSourceRanges([])).toThrow(ConfigError);
    expect(() => validateSshSourceRanges(['35.235.240.0'])).toThrow(ConfigError);
    expect(validateSshSourceRanges(['35.235.240.0/20'])).toStrictEqual(['35.235.240.0/20']);
  });

  test('refuses RTC ranges that collide with coturn or the HTTP port', () => {
    expect(() => validateRtcPorts({ min: 45000, max: 55000 })).toThrow(/relay range/);
    expect(() => validateRtcPorts({ min: 2000, max: 4000 })).toThrow(/3000/);
    expect(() => validateRtcPorts({ min: 500, max: 900 })).toThrow(/1024/);
    expect(() => validateRtcPorts({ min: 41000, max: 40000 })).toThrow(/must not exceed/);
    expect(validateRtcPorts({ min: 40000, max: 49999 })).toStrictEqual({ min: 40000, max: 49999 });
  });
});

describe('capacity planning', () => {
  test('reads vCPUs from machine type names', () => {
    expect(vcpusOfMachineType('e2-standard-2')).toBe(2);
    expect(vcpusOfMachineType('c2d-highcpu-4')).toBe(4);
    expect(vcpusOfMachineType('n2-custom-6-16384')).toBe(6);
    expect(vcpusOfMachineType('e2-medium')).toBe(2);
    expect(() => vcpusOfMachineType('mystery')).toThrow();
  });

  test('plans 20 streams per worker', () => {
    expect(plannedStreamsPerNode(2)).toBe(40);
    expect(nodesNeededFor(100, 2)).toBe(3);
    expect(nodesNeededFor(0, 2)).toBe(1);
    expect(DEFAULT_SCALE_OUT_CPU_UTILIZATION).toBe(0.6);
  });
});
