// The shared TURN secret (coturn's static-auth-secret and the media node's
// CHORUS_TURN_SECRET) in Secret Manager. Its value exists only here, as a
// Pulumi secret input of the SecretVersion (encrypted in state); VMs read it
// at boot with their service account.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';

export interface TurnSecretArgs {
  project: string;
  secretId: string;
  value: pulumi.Output<string>;
}

export class TurnSecret extends pulumi.ComponentResource {
  readonly secret: gcp.secretmanager.Secret;
  readonly version: gcp.secretmanager.SecretVersion;
  /** projects/<project>/secrets/<id>: what the startup script asks Secret Manager for. */
  readonly resourceName: pulumi.Output<string>;

  constructor(name: string, args: TurnSecretArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:TurnSecret', name, {}, opts);
    this.secret = new gcp.secretmanager.Secret(
      name,
      {
        project: args.project,
        secretId: args.secretId,
        replication: { auto: {} },
        labels: { 'chorus-role': 'turn-secret' },
      },
      { parent: this },
    );
    this.version = new gcp.secretmanager.SecretVersion(
      name,
      { secret: this.secret.id, secretData: pulumi.secret(args.value) },
      { parent: this, additionalSecretOutputs: ['secretData'] },
    );
    this.resourceName = pulumi.interpolate`projects/${args.project}/secrets/${this.secret.secretId}`;
    this.registerOutputs({ resourceName: this.resourceName });
  }
}
