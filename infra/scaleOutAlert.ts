// Opt-in (config scaleOutAlertEmail): e-mails the operator when the fleet's
// average CPU says the nodes carry about 75% of their planned streams, the
// moment to raise nodeCount. The nodes cannot be autoscaled; see capacity.ts
// for why and for the arithmetic behind the threshold.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { STREAMS_PER_WORKER } from './capacity';
import { MEDIA_NODE_ROLE_LABEL, STACK_LABEL_KEY, stackLabel } from './names';

export interface ScaleOutAlertArgs {
  stack: string;
  email: string;
  cpuUtilization: number;
  plannedStreamsPerNode: number;
}

export function mediaNodeCpuFilter(stack: string): string {
  return [
    'resource.type = "gce_instance"',
    'metric.type = "compute.googleapis.com/instance/cpu/utilization"',
    `metadata.user_labels."${MEDIA_NODE_ROLE_LABEL.key}" = "${MEDIA_NODE_ROLE_LABEL.value}"`,
    `metadata.user_labels."${STACK_LABEL_KEY}" = "${stackLabel(stack)}"`,
  ].join(' AND ');
}

export class ScaleOutAlert extends pulumi.ComponentResource {
  readonly policy: gcp.monitoring.AlertPolicy;

  constructor(name: string, args: ScaleOutAlertArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:ScaleOutAlert', name, {}, opts);
    const channel = new gcp.monitoring.NotificationChannel(
      name,
      { type: 'email', displayName: 'Chorus scale-out', labels: { email_address: args.email } },
      { parent: this },
    );
    const percent = Math.round(args.cpuUtilization * 100);
    this.policy = new gcp.monitoring.AlertPolicy(
      name,
      {
        displayName: `Chorus media nodes (${args.stack}) near planned capacity`,
        combiner: 'OR',
        conditions: [
          {
            displayName: `Fleet-average CPU above ${percent}% for 10 minutes`,
            conditionThreshold: {
              filter: mediaNodeCpuFilter(args.stack),
              aggregations: [{ alignmentPeriod: '60s', perSeriesAligner: 'ALIGN_MEAN', crossSeriesReducer: 'REDUCE_MEAN' }],
              comparison: 'COMPARISON_GT',
              thresholdValue: args.cpuUtilization,
              duration: '600s',
              trigger: { count: 1 },
            },
          },
        ],
        notificationChannels: [channel.name],
        documentation: {
          mimeType: 'text/markdown',
          content:
            `The media nodes are planned for ${STREAMS_PER_WORKER} streams per mediasoup worker ` +
            `(${args.plannedStreamsPerNode} per node). Raise \`nodeCount\` and run \`pulumi up\`.`,
        },
      },
      { parent: this },
    );
    this.registerOutputs({ policy: this.policy.name });
  }
}
