// The Pulumi program with the example configuration (default RTC range),
// checked on the resources it registers.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  DOMAIN,
  EXAMPLE_CONFIG,
  FIREBASE_PROJECT,
  PROJECT,
  type ProgramRun,
  TURN_SECRET_VALUE,
  TYPES,
  isOpen,
  ofType,
  onlyOfType,
  openedTo,
  runProgram,
} from './harness';

let run: ProgramRun;
before(async () => {
  run = await runProgram(EXAMPLE_CONFIG);
});

const WORLD = '0.0.0.0/0';

describe('firewall', () => {
  test('opens the default RTC range 40000-49999 over UDP and TCP, TURN/TURNS and HTTPS/ACME, and nothing else, to the world', () => {
    assert.deepEqual(openedTo(run, WORLD), [
      'tcp:3478',
      'tcp:40000-49999',
      'tcp:443',
      'tcp:5349',
      'tcp:80',
      'udp:3478',
      'udp:40000-49999',
      'udp:5349',
    ]);
  });

  test('opens no SSH or admin port to the world', () => {
    const adminPorts: Array<[string, number]> = [
      ['tcp', 22], // SSH
      ['tcp', 3389], // RDP
      ['tcp', 3000], // the media node's HTTP port (/metrics)
      ['udp', 3000],
      ['tcp', 5766], // coturn CLI
      ['udp', 50000], // coturn relay range: stays on the host
      ['tcp', 2019], // Caddy admin API
    ];
    for (const [protocol, port] of adminPorts) {
      assert.equal(isOpen(run, WORLD, protocol, port), false, `${protocol}:${port} is open to ${WORLD}`);
    }
    for (const rule of ofType(run, TYPES.firewall)) {
      for (const allow of rule.inputs.allows as Array<{ protocol: string }>) {
        assert.notEqual(allow.protocol, 'all', `${rule.name} allows every protocol`);
      }
    }
  });

  test('allows SSH only from Identity-Aware Proxy by default', () => {
    const sshRules = ofType(run, TYPES.firewall).filter((rule) =>
      (rule.inputs.allows as Array<{ ports: string[] }>).some((allow) => allow.ports.includes('22')),
    );
    assert.equal(sshRules.length, 1);
    assert.deepEqual(sshRules[0]?.inputs.sourceRanges, ['35.235.240.0/20']);
    assert.equal(isOpen(run, '35.235.240.0/20', 'tcp', 22), true);
  });

  test("lets Google's health checkers reach the health port and nothing else", () => {
    for (const range of ['130.211.0.0/22', '35.191.0.0/16']) {
      assert.deepEqual(openedTo(run, range), ['tcp:3000']);
    }
  });

  test('targets only the media nodes, inbound', () => {
    for (const rule of ofType(run, TYPES.firewall)) {
      assert.equal(rule.inputs.direction, 'INGRESS');
      assert.deepEqual(rule.inputs.targetTags, ['chorus-media-node']);
    }
  });
});

describe('TURN secret', () => {
  test('is stored as a Pulumi secret in the SecretVersion', () => {
    const version = onlyOfType(run, TYPES.secretVersion);
    const data = version.inputs.secretData as { value?: unknown } | string;
    const value = typeof data === 'string' ? data : data.value;
    assert.equal(value, TURN_SECRET_VALUE);
    assert.notEqual(typeof data, 'string', 'secretData must be marked secret');
  });

  test('appears in no other input of any resource: not in metadata, not in the startup script', () => {
    assert.ok(run.resources.length > 20, 'the program registered its resources');
    for (const resource of run.resources) {
      const inputs = { ...resource.inputs };
      if (resource.type === TYPES.secretVersion) delete inputs.secretData;
      assert.equal(
        JSON.stringify(inputs).includes(TURN_SECRET_VALUE),
        false,
        `${resource.type} ${resource.name} carries the TURN secret`,
      );
    }
  });

  test('is reached by name: the template tells the VM where to read it', () => {
    const template = onlyOfType(run, TYPES.instanceTemplate);
    const secret = onlyOfType(run, TYPES.secret);
    assert.equal(template.inputs.metadata['chorus-turn-secret-name'], `projects/${PROJECT}/secrets/${secret.inputs.secretId}`);
    assert.match(template.inputs.metadata['startup-script'], /secretmanager\.googleapis\.com\/v1\/\$TURN_SECRET_NAME\/versions\/latest:access/);
  });
});

describe('announced address', () => {
  test('each node gets its own static IP as stateful external IP and in its metadata', () => {
    const addresses = ofType(run, TYPES.address);
    const configs = ofType(run, TYPES.perInstanceConfig);
    assert.equal(addresses.length, 2);
    assert.deepEqual(
      configs.map((config) => config.inputs.name),
      ['media-1', 'media-2'],
    );
    for (const config of configs) {
      const address = addresses.find((candidate) => candidate.name === `chorus-${config.inputs.name}`);
      assert.ok(address, `no address for ${config.inputs.name}`);
      const state = config.inputs.preservedState;
      assert.deepEqual(state.externalIps, [
        { interfaceName: 'nic0', autoDelete: 'NEVER', ipAddress: { address: address.state.selfLink } },
      ]);
      assert.equal(state.metadata['chorus-announced-address'], address.state.address);
      assert.equal(state.metadata['chorus-public-host'], `${config.inputs.name}.${DOMAIN}`);
      assert.equal(
        state.metadata['chorus-turn-urls'],
        `turn:${address.state.address}:3478?transport=udp,turn:${address.state.address}:3478?transport=tcp,` +
          `turns:${config.inputs.name}.${DOMAIN}:5349?transport=tcp`,
      );
    }
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    assert.deepEqual(group.inputs.statefulExternalIps, [{ interfaceName: 'nic0', deleteRule: 'NEVER' }]);
    assert.equal(group.inputs.updatePolicy.replacementMethod, 'RECREATE');
    assert.equal(group.inputs.targetSize, undefined, 'per-instance configs own the group size');
  });

  test('the startup script wires the metadata address into the media node and coturn', () => {
    const script: string = onlyOfType(run, TYPES.instanceTemplate).inputs.metadata['startup-script'];
    assert.match(script, /^\s*ANNOUNCED_ADDRESS="\$\(attribute chorus-announced-address\)"$/m);
    assert.match(script, /^CHORUS_ANNOUNCED_ADDRESS=\$ANNOUNCED_ADDRESS$/m);
    assert.match(script, /^external-ip=\$ANNOUNCED_ADDRESS\/\$PRIVATE_ADDRESS$/m);
    assert.match(script, /^CHORUS_TURN_URLS=\$TURN_URLS$/m);
    assert.match(script, /^\s*TURN_URLS="\$\(attribute chorus-turn-urls\)"$/m);
  });

  test('the template passes the Firebase project and region through metadata', () => {
    const metadata = onlyOfType(run, TYPES.instanceTemplate).inputs.metadata;
    assert.equal(metadata['chorus-firebase-project'], FIREBASE_PROJECT);
    assert.equal(metadata['chorus-region'], 'europe-west1');
    const script: string = metadata['startup-script'];
    assert.match(script, /^CHORUS_FIREBASE_PROJECT=\$FIREBASE_PROJECT$/m);
    assert.match(script, /^CHORUS_REGION=\$REGION$/m);
  });
});

describe('instance group', () => {
  test('autoheals on the media node /healthz over HTTP on port 3000', () => {
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    const healthCheck = onlyOfType(run, TYPES.healthCheck);
    assert.equal(group.inputs.autoHealingPolicies.healthCheck, `${healthCheck.name}-id`);
    assert.ok(group.inputs.autoHealingPolicies.initialDelaySec >= 600, 'gives npm ci and the worker build time');
    assert.equal(healthCheck.inputs.httpHealthCheck.requestPath, '/healthz');
    assert.equal(healthCheck.inputs.httpHealthCheck.port, 3000);
  });

  test('runs the current instance template in the configured zone', () => {
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    const template = onlyOfType(run, TYPES.instanceTemplate);
    assert.equal(group.inputs.zone, 'europe-west1-b');
    assert.deepEqual(
      group.inputs.versions.map((version: { instanceTemplate: string }) => version.instanceTemplate),
      [template.state.selfLinkUnique],
    );
    assert.equal(template.inputs.machineType, 'e2-standard-2');
    assert.deepEqual(template.inputs.tags, ['chorus-media-node']);
  });
});

describe('service account', () => {
  test('has exactly the least-privilege roles, the secret one on that secret only', () => {
    const account = onlyOfType(run, TYPES.serviceAccount);
    const member = `serviceAccount:${account.state.email}`;
    const projectGrants = ofType(run, TYPES.projectIamMember)
      .map((grant) => `${grant.inputs.project} ${grant.inputs.role} ${grant.inputs.member}`)
      .sort();
    assert.deepEqual(projectGrants, [
      `${FIREBASE_PROJECT} roles/datastore.user ${member}`,
      `${PROJECT} roles/logging.logWriter ${member}`,
      `${PROJECT} roles/monitoring.metricWriter ${member}`,
    ]);
    const secretGrant = onlyOfType(run, TYPES.secretIamMember);
    assert.equal(secretGrant.inputs.role, 'roles/secretmanager.secretAccessor');
    assert.equal(secretGrant.inputs.member, member);
    assert.equal(secretGrant.inputs.secretId, `${onlyOfType(run, TYPES.secret).name}-id`);
  });

  test('no other IAM grant exists, and the VMs run as that account', () => {
    const iamTypes = run.resources
      .map((resource) => resource.type)
      .filter((type) => /iam/i.test(type) && !type.startsWith('chorus:'));
    assert.deepEqual([...new Set(iamTypes)].sort(), [TYPES.projectIamMember, TYPES.secretIamMember]);
    const template = onlyOfType(run, TYPES.instanceTemplate);
    assert.equal(template.inputs.serviceAccount.email, onlyOfType(run, TYPES.serviceAccount).state.email);
  });
});

describe('outputs', () => {
  test('list each node with its address and URLs', () => {
    const addresses = ofType(run, TYPES.address).map((address) => address.state.address as string);
    assert.deepEqual(run.outputs.mediaNodes, [
      {
        name: 'media-1',
        address: addresses[0],
        host: `media-1.${DOMAIN}`,
        httpsUrl: `https://media-1.${DOMAIN}`,
        wssUrl: `wss://media-1.${DOMAIN}/ws`,
        turnUrl: `turn:${addresses[0]}:3478`,
      },
      {
        name: 'media-2',
        address: addresses[1],
        host: `media-2.${DOMAIN}`,
        httpsUrl: `https://media-2.${DOMAIN}`,
        wssUrl: `wss://media-2.${DOMAIN}/ws`,
        turnUrl: `turn:${addresses[1]}:3478`,
      },
    ]);
    assert.deepEqual(run.outputs.dnsRecordsToCreate, [
      `media-1.${DOMAIN}. 300 IN A ${addresses[0]}`,
      `media-2.${DOMAIN}. 300 IN A ${addresses[1]}`,
    ]);
    assert.equal(run.outputs.plannedStreamsPerNode, 40);
  });
});
