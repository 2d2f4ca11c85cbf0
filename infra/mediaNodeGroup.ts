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
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { METADATA_KEYS } from './metadataKeys';
import { chorusTurnUrls } from './nodeEndpoints';
import { MEDIA_NODE_HTTP_PORT } from './ports';

export const HEALTH_CHECK_PATH = '/healthz';

/**
 * Autohealing waits this long after a VM is (re)created: the startup script
 * installs packages, runs npm ci and, when mediasoup's prebuilt worker cannot
 * be downloaded, builds the worker from source (6-10 minutes on 2 vCPUs).
 */
export const AUTOHEALING_INITIAL_DELAY_SEC = 1200;

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
        checkIntervalSec: 10,
        timeoutSec: 5,
        healthyThreshold: 2,
        // Recreating a node drops its calls: only after a minute of failures.
        unhealthyThreshold: 6,
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
        updatePolicy: {
          type: 'PROACTIVE',
          minimalAction: 'REPLACE',
          // Stateful groups must recreate VMs in place (same name, same IP),
          // which rules out surge VMs.
          replacementMethod: 'RECREATE',
          maxSurgeFixed: 0,
          maxUnavailableFixed: 1,
        },
      },
      { parent: this },
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
