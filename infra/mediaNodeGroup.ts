// The media node VMs: one zonal managed instance group whose members are
// created by per-instance configs, one per node.
//
// Why this design: each node must keep its own reserved IP (announced to
// browsers, coturn's external-ip, the target of its DNS record), and a MIG
// stamps out identical VMs. A per-instance config gives one named member of
// the group its own preserved state: the reserved address on nic0 and its
// own metadata (address, host name, TURN URLs). Compared with one single-VM
// group per node, a single group gets one autohealing policy and rolls a new
// template through the nodes one at a time (maxUnavailable 1) instead of
// recreating every node at once.
//
// Stateful groups cannot autoscale (a Compute Engine restriction), and the
// group's target size is left to the per-instance configs: each one creates
// its VM through the group's createInstances. See capacity.ts for scaling.
//
// Rollouts: a new instance template (a new chorusRef, domain, acmeEmail...)
// replaces the old one, and Pulumi deletes the old template once the group
// points at the new one. Compute Engine refuses to delete a template that VMs
// still use (resourceInUseByAnotherResource; terraform-provider-google#10365,
// pulumi-gcp#680), so `pulumi up` waits until every node runs the new
// template (waitForInstances, status UPDATED), with a timeout sized to a
// one-node-at-a-time rollout of the whole fleet. Keeping old templates
// (retainOnDelete) would also avoid the error, but would leave a template per
// release to clean up by hand, and `pulumi up` would report success while the
// rollout could still fail on the last node.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { METADATA_KEYS } from './metadataKeys';
import { chorusTurnUrls } from './nodeEndpoints';
import { MEDIA_NODE_HTTP_PORT } from './ports';
import { BOOT_DEADLINE_SEC, STATE_DISK_DEVICE } from './startupScript';

export const HEALTH_CHECK_PATH = '/healthz';
export const HEALTH_CHECK_INTERVAL_SEC = 10;
export const HEALTHY_THRESHOLD = 2;
/** Recreating a node drops its calls: only after a minute of failures. */
export const UNHEALTHY_THRESHOLD = 6;

/** From the end of the startup script to a passing health check: the media node starts its workers. */
export const MEDIA_NODE_START_SEC = 60;

/**
 * Autohealing leaves a (re)created VM alone while its startup script may still
 * be working, retries included, and judges it right after: the script's
 * deadline, the media node's start and the probes that prove it healthy.
 */
export const AUTOHEALING_INITIAL_DELAY_SEC = BOOT_DEADLINE_SEC + MEDIA_NODE_START_SEC + HEALTHY_THRESHOLD * HEALTH_CHECK_INTERVAL_SEC;

/** Settle time after a replaced node is available, before the next one goes down. */
export const UPDATE_MIN_READY_SEC = 60;

/** Deleting and recreating a VM in place, before its startup script runs. */
const VM_RECREATE_SEC = 180;

/** The longest one node takes in a rollout: recreated, booted, healthy, settled. */
export const NODE_ROLLOUT_SEC = VM_RECREATE_SEC + AUTOHEALING_INITIAL_DELAY_SEC + UPDATE_MIN_READY_SEC;

/**
 * How long `pulumi up` waits for the group: nodes are replaced one at a time
 * (maxUnavailable 1, no surge), so the fleet takes nodeCount times one node.
 */
export function rolloutTimeoutMinutes(nodeCount: number): number {
  return Math.ceil((nodeCount * NODE_ROLLOUT_SEC) / 60) + 10;
}

export interface MediaNode {
  name: string;
  host: string;
  address: gcp.compute.Address;
}

export interface MediaNodeGroupArgs {
  zone: string;
  baseInstanceName: string;
  instanceTemplate: pulumi.Input<string>;
  nodes: MediaNode[];
  /** Resources a booting node needs: the secret version, its IAM grant, DNS records. */
  bootDependencies: pulumi.Input<pulumi.Resource>[];
}

export class MediaNodeGroup extends pulumi.ComponentResource {
  readonly healthCheck: gcp.compute.HealthCheck;
  readonly group: gcp.compute.InstanceGroupManager;
  readonly instanceConfigs: gcp.compute.PerInstanceConfig[];

  constructor(name: string, args: MediaNodeGroupArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:MediaNodeGroup', name, {}, opts);

    this.healthCheck = new gcp.compute.HealthCheck(
      `${name}-healthz`,
      {
        description: 'Autohealing probe of the Chorus media node',
        httpHealthCheck: { port: MEDIA_NODE_HTTP_PORT, requestPath: HEALTH_CHECK_PATH },
        checkIntervalSec: HEALTH_CHECK_INTERVAL_SEC,
        timeoutSec: 5,
        healthyThreshold: HEALTHY_THRESHOLD,
        unhealthyThreshold: UNHEALTHY_THRESHOLD,
      },
      { parent: this },
    );

    this.group = new gcp.compute.InstanceGroupManager(
      name,
      {
        zone: args.zone,
        description: 'Chorus media nodes (stateful: one reserved IP per node)',
        baseInstanceName: args.baseInstanceName,
        versions: [{ name: 'media-node', instanceTemplate: args.instanceTemplate }],
        autoHealingPolicies: {
          healthCheck: this.healthCheck.id,
          initialDelaySec: AUTOHEALING_INITIAL_DELAY_SEC,
        },
        statefulExternalIps: [{ interfaceName: 'nic0', deleteRule: 'NEVER' }],
        // Caddy's certificates and the install caches survive recreation
        // (autohealing, rollouts); lowering nodeCount deletes the node's disk.
        statefulDisks: [{ deviceName: STATE_DISK_DEVICE, deleteRule: 'ON_PERMANENT_INSTANCE_DELETION' }],
        updatePolicy: {
          type: 'PROACTIVE',
          minimalAction: 'REPLACE',
          // Stateful groups must recreate VMs in place (same name, same IP),
          // which rules out surge VMs.
          replacementMethod: 'RECREATE',
          maxSurgeFixed: 0,
          maxUnavailableFixed: 1,
          minReadySec: UPDATE_MIN_READY_SEC,
        },
        waitForInstances: true,
        waitForInstancesStatus: 'UPDATED',
      },
      {
        parent: this,
        customTimeouts: {
          create: `${rolloutTimeoutMinutes(args.nodes.length)}m`,
          update: `${rolloutTimeoutMinutes(args.nodes.length)}m`,
        },
      },
    );

    this.instanceConfigs = args.nodes.map(
      (node) =>
        new gcp.compute.PerInstanceConfig(
          `${name}-${node.name}`,
          {
            zone: args.zone,
            instanceGroupManager: this.group.name,
            name: node.name,
            preservedState: {
              metadata: {
                [METADATA_KEYS.announcedAddress]: node.address.address,
                [METADATA_KEYS.publicHost]: node.host,
                [METADATA_KEYS.turnUrls]: node.address.address.apply((ip) => chorusTurnUrls(ip, node.host)),
              },
              externalIps: [
                {
                  interfaceName: 'nic0',
                  autoDelete: 'NEVER',
                  ipAddress: { address: node.address.selfLink },
                },
              ],
            },
            minimalAction: 'REPLACE',
            mostDisruptiveAllowedAction: 'REPLACE',
            // Lowering nodeCount deletes that node's VM, not just its config.
            removeInstanceOnDestroy: true,
          },
          { parent: this, dependsOn: args.bootDependencies },
        ),
    );

    this.registerOutputs({ group: this.group.selfLink });
  }
}
