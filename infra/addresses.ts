// One reserved external IP per media node. The address outlives the VM (it is
// a stateful IP of the instance group), so the DNS record, the address
// mediasoup announces and coturn's external-ip stay valid across autohealing,
// updates and reboots.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';

export interface MediaNodeAddressesArgs {
  region: string;
  nodeNames: string[];
}

export class MediaNodeAddresses extends pulumi.ComponentResource {
  /** Keyed by node name. */
  readonly byNode: ReadonlyMap<string, gcp.compute.Address>;

  constructor(name: string, args: MediaNodeAddressesArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:MediaNodeAddresses', name, {}, opts);
    this.byNode = new Map(
      args.nodeNames.map((nodeName) => [
        nodeName,
        new gcp.compute.Address(
          `${name}-${nodeName}`,
          {
            region: args.region,
            addressType: 'EXTERNAL',
            // Must match the tier of the instance template's access config.
            networkTier: 'PREMIUM',
            description: `Static IP of Chorus media node ${nodeName}`,
          },
          { parent: this },
        ),
      ]),
    );
    this.registerOutputs({});
  }
}
