// The Pulumi program with the example configuration (default RTC range),
// checked on the resources it registers.
import { beforeAll, describe, expect, test } from '@jest/globals';
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
beforeAll(async () => {
  run = await runProgram(EXAMPLE_CONFIG);
});

const WORLD = '0.0.0.0/0';

describe('firewall', () => {
  test('opens the default RTC range 40000-49999 over UDP and TCP, TURN/TURNS and HTTPS/ACME, and nothing else, to the world', () => {
    expect(openedTo(run, WORLD)).toStrictEqual([
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
      expect({ port: `${protocol}:${port}`, openToTheWorld: isOpen(run, WORLD, protocol, port) }).toStrictEqual({
        port: `${protocol}:${port}`,
        openToTheWorld: false,
      });
    }
    for (const rule of ofType(run, TYPES.firewall)) {
      for (const allow of rule.inputs.allows as Array<{ protocol: string }>) {
        // A rule that allows every protocol.
        expect(`${rule.name}: ${allow.protocol}`).not.toBe(`${rule.name}: all`);
      }
    }
  });

  test('allows SSH only from Identity-Aware Proxy by default', () => {
    const sshRules = ofType(run, TYPES.firewall).filter((rule) =>
      (rule.inputs.allows as Array<{ ports: string[] }>).some((allow) => allow.ports.includes('22')),
    );
    expect(sshRules.length).toBe(1);
    expect(sshRules[0]?.inputs.sourceRanges).toStrictEqual(['35.235.240.0/20']);
    expect(isOpen(run, '35.235.240.0/20', 'tcp', 22)).toBe(true);
  });

  test("lets Google's health checkers reach the health port and nothing else", () => {
    for (const range of ['130.211.0.0/22', '35.191.0.0/16']) {
      expect(openedTo(run, range)).toStrictEqual(['tcp:3000']);
    }
  });

  test('targets only the media nodes, inbound', () => {
    for (const rule of ofType(run, TYPES.firewall)) {
      expect(rule.inputs.direction).toBe('INGRESS');
      expect(rule.inputs.targetTags).toStrictEqual(['chorus-media-node']);
    }
  });
});

describe('TURN secret', () => {
  test('is stored as a Pulumi secret in the SecretVersion', () => {
    const version = onlyOfType(run, TYPES.secretVersion);
    const data = version.inputs.secretData as { value?: unknown } | string;
    const value = typeof data === 'string' ? data : data.value;
    expect(value).toBe(TURN_SECRET_VALUE);
    // secretData must be marked secret.
    expect(typeof data).not.toBe('string');
  });

  test('appears in no other input of any resource: not in metadata, not in the startup script', () => {
    // The program registered its resources.
    expect(run.resources.length).toBeGreaterThan(20);
    for (const resource of run.resources) {
      const inputs = { ...resource.inputs };
      if (resource.type === TYPES.secretVersion) delete inputs.secretData;
      expect({ resource: `${resource.type} ${resource.name}`, carriesTheSecret: JSON.stringify(inputs).includes(TURN_SECRET_VALUE) }).toStrictEqual({
        resource: `${resource.type} ${resource.name}`,
        carriesTheSecret: false,
      });
    }
  });

  test('is reached by name: the template tells the VM where to read it', () => {
    const template = onlyOfType(run, TYPES.instanceTemplate);
    const secret = onlyOfType(run, TYPES.secret);
    const metadata = template.inputs.metadata as Record<string, string>;
    expect(metadata['chorus-turn-secret-name']).toBe(`projects/${PROJECT}/secrets/${secret.inputs.secretId as string}`);
    expect(metadata['startup-script']).toMatch(/secretmanager\.googleapis\.com\/v1\/\$TURN_SECRET_NAME\/versions\/latest:access/);
  });
});

describe('announced address', () => {
  test('each node gets its own static IP as stateful external IP and in its metadata', () => {
    const addresses = ofType(run, TYPES.address);
    const configs = ofType(run, TYPES.perInstanceConfig);
    expect(addresses.length).toBe(2);
    expect(configs.map((config) => config.inputs.name)).toStrictEqual(['media-1', 'media-2']);
    for (const config of configs) {
      const node = config.inputs.name as string;
      const address = addresses.find((candidate) => candidate.name === `chorus-${node}`);
      expect(address).toBeDefined();
      if (!address) throw new Error(`no address for ${node}`);
      const ip = address.state.address as string;
      const state = config.inputs.preservedState as { externalIps: unknown; metadata: Record<string, string> };
      expect(state.externalIps).toStrictEqual([{ interfaceName: 'nic0', autoDelete: 'NEVER', ipAddress: { address: address.state.selfLink } }]);
      expect(state.metadata['chorus-announced-address']).toBe(ip);
      expect(state.metadata['chorus-public-host']).toBe(`${node}.${DOMAIN}`);
      expect(state.metadata['chorus-turn-urls']).toBe(
        `turn:${ip}:3478?transport=udp,turn:${ip}:3478?transport=tcp,` + `turns:${node}.${DOMAIN}:5349?transport=tcp`,
      );
    }
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    expect(group.inputs.statefulExternalIps).toStrictEqual([{ interfaceName: 'nic0', deleteRule: 'NEVER' }]);
    expect((group.inputs.updatePolicy as { replacementMethod: string }).replacementMethod).toBe('RECREATE');
    // The per-instance configs own the group size.
    expect(group.inputs.targetSize).toBeUndefined();
  });

  test('the startup script wires the metadata address into the media node and coturn', () => {
    const script = (onlyOfType(run, TYPES.instanceTemplate).inputs.metadata as Record<string, string>)['startup-script'];
    expect(script).toMatch(/^\s*ANNOUNCED_ADDRESS="\$\(attribute chorus-announced-address\)"$/m);
    expect(script).toMatch(/^CHORUS_ANNOUNCED_ADDRESS=\$ANNOUNCED_ADDRESS$/m);
    expect(script).toMatch(/^external-ip=\$ANNOUNCED_ADDRESS\/\$PRIVATE_ADDRESS$/m);
    expect(script).toMatch(/^CHORUS_TURN_URLS=\$TURN_URLS$/m);
    expect(script).toMatch(/^\s*TURN_URLS="\$\(attribute chorus-turn-urls\)"$/m);
  });

  test('the template passes the Firebase project and region through metadata', () => {
    const metadata = onlyOfType(run, TYPES.instanceTemplate).inputs.metadata as Record<string, string>;
    expect(metadata['chorus-firebase-project']).toBe(FIREBASE_PROJECT);
    expect(metadata['chorus-region']).toBe('europe-west1');
    const script = metadata['startup-script'];
    expect(script).toMatch(/^CHORUS_FIREBASE_PROJECT=\$FIREBASE_PROJECT$/m);
    expect(script).toMatch(/^CHORUS_REGION=\$REGION$/m);
  });
});

describe('instance group', () => {
  test('autoheals on the media node /healthz over HTTP on port 3000', () => {
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    const healthCheck = onlyOfType(run, TYPES.healthCheck);
    const autoHealing = group.inputs.autoHealingPolicies as { healthCheck: string; initialDelaySec: number };
    expect(autoHealing.healthCheck).toBe(`${healthCheck.name}-id`);
    // Gives npm ci and the worker build time.
    expect(autoHealing.initialDelaySec).toBeGreaterThanOrEqual(600);
    const http = healthCheck.inputs.httpHealthCheck as { requestPath: string; port: number };
    expect(http.requestPath).toBe('/healthz');
    expect(http.port).toBe(3000);
  });

  test('runs the current instance template in the configured zone', () => {
    const group = onlyOfType(run, TYPES.instanceGroupManager);
    const template = onlyOfType(run, TYPES.instanceTemplate);
    expect(group.inputs.zone).toBe('europe-west1-b');
    expect((group.inputs.versions as Array<{ instanceTemplate: string }>).map((version) => version.instanceTemplate)).toStrictEqual([
      template.state.selfLinkUnique,
    ]);
    expect(template.inputs.machineType).toBe('e2-standard-2');
    expect(template.inputs.tags).toStrictEqual(['chorus-media-node']);
  });
});

describe('service account', () => {
  test('has exactly the least-privilege roles, the secret one on that secret only', () => {
    const account = onlyOfType(run, TYPES.serviceAccount);
    const member = `serviceAccount:${account.state.email as string}`;
    const projectGrants = ofType(run, TYPES.projectIamMember)
      .map((grant) => [grant.inputs.project, grant.inputs.role, grant.inputs.member].join(' '))
      .sort();
    expect(projectGrants).toStrictEqual([
      `${FIREBASE_PROJECT} roles/datastore.user ${member}`,
      `${FIREBASE_PROJECT} roles/firebaseauth.viewer ${member}`,
      `${PROJECT} roles/logging.logWriter ${member}`,
      `${PROJECT} roles/monitoring.metricWriter ${member}`,
    ]);
    const secretGrant = onlyOfType(run, TYPES.secretIamMember);
    expect(secretGrant.inputs.role).toBe('roles/secretmanager.secretAccessor');
    expect(secretGrant.inputs.member).toBe(member);
    expect(secretGrant.inputs.secretId).toBe(`${onlyOfType(run, TYPES.secret).name}-id`);
  });

  test('no other IAM grant exists, and the VMs run as that account', () => {
    const iamTypes = run.resources.map((resource) => resource.type).filter((type) => /iam/i.test(type) && !type.startsWith('chorus:'));
    expect([...new Set(iamTypes)].sort()).toStrictEqual([TYPES.projectIamMember, TYPES.secretIamMember]);
    const template = onlyOfType(run, TYPES.instanceTemplate);
    expect((template.inputs.serviceAccount as { email: string }).email).toBe(onlyOfType(run, TYPES.serviceAccount).state.email);
  });
});

describe('outputs', () => {
  test('list each node with its address and URLs', () => {
    const addresses = ofType(run, TYPES.address).map((address) => address.state.address as string);
    expect(run.outputs.mediaNodes).toStrictEqual([
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
    expect(run.outputs.dnsRecordsToCreate).toStrictEqual([
      `media-1.${DOMAIN}. 300 IN A ${addresses[0]}`,
      `media-2.${DOMAIN}. 300 IN A ${addresses[1]}`,
    ]);
    expect(run.outputs.plannedStreamsPerNode).toBe(40);
  });
});
