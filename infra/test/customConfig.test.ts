// The program with a non-default configuration: another RTC range, SSH from
// an office range, fixed workers, Cloud DNS records and the scale-out alert.
import { beforeAll, expect, test } from '@jest/globals';
import { DOMAIN, EXAMPLE_CONFIG, type ProgramRun, TYPES, isOpen, ofType, onlyOfType, openedTo, runProgram } from './harness';

const OFFICE = '198.51.100.0/24';
let run: ProgramRun;
beforeAll(async () => {
  run = await runProgram({
    ...EXAMPLE_CONFIG,
    'chorus-infra:rtcMinPort': '20000',
    'chorus-infra:rtcMaxPort': '20999',
    'chorus-infra:sshSourceRanges': JSON.stringify([OFFICE]),
    'chorus-infra:machineType': 'c2d-highcpu-4',
    'chorus-infra:numWorkers': '3',
    'chorus-infra:nodeCount': '3',
    'chorus-infra:dnsZone': 'rtc-example-com',
    'chorus-infra:scaleOutAlertEmail': 'ops@example.com',
  });
});

test('the firewall opens the configured RTC range, not the default one', () => {
  const rtc = ofType(run, TYPES.firewall).filter((rule) => rule.name.endsWith('-rtc'));
  expect(rtc.length).toBe(1);
  expect(rtc[0]?.inputs.allows).toStrictEqual([
    { protocol: 'udp', ports: ['20000-20999'] },
    { protocol: 'tcp', ports: ['20000-20999'] },
  ]);
  expect(isOpen(run, '0.0.0.0/0', 'udp', 40000)).toBe(false);
  expect(isOpen(run, '0.0.0.0/0', 'udp', 20999)).toBe(true);
  expect(isOpen(run, '0.0.0.0/0', 'udp', 21000)).toBe(false);
});

test('the media node gets the same range and the configured worker count', () => {
  const script = (onlyOfType(run, TYPES.instanceTemplate).inputs.metadata as Record<string, string>)['startup-script'];
  expect(script).toMatch(/^readonly RTC_MIN_PORT=20000$/m);
  expect(script).toMatch(/^readonly RTC_MAX_PORT=20999$/m);
  expect(script).toMatch(/^CHORUS_RTC_MIN_PORT=\$RTC_MIN_PORT$/m);
  expect(script).toMatch(/^CHORUS_RTC_MAX_PORT=\$RTC_MAX_PORT$/m);
  expect(script).toMatch(/^CHORUS_NUM_WORKERS=3$/m);
  expect(onlyOfType(run, TYPES.instanceTemplate).inputs.machineType).toBe('c2d-highcpu-4');
});

test('SSH comes only from the configured range', () => {
  expect(openedTo(run, OFFICE)).toStrictEqual(['tcp:22']);
  expect(isOpen(run, '35.235.240.0/20', 'tcp', 22)).toBe(false);
});

test('Cloud DNS gets one A record per node, and nothing is left to create by hand', () => {
  const records = ofType(run, 'gcp:dns/recordSet:RecordSet');
  const addresses = ofType(run, TYPES.address);
  expect(records.map((record) => [record.inputs.managedZone, record.inputs.name, record.inputs.type, record.inputs.rrdatas])).toStrictEqual(
    ['media-1', 'media-2', 'media-3'].map((node, index) => ['rtc-example-com', `${node}.${DOMAIN}.`, 'A', [addresses[index]?.state.address]]),
  );
  expect(run.outputs.dnsRecordsToCreate).toStrictEqual([]);
});

test('the opt-in scale-out alert fires on the media nodes CPU at the planned threshold', () => {
  const policy = onlyOfType(run, 'gcp:monitoring/alertPolicy:AlertPolicy');
  const channel = onlyOfType(run, 'gcp:monitoring/notificationChannel:NotificationChannel');
  expect(channel.inputs.labels).toStrictEqual({ email_address: 'ops@example.com' });
  const [condition] = policy.inputs.conditions as Array<{ conditionThreshold: { thresholdValue: number; filter: string } }>;
  const threshold = condition!.conditionThreshold;
  expect(threshold.thresholdValue).toBe(0.6);
  expect(threshold.filter).toMatch(/compute\.googleapis\.com\/instance\/cpu\/utilization/);
  expect(threshold.filter).toMatch(/metadata\.user_labels\."chorus-role" = "media-node"/);
  expect((policy.inputs.documentation as { content: string }).content).toMatch(/60 per node/);
  expect(run.outputs.plannedStreamsPerNode).toBe(60);
  // The filter's labels are the ones the VMs carry.
  const labels = onlyOfType(run, TYPES.instanceTemplate).inputs.labels;
  expect(labels).toStrictEqual({ 'chorus-role': 'media-node', 'chorus-stack': 'test' });
});
