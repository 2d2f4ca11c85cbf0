// Validation and capacity arithmetic that `pulumi preview` relies on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_SCALE_OUT_CPU_UTILIZATION, nodesNeededFor, plannedStreamsPerNode, vcpusOfMachineType } from '../capacity';
import { ConfigError, validateRtcPorts, validateSshSourceRanges } from '../config';

describe('config validation', () => {
  test('refuses to open SSH to the whole internet', () => {
    assert.throws(() => validateSshSourceRanges(['0.0.0.0/0']), ConfigError);
    assert.throws(() => validateSshSourceRanges([]), ConfigError);
    assert.throws(() => validateSshSourceRanges(['35.235.240.0']), ConfigError);
    assert.deepEqual(validateSshSourceRanges(['35.235.240.0/20']), ['35.235.240.0/20']);
  });

  test('refuses RTC ranges that collide with coturn or the HTTP port', () => {
    assert.throws(() => validateRtcPorts({ min: 45000, max: 55000 }), /relay range/);
    assert.throws(() => validateRtcPorts({ min: 2000, max: 4000 }), /3000/);
    assert.throws(() => validateRtcPorts({ min: 500, max: 900 }), /1024/);
    assert.throws(() => validateRtcPorts({ min: 41000, max: 40000 }), /must not exceed/);
    assert.deepEqual(validateRtcPorts({ min: 40000, max: 49999 }), { min: 40000, max: 49999 });
  });
});

describe('capacity planning', () => {
  test('reads vCPUs from machine type names', () => {
    assert.equal(vcpusOfMachineType('e2-standard-2'), 2);
    assert.equal(vcpusOfMachineType('c2d-highcpu-4'), 4);
    assert.equal(vcpusOfMachineType('n2-custom-6-16384'), 6);
    assert.equal(vcpusOfMachineType('e2-medium'), 2);
    assert.throws(() => vcpusOfMachineType('mystery'));
  });

  test('plans 20 streams per worker', () => {
    assert.equal(plannedStreamsPerNode(2), 40);
    assert.equal(nodesNeededFor(100, 2), 3);
    assert.equal(nodesNeededFor(0, 2), 1);
    assert.equal(DEFAULT_SCALE_OUT_CPU_UTILIZATION, 0.6);
  });
});
