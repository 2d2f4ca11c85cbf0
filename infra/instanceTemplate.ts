// What every media node VM looks like. One template serves the whole fleet:
// the per-node facts (static IP, host name) come from each node's
// per-instance config, so a template change rolls through the nodes one by
// one instead of one template and group per node.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { diskTypeFor, mediaNodeImageFor } from './machineSeries';
import { METADATA_KEYS, STARTUP_SCRIPT_KEY } from './metadataKeys';
import { MEDIA_NODE_ROLE_LABEL, MEDIA_NODE_TAG, STACK_LABEL_KEY, stackLabel } from './names';
import { STATE_DISK_DEVICE, type StartupScriptSettings, renderStartupScript } from './startupScript';

/** node_modules plus a mediasoup worker built from source fit with room for logs. */
export const BOOT_DISK_SIZE_GB = 20;
/** Certificates, the npm cache and cached mediasoup workers: well under 10 GB. */
export const STATE_DISK_SIZE_GB = 10;

export interface MediaNodeTemplateArgs {
  stack: string;
  machineType: string;
  region: string;
  firebaseProject: string;
  subnetwork: pulumi.Input<string>;
  serviceAccountEmail: pulumi.Input<string>;
  turnSecretName: pulumi.Input<string>;
  startupScript: StartupScriptSettings;
}

export class MediaNodeTemplate extends pulumi.ComponentResource {
  readonly template: gcp.compute.InstanceTemplate;

  constructor(name: string, args: MediaNodeTemplateArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:MediaNodeTemplate', name, {}, opts);
    this.template = new gcp.compute.InstanceTemplate(
      name,
      {
        description: `Chorus media node ${args.startupScript.chorusRef.slice(0, 12)}: mediasoup SFU, coturn and Caddy on Debian 12`,
        machineType: args.machineType,
        tags: [MEDIA_NODE_TAG],
        labels: {
          [MEDIA_NODE_ROLE_LABEL.key]: MEDIA_NODE_ROLE_LABEL.value,
          [STACK_LABEL_KEY]: stackLabel(args.stack),
        },
        disks: [
          {
            boot: true,
            autoDelete: true,
            sourceImage: mediaNodeImageFor(args.machineType),
            diskSizeGb: BOOT_DISK_SIZE_GB,
            diskType: diskTypeFor(args.machineType),
          },
          {
            // A blank disk the group keeps per node across recreation (its
            // stateful policy); the startup script formats it once.
            deviceName: STATE_DISK_DEVICE,
            autoDelete: false,
            diskSizeGb: STATE_DISK_SIZE_GB,
            diskType: diskTypeFor(args.machineType),
          },
        ],
        networkInterfaces: [
          {
            subnetwork: args.subnetwork,
            // An ephemeral access config that the group's stateful policy
            // replaces with the node's reserved address.
            accessConfigs: [{ networkTier: 'PREMIUM' }],
          },
        ],
        serviceAccount: {
          email: args.serviceAccountEmail,
          // Secret Manager only accepts the cloud-platform scope; what the VM
          // may do is limited by the service account's IAM roles instead.
          scopes: ['cloud-platform'],
        },
        shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
        metadata: {
          [STARTUP_SCRIPT_KEY]: renderStartupScript(args.startupScript),
          // SSH keys come from IAM (roles/compute.osAdminLogin), not from metadata.
          'enable-oslogin': 'TRUE',
          // The startup script reports each boot's outcome as a guest attribute.
          'enable-guest-attributes': 'TRUE',
          [METADATA_KEYS.firebaseProject]: args.firebaseProject,
          [METADATA_KEYS.region]: args.region,
          [METADATA_KEYS.turnSecretName]: args.turnSecretName,
        },
      },
      { parent: this },
    );
    this.registerOutputs({ template: this.template.selfLink });
  }
}
