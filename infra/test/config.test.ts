// Validation and capacity arithmetic that `pulumi preview` relies on.
import { describe, expect, test } from '@jest/globals';
import { DEFAULT_SCALE_OUT_CPU_UTILIZATION, nodesNeededFor, plannedStreamsPerNode, vcpusOfMachineType } from '../capacity';
import { NUM_WORKERS_LIMITS, TURN_TTL_SECONDS_LIMITS } from '../../media-node/src/configLimits';
import { ConfigError, validateChorusRef, validateMediaNodeSettings, validateRtcPorts, validateSshSourceRanges } from '../config';

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

describe('settings the media node would refuse fail at preview', () => {
  const valid = { turnTtlSeconds: 86400, numWorkers: 2, logLevel: 'info' };

  test('turnTtlSeconds: the media node allows at most 7 days', () => {
    expect(() => validateMediaNodeSettings({ ...valid, turnTtlSeconds: 8 * 86400 })).toThrow(ConfigError);
    expect(() => validateMediaNodeSettings({ ...valid, turnTtlSeconds: TURN_TTL_SECONDS_LIMITS.max + 1 })).toThrow(/turnTtlSeconds/);
    expect(() => validateMediaNodeSettings({ ...valid, turnTtlSeconds: TURN_TTL_SECONDS_LIMITS.min - 1 })).toThrow(/turnTtlSeconds/);
    expect(() => validateMediaNodeSettings({ ...valid, turnTtlSeconds: TURN_TTL_SECONDS_LIMITS.max })).not.toThrow();
    expect(TURN_TTL_SECONDS_LIMITS).toStrictEqual({ min: 60, max: 604800 });
  });

  test('numWorkers: the media node allows 1 to 256', () => {
    expect(() => validateMediaNodeSettings({ ...valid, numWorkers: 300 })).toThrow(/numWorkers/);
    expect(() => validateMediaNodeSettings({ ...valid, numWorkers: NUM_WORKERS_LIMITS.max + 1 })).toThrow(/numWorkers/);
    expect(() => validateMediaNodeSettings({ ...valid, numWorkers: 0 })).toThrow(/numWorkers/);
    expect(() => validateMediaNodeSettings({ ...valid, numWorkers: 1.5 })).toThrow(/numWorkers/);
    expect(() => validateMediaNodeSettings({ ...valid, numWorkers: NUM_WORKERS_LIMITS.max })).not.toThrow();
    expect(() => validateMediaNodeSettings({ ...valid, numWorkers: undefined })).not.toThrow();
  });

  test('logLevel: only the media node levels', () => {
    expect(() => validateMediaNodeSettings({ ...valid, logLevel: 'verbose' })).toThrow(/logLevel/);
    expect(() => validateMediaNodeSettings({ ...valid, logLevel: 'silent' })).not.toThrow();
  });
});

describe('releases are pinned', () => {
  test('chorusRef must be a full commit SHA: branches and tags move', () => {
    for (const ref of [undefined, 'main', 'v0.1.0', '3f1c2a9', '3F1C2A9E8B7D6C5F4E3D2C1B0A9F8E7D6C5B4A39']) {
      expect(() => validateChorusRef(ref)).toThrow(/full commit SHA/);
    }
    expect(validateChorusRef('3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39')).toBe('3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39');
    expect(validateChorusRef('a'.repeat(64))).toBe('a'.repeat(64));
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
