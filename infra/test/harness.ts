// Runs the real Pulumi program (infra/index.ts) against Pulumi's mock monitor
// and records every resource it registers, with the inputs it passed.
// jest gives each test file its own module registry, so each file runs the
// program once, with its own configuration.
import { jest } from '@jest/globals';
import * as pulumi from '@pulumi/pulumi';

export const PROJECT = 'chorus-test-project';
export const FIREBASE_PROJECT = 'chorus-test-firebase';
export const REGION = 'europe-west1';
export const ZONE = 'europe-west1-b';
export const DOMAIN = 'rtc.example.com';
export const TURN_SECRET_VALUE = 'TurnSecretUnderTest-7f3a9c1e5b2d4068';
export const STACK = 'test';
export const CHORUS_COMMIT = '3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39';

export const EXAMPLE_CONFIG: Record<string, string> = {
  'gcp:project': PROJECT,
  'gcp:region': REGION,
  'gcp:zone': ZONE,
  'chorus-infra:domain': DOMAIN,
  'chorus-infra:nodeCount': '2',
  'chorus-infra:chorusRepo': 'https://github.com/example/chorus.git',
  'chorus-infra:chorusRef': CHORUS_COMMIT,
  'chorus-infra:firebaseProject': FIREBASE_PROJECT,
  'chorus-infra:turnSecret': TURN_SECRET_VALUE,
};

export interface RecordedResource {
  type: string;
  name: string;
  /** Unknown until a test says which shape it reads (`as`), as the firewall helpers below do. */
  inputs: Record<string, unknown>;
  /** The state the mock returned: inputs plus the computed outputs below. */
  state: Record<string, unknown>;
}

export interface ProgramRun {
  resources: RecordedResource[];
  outputs: Record<string, unknown>;
  /** The resource options each resource was created with, by `<type> <name>`: what the mocks do not see. */
  options: Map<string, pulumi.ResourceOptions>;
}

let nextAddressOctet = 10;

/** Computed outputs the real provider would fill in, with recognisable values. */
function computedOutputs(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
    case 'gcp:compute/address:Address':
      return {
        address: `203.0.113.${nextAddressOctet++}`,
        selfLink: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/regions/${inputs.region as string}/addresses/${name}`,
      };
    case 'gcp:serviceaccount/account:Account':
      return { email: `${inputs.accountId as string}@${PROJECT}.iam.gserviceaccount.com` };
    case 'gcp:compute/instanceTemplate:InstanceTemplate':
      return { selfLinkUnique: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/instanceTemplates/${name}?uniqueId=1` };
    default:
      return { selfLink: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/${name}` };
  }
}

export async function runProgram(config: Record<string, string>): Promise<ProgramRun> {
  const resources: RecordedResource[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const inputs = args.inputs as Record<string, unknown>;
        const state = { name: args.name, ...inputs, ...computedOutputs(args.type, args.name, inputs) };
        resources.push({ type: args.type, name: args.name, inputs, state });
        return { id: `${args.name}-id`, state };
      },
      call(args) {
        return args.inputs as Record<string, unknown>;
      },
    },
    'chorus-infra',
    STACK,
    false,
  );
  pulumi.runtime.setAllConfig(config, ['chorus-infra:turnSecret']);

  const options = new Map<string, pulumi.ResourceOptions>();
  let program: Record<string, unknown> = {};
  // As `pulumi up` runs it: inside the root stack resource, whose transformations see every
  // resource's options (timeouts, retainOnDelete, ...), which the mock monitor is never sent.
  await pulumi.runtime.runInPulumiStack(() => {
    pulumi.runtime.registerStackTransformation(({ type, name, opts }) => {
      options.set(`${type} ${name}`, opts);
      return undefined;
    });
    // Loaded from this test file's module registry here, not imported at the top: the program
    // registers its resources as it loads, which must happen after setMocks.
    program = jest.requireActual<typeof import('../index')>('../index');
    return Promise.resolve({});
  });
  const outputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(program)) {
    outputs[key] = pulumi.Output.isInstance(value) ? await resolve(value) : value;
  }
  // Every registration is an RPC to the mock monitor: wait until all are done.
  await pulumi.runtime.disconnect();
  return { resources, outputs, options };
}

export function resolve<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((done) => output.apply((value) => done(value)));
}

export function ofType(run: ProgramRun, type: string): RecordedResource[] {
  return run.resources.filter((resource) => resource.type === type);
}

export function optionsOf(run: ProgramRun, resource: RecordedResource): pulumi.ResourceOptions {
  const options = run.options.get(`${resource.type} ${resource.name}`);
  if (!options) throw new Error(`no options recorded for ${resource.type} ${resource.name}`);
  return options;
}

export function onlyOfType(run: ProgramRun, type: string): RecordedResource {
  const found = ofType(run, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as RecordedResource;
}

export const TYPES = {
  address: 'gcp:compute/address:Address',
  firewall: 'gcp:compute/firewall:Firewall',
  healthCheck: 'gcp:compute/healthCheck:HealthCheck',
  instanceGroupManager: 'gcp:compute/instanceGroupManager:InstanceGroupManager',
  instanceTemplate: 'gcp:compute/instanceTemplate:InstanceTemplate',
  logMetric: 'gcp:logging/metric:Metric',
  perInstanceConfig: 'gcp:compute/perInstanceConfig:PerInstanceConfig',
  projectIamMember: 'gcp:projects/iAMMember:IAMMember',
  secret: 'gcp:secretmanager/secret:Secret',
  secretIamMember: 'gcp:secretmanager/secretIamMember:SecretIamMember',
  secretVersion: 'gcp:secretmanager/secretVersion:SecretVersion',
  serviceAccount: 'gcp:serviceaccount/account:Account',
} as const;

/** An allowed port list entry ("443" or "40000-49999") as a closed range. */
export function parsePorts(entry: string): { min: number; max: number } {
  const [min, max = min] = entry.split('-').map(Number);
  if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) {
    throw new Error(`bad port entry ${entry}`);
  }
  return { min, max };
}

/** Every "protocol:range" that a firewall rule opens to the given source. */
export function openedTo(run: ProgramRun, source: string): string[] {
  return ofType(run, TYPES.firewall)
    .filter((rule) => (rule.inputs.sourceRanges as string[]).includes(source))
    .flatMap((rule) =>
      (rule.inputs.allows as Array<{ protocol: string; ports: string[] }>).flatMap((allow) =>
        allow.ports.map((ports) => `${allow.protocol}:${ports}`),
      ),
    )
    .sort();
}

/** Whether any firewall rule lets `source` reach `protocol`/`port`. */
export function isOpen(run: ProgramRun, source: string, protocol: string, port: number): boolean {
  return ofType(run, TYPES.firewall).some(
    (rule) =>
      (rule.inputs.sourceRanges as string[]).includes(source) &&
      (rule.inputs.allows as Array<{ protocol: string; ports?: string[] }>).some(
        (allow) =>
          (allow.protocol === protocol || allow.protocol === 'all') &&
          (allow.ports === undefined ||
            allow.ports.length === 0 ||
            allow.ports.some((entry) => {
              const range = parsePorts(entry);
              return port >= range.min && port <= range.max;
            })),
      ),
  );
}
