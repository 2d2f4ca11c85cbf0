// The program with a non-default configuration: another RTC range, SSH from
// an office range, fixed workers, Cloud DNS records and the scale-out alert.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DOMAIN, EXAMPLE_CONFIG, type ProgramRun, TYPES, isOpen, ofType, onlyOfType, openedTo, runProgram } from './harness';

const OFFICE = '198.51.100.0/24';
let run: ProgramRun;
before(async () => {
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
  assert.equal(rtc.length, 1);
  assert.deepEqual(rtc[0]?.inputs.allows, [
    { protocol: 'udp', ports: ['20000-20999'] },
    { protocol: 'tcp', ports: ['20000-20999'] },
  ]);
  assert.equal(isOpen(run, '0.0.0.0/0', 'udp', 40000), false);
  assert.equal(isOpen(run, '0.0.0.0/0', 'udp', 20999), true);
  assert.equal(isOpen(run, '0.0.0.0/0', 'udp', 21000), false);
});

test('the media node gets the same range and the configured worker count', () => {
  const script: string = onlyOfType(run, TYPES.instanceTemplate).inputs.metadata['startup-script'];
  assert.match(script, /^readonly RTC_MIN_PORT=20000$/m);
  assert.match(script, /^readonly RTC_MAX_PORT=20999$/m);
  assert.match(script, /^CHORUS_RTC_MIN_PORT=\$RTC_MIN_PORT$/m);
  assert.match(script, /^CHORUS_RTC_MAX_PORT=\$RTC_MAX_PORT$/m);
  assert.match(script, /^CHORUS_NUM_WORKERS=3$/m);
  assert.equal(onlyOfType(run, TYPES.instanceTemplate).inputs.machineType, 'c2d-highcpu-4');
});

test('SSH comes only from the configured range', () => {
  assert.deepEqual(openedTo(run, OFFICE), ['tcp:22']);
  assert.equal(isOpen(run, '35.235.240.0/20', 'tcp', 22), false);
});

test('Cloud DNS gets one A record per node, and nothing is left to create by hand', () => {
  const records = ofType(run, 'gcp:dns/recordSet:RecordSet');
  const addresses = ofType(run, TYPES.address);
  assert.deepEqual(
    records.map((record) => [record.inputs.managedZone, record.inputs.name, record.inputs.type, record.inputs.rrdatas]),
    ['media-1', 'media-2', 'media-3'].map((node, index) => [
      'rtc-example-com',
      `${node}.${DOMAIN}.`,
      'A',
      [addresses[index]?.state.address],
    ]),
  );
  assert.deepEqual(run.outputs.dnsRecordsToCreate, []);
});

test('the opt-in scale-out alert fires on the media nodes CPU at the planned threshold', () => {
  const policy = onlyOfType(run, 'gcp:monitoring/alertPolicy:AlertPolicy');
  const channel = onlyOfType(run, 'gcp:monitoring/notificationChannel:NotificationChannel');
  assert.deepEqual(channel.inputs.labels, { email_address: 'ops@example.com' });
  const threshold = policy.inputs.conditions[0].conditionThreshold;
  assert.equal(threshold.thresholdValue, 0.6);
  assert.match(threshold.filter, /compute\.googleapis\.com\/instance\/cpu\/utilization/);
  assert.match(threshold.filter, /metadata\.user_labels\."chorus-role" = "media-node"/);
  assert.match(policy.inputs.documentation.content, /60 per node/);
  assert.equal(run.outputs.plannedStreamsPerNode, 60);
  // The filter's labels are the ones the VMs carry.
  const labels = onlyOfType(run, TYPES.instanceTemplate).inputs.labels;
  assert.deepEqual(labels, { 'chorus-role': 'media-node', 'chorus-stack': 'test' });
});
