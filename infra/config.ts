// The one place that reads stack configuration. Everything else receives a
// validated ChorusConfig, so a typo fails `pulumi preview` with a clear
// message instead of producing a VM that cannot boot.
import * as pulumi from '@pulumi/pulumi';
// The media node's own limits: a value it would refuse makes it crash-loop
// under autohealing, so refuse it here, at `pulumi preview`.
import { LOG_LEVELS, NUM_WORKERS_LIMITS, TURN_TTL_SECONDS_LIMITS } from '../media-node/src/configLimits';
import { DEFAULT_SCALE_OUT_CPU_UTILIZATION, vcpusOfMachineType } from './capacity';
import {
  COTURN_CLI_PORT,
  DEFAULT_RTC_PORTS,
  IAP_TCP_FORWARDING_RANGE,
  MEDIA_NODE_HTTP_PORT,
  type PortRange,
  TURN_PORT,
  TURN_RELAY_PORTS,
  TURNS_PORT,
  formatPortRange,
  rangeContains,
  rangesOverlap,
} from './ports';

export interface ScaleOutAlertConfig {
  email: string;
  /** Fleet-average CPU utilization (0-1) that fires the alert. */
  cpuUtilization: number;
}

export interface ChorusConfig {
  stack: string;
  project: string;
  region: string;
  zone: string;
  machineType: string;
  nodeCount: number;
  nodeNamePrefix: string;
  /** Nodes are reachable at <node name>.<domain>. */
  domain: string;
  /** Cloud DNS managed zone for the node records; without it the user creates them. */
  dnsZone: string | undefined;
  rtcPorts: PortRange;
  sshSourceRanges: string[];
  chorusRepo: string;
  /** The full commit SHA every node runs: immutable, so a reboot or an autoheal cannot move a node. */
  chorusRef: string;
  firebaseProject: string;
  turnSecret: pulumi.Output<string>;
  turnTtlSeconds: number;
  logLevel: string;
  /** Workers per node; undefined lets the media node use its CPU count. */
  numWorkers: number | undefined;
  acmeEmail: string | undefined;
  scaleOutAlert: ScaleOutAlertConfig | undefined;
}

export const DEFAULT_MACHINE_TYPE = 'e2-standard-2';
export const DEFAULT_TURN_TTL_SECONDS = 86400;
export const DEFAULT_LOG_LEVEL = 'info';

export class ConfigError extends pulumi.RunError {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ConfigError(message);
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const RFC1035_LABEL = /^[a-z]([-a-z0-9]{0,50}[a-z0-9])?$/;
/** A full SHA-1 or SHA-256 commit id. Branches and tags can move; a commit cannot. */
const COMMIT_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const REPO_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~\/-]+$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function isIpv4Cidr(value: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!match) return false;
  const [, a, b, c, d, prefix] = match.map(Number);
  return [a, b, c, d].every((octet) => octet !== undefined && octet <= 255) && prefix !== undefined && prefix <= 32;
}

/** Throws ConfigError unless the RTC range is usable by mediasoup next to coturn and the HTTP server. */
export function validateRtcPorts(range: PortRange): PortRange {
  check(Number.isInteger(range.min) && Number.isInteger(range.max), 'rtcMinPort and rtcMaxPort must be integers');
  check(range.min >= 1024 && range.max <= 65535, 'the RTC port range must lie within 1024-65535 (the media node does not run as root)');
  check(range.min <= range.max, `rtcMinPort (${range.min}) must not exceed rtcMaxPort (${range.max})`);
  for (const [port, what] of [
    [MEDIA_NODE_HTTP_PORT, 'the media node HTTP port'],
    [TURN_PORT, 'TURN'],
    [TURNS_PORT, 'TURNS'],
    [COTURN_CLI_PORT, "coturn's CLI port"],
  ] as const) {
    check(!rangeContains(range, port), `the RTC port range ${formatPortRange(range)} must not include ${what} (${port})`);
  }
  check(
    !rangesOverlap(range, TURN_RELAY_PORTS),
    `the RTC port range ${formatPortRange(range)} must not overlap coturn's relay range ${formatPortRange(TURN_RELAY_PORTS)}`,
  );
  return range;
}

/** Throws ConfigError unless every range is a CIDR and none opens SSH to the whole internet. */
export function validateSshSourceRanges(ranges: string[]): string[] {
  check(ranges.length > 0, 'sshSourceRanges must list at least one CIDR (default: IAP 35.235.240.0/20)');
  for (const range of ranges) {
    check(isIpv4Cidr(range), `sshSourceRanges: "${range}" is not an IPv4 CIDR`);
    check(!range.endsWith('/0'), `sshSourceRanges: "${range}" would open SSH to the whole internet; use IAP (${IAP_TCP_FORWARDING_RANGE})`);
  }
  return ranges;
}

function checkWithin(value: number, limits: { min: number; max: number }, name: string): void {
  check(
    Number.isInteger(value) && value >= limits.min && value <= limits.max,
    `${name} must be an integer from ${limits.min} to ${limits.max} (the media node refuses anything else)`,
  );
}

/** Throws ConfigError unless chorusRef names one immutable commit. */
export function validateChorusRef(ref: string | undefined): string {
  check(
    ref !== undefined && COMMIT_SHA.test(ref),
    `chorusRef must be a full commit SHA (40 hex digits), not a branch or tag, which can move under running nodes: ` +
      `pulumi config set chorusRef "$(git rev-parse '${ref ?? 'v1.2.3'}^{commit}')"`,
  );
  return ref;
}

/** Throws ConfigError unless the media node accepts these settings. */
export function validateMediaNodeSettings(settings: { turnTtlSeconds: number; numWorkers: number | undefined; logLevel: string }): void {
  checkWithin(settings.turnTtlSeconds, TURN_TTL_SECONDS_LIMITS, 'turnTtlSeconds');
  if (settings.numWorkers !== undefined) checkWithin(settings.numWorkers, NUM_WORKERS_LIMITS, 'numWorkers');
  check((LOG_LEVELS as readonly string[]).includes(settings.logLevel), `logLevel must be one of ${LOG_LEVELS.join(', ')}`);
}

export function loadConfig(): ChorusConfig {
  const gcp = new pulumi.Config('gcp');
  const chorus = new pulumi.Config();

  const project = gcp.require('project');
  const region = gcp.require('region');
  const zone = gcp.require('zone');
  check(zone.startsWith(`${region}-`), `gcp:zone ${zone} is not in gcp:region ${region}`);

  const machineType = chorus.get('machineType') ?? DEFAULT_MACHINE_TYPE;
  const numWorkers = chorus.getNumber('numWorkers');
  if (numWorkers === undefined) {
    // Fails early for a machine type whose size we cannot read: capacity outputs need it.
    vcpusOfMachineType(machineType);
  }

  const nodeCount = chorus.getNumber('nodeCount') ?? 1;
  check(Number.isInteger(nodeCount) && nodeCount >= 1 && nodeCount <= 50, 'nodeCount must be an integer from 1 to 50');
  const nodeNamePrefix = chorus.get('nodeNamePrefix') ?? 'media';
  check(RFC1035_LABEL.test(nodeNamePrefix), 'nodeNamePrefix must be lowercase letters, digits and hyphens, starting with a letter');

  const domain = chorus.require('domain').toLowerCase().replace(/\.$/, '');
  check(HOSTNAME.test(domain), `domain "${domain}" is not a DNS name`);

  const rtcPorts = validateRtcPorts({
    min: chorus.getNumber('rtcMinPort') ?? DEFAULT_RTC_PORTS.min,
    max: chorus.getNumber('rtcMaxPort') ?? DEFAULT_RTC_PORTS.max,
  });
  const sshSourceRanges = validateSshSourceRanges(chorus.getObject<string[]>('sshSourceRanges') ?? [IAP_TCP_FORWARDING_RANGE]);

  const chorusRepo = chorus.require('chorusRepo');
  check(REPO_URL.test(chorusRepo), 'chorusRepo must be an https:// git URL without credentials');
  const chorusRef = validateChorusRef(chorus.get('chorusRef'));

  const turnTtlSeconds = chorus.getNumber('turnTtlSeconds') ?? DEFAULT_TURN_TTL_SECONDS;
  const logLevel = chorus.get('logLevel') ?? DEFAULT_LOG_LEVEL;
  validateMediaNodeSettings({ turnTtlSeconds, numWorkers, logLevel });

  const acmeEmail = chorus.get('acmeEmail');
  check(acmeEmail === undefined || EMAIL.test(acmeEmail), 'acmeEmail is not an e-mail address');

  const alertEmail = chorus.get('scaleOutAlertEmail');
  check(alertEmail === undefined || EMAIL.test(alertEmail), 'scaleOutAlertEmail is not an e-mail address');
  const cpuUtilization = chorus.getNumber('scaleOutCpuUtilization') ?? DEFAULT_SCALE_OUT_CPU_UTILIZATION;
  check(cpuUtilization > 0 && cpuUtilization < 1, 'scaleOutCpuUtilization must be between 0 and 1');

  const dnsZone = chorus.get('dnsZone');
  check(dnsZone === undefined || RFC1035_LABEL.test(dnsZone), 'dnsZone must be the name (not the DNS name) of a Cloud DNS managed zone');

  return {
    stack: pulumi.getStack(),
    project,
    region,
    zone,
    machineType,
    nodeCount,
    nodeNamePrefix,
    domain,
    dnsZone,
    rtcPorts,
    sshSourceRanges,
    chorusRepo,
    chorusRef,
    firebaseProject: chorus.get('firebaseProject') ?? project,
    turnSecret: chorus.requireSecret('turnSecret'),
    turnTtlSeconds,
    logLevel,
    numWorkers,
    acmeEmail,
    scaleOutAlert: alertEmail === undefined ? undefined : { email: alertEmail, cpuUtilization },
  };
}
