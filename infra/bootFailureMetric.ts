// Makes a failed boot visible without SSH: a log-based metric counts the line
// a startup script that gave up ends with. Google's guest agent sends startup
// script output to Cloud Logging before the Ops Agent is even installed, so
// the count includes boots that failed early. Chart it, or alert on it, in
// Cloud Monitoring as logging.googleapis.com/user/<name>.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { stackLabel } from './names';
import { BOOT_FAILED_MARKER } from './startupScript';

export interface BootFailureMetricArgs {
  project: string;
  stack: string;
}

export function bootFailureLogFilter(): string {
  // The guest agent logs the script's output as text; the Ops Agent's journald receiver as JSON.
  const marker = JSON.stringify(BOOT_FAILED_MARKER);
  return `resource.type="gce_instance" AND (textPayload:${marker} OR jsonPayload.message:${marker} OR jsonPayload.MESSAGE:${marker})`;
}

export class BootFailureMetric extends pulumi.ComponentResource {
  readonly metric: gcp.logging.Metric;

  constructor(name: string, args: BootFailureMetricArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:BootFailureMetric', name, {}, opts);
    this.metric = new gcp.logging.Metric(
      name,
      {
        project: args.project,
        name: `chorus-boot-failures-${stackLabel(args.stack)}`,
        description: 'Media node boots whose startup script gave up (each is followed by an autohealing recreation)',
        filter: bootFailureLogFilter(),
        metricDescriptor: {
          metricKind: 'DELTA',
          valueType: 'INT64',
          unit: '1',
          labels: [{ key: 'instance', valueType: 'STRING', description: 'The VM whose boot failed' }],
        },
        labelExtractors: { instance: 'EXTRACT(labels."compute.googleapis.com/resource_name")' },
      },
      { parent: this },
    );
    this.registerOutputs({ metric: this.metric.name });
  }
}
