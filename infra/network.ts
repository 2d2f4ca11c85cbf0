// A dedicated VPC for the media nodes, so that the firewall rules below are
// the only ingress there is (a project's "default" network allows SSH and RDP
// from anywhere).
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';

/** Only the media nodes live here; 256 addresses is plenty for nodeCount <= 50. */
export const MEDIA_SUBNET_RANGE = '10.40.0.0/24';

export interface ChorusNetworkArgs {
  region: string;
}

export class ChorusNetwork extends pulumi.ComponentResource {
  readonly network: gcp.compute.Network;
  readonly subnetwork: gcp.compute.Subnetwork;

  constructor(name: string, args: ChorusNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:Network', name, {}, opts);
    this.network = new gcp.compute.Network(name, { autoCreateSubnetworks: false, description: 'Chorus media nodes' }, { parent: this });
    this.subnetwork = new gcp.compute.Subnetwork(
      name,
      {
        network: this.network.id,
        region: args.region,
        ipCidrRange: MEDIA_SUBNET_RANGE,
        // Reach Google APIs (Firestore, Secret Manager) without leaving Google's network.
        privateIpGoogleAccess: true,
      },
      { parent: this },
    );
    this.registerOutputs({ network: this.network.id, subnetwork: this.subnetwork.id });
  }
}
