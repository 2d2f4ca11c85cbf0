// Issue 9, on the resources the program registers: rollouts that finish,
// nodes that keep their state, and boots whose timing agrees with autohealing.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { BOOT_FAILED_MARKER, BOOT_DEADLINE_SEC } from '../startupScript';
import { AUTOHEALING_INITIAL_DELAY_SEC, rolloutTimeoutMinutes } from '../mediaNodeGroup';
import { CHORUS_COMMIT, EXAMPLE_CONFIG, type ProgramRun, TYPES, onlyOfType, optionsOf, runProgram } from './harness';

let run: ProgramRun;
beforeAll(async () => {
  run = await runProgram(EXAMPLE_CONFIG);
});

describe('rollouts', () => {
  test('`pulumi up` waits until every node runs the new template, so the old one is free to delete', () => {
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    expect(group.inputs.waitForInstances).toBe(true);
    expect(group.inputs.waitForInstancesStatus).toBe('UPDATED');
    expect((group.inputs.updatePolicy as { maxUnavailableFixed: number }).maxUnavailableFixed).toBe(1);
  });

  test('the wait is sized to a one-at-a-time rollout of every node', () => {
    const options = optionsOf(run, onlyOfType(run, TYPES.instanceGroupManager));
    const minutes = rolloutTimeoutMinutes(2);
    expect(options.customTimeouts).toStrictEqual({ create: `${minutes}m`, update: `${minutes}m` });
    // Two nodes, each allowed its whole autohealing delay.
    expect(minutes * 60).toBeGreaterThan(2 * AUTOHEALING_INITIAL_DELAY_SEC);
    expect(rolloutTimeoutMinutes(10)).toBeGreaterThan(5 * rolloutTimeoutMinutes(2) - 50);
  });

  test('templates are not kept behind: the wait makes retainOnDelete unnecessary', () => {
    expect(optionsOf(run, onlyOfType(run, TYPES.instanceTemplate)).retainOnDelete).toBeUndefined();
  });
});

describe('pinned releases', () => {
  test('the template carries the pinned commit, and the stack reports it', () => {
    const template = onlyOfType(run, TYPES.instanceTemplate);
    expect((template.inputs.metadata as Record<string, string>)['startup-script']).toContain(`readonly CHORUS_REF='${CHORUS_COMMIT}'`);
    expect(template.inputs.description).toContain(CHORUS_COMMIT.slice(0, 12));
    expect(run.outputs.chorusRef).toBe(CHORUS_COMMIT);
  });
});

describe('node state', () => {
  test('each node keeps a stateful disk for certificates and caches across recreation', () => {
    const template = onlyOfType(run, TYPES.instanceTemplate);
    const stateDisk = (template.inputs.disks as Array<{ deviceName?: string; sourceImage?: string }>).find(
      (disk) => disk.deviceName === 'chorus-state',
    );
    expect(stateDisk).toMatchObject({ autoDelete: false, diskSizeGb: 10, diskType: 'pd-balanced' });
    expect(stateDisk?.sourceImage).toBeUndefined();
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    expect(group.inputs.statefulDisks).toStrictEqual([{ deviceName: 'chorus-state', deleteRule: 'ON_PERMANENT_INSTANCE_DELETION' }]);
  });

  test('e2 machines boot from pd-balanced Debian 12 on x86', () => {
    const boot = (onlyOfType(run, TYPES.instanceTemplate).inputs.disks as Array<{ boot?: boolean }>).find((disk) => disk.boot);
    expect(boot).toMatchObject({ diskType: 'pd-balanced', sourceImage: 'debian-cloud/debian-12' });
  });
});

describe('boot timing and visibility', () => {
  test('autohealing waits out the whole boot, retries included, and not much longer', () => {
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    const healthCheck = onlyOfType(run, TYPES.healthCheck);
    const initialDelay = (group.inputs.autoHealingPolicies as { initialDelaySec: number }).initialDelaySec;
    const provenHealthy = (healthCheck.inputs.healthyThreshold as number) * (healthCheck.inputs.checkIntervalSec as number);
    expect(initialDelay).toBe(AUTOHEALING_INITIAL_DELAY_SEC);
    expect(initialDelay).toBeGreaterThanOrEqual(BOOT_DEADLINE_SEC + provenHealthy);
    expect(initialDelay).toBeLessThanOrEqual(BOOT_DEADLINE_SEC + 180);
    // Compute Engine's limit.
    expect(initialDelay).toBeLessThanOrEqual(3600);
  });

  test('the VMs accept guest attributes, where the script reports each boot', () => {
    const metadata = onlyOfType(run, TYPES.instanceTemplate).inputs.metadata as Record<string, string>;
    expect(metadata['enable-guest-attributes']).toBe('TRUE');
    expect(run.outputs.bootStatusCommands).toStrictEqual(
      ['media-1', 'media-2'].map(
        (node) =>
          `gcloud compute instances get-guest-attributes ${node} --zone europe-west1-b --project chorus-test-project --query-path=chorus/boot`,
      ),
    );
  });

  test('a log-based metric counts failed boots', () => {
    const metric = onlyOfType(run, TYPES.logMetric);
    expect(metric.inputs.name).toBe('chorus-boot-failures-test');
    expect(metric.inputs.filter).toContain(`textPayload:${JSON.stringify(BOOT_FAILED_MARKER)}`);
    expect(metric.inputs.metricDescriptor).toMatchObject({ metricKind: 'DELTA', valueType: 'INT64' });
    expect(run.outputs.bootFailureMetric).toBe('chorus-boot-failures-test');
  });
});
