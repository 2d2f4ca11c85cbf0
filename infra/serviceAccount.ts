// The media nodes' identity, with only what a node does: read and write
// Firestore, read users in Firebase Auth (a revoked user's sessions end, which
// needs the user's record, not only Google's public keys), read the TURN secret (that one secret, not every secret in the
// project), and ship logs and metrics. No editor/owner or project-wide admin.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';

export const FIRESTORE_ROLE = 'roles/datastore.user';
export const AUTH_VIEWER_ROLE = 'roles/firebaseauth.viewer';
export const SECRET_ACCESSOR_ROLE = 'roles/secretmanager.secretAccessor';
export const LOG_WRITER_ROLE = 'roles/logging.logWriter';
export const METRIC_WRITER_ROLE = 'roles/monitoring.metricWriter';

export interface MediaNodeServiceAccountArgs {
  project: string;
  /** Firestore lives in the Firebase project, which may differ from the VMs' project. */
  firebaseProject: string;
  accountId: string;
  /** The TURN secret, the only secret the nodes may read. */
  turnSecretId: pulumi.Input<string>;
}

export class MediaNodeServiceAccount extends pulumi.ComponentResource {
  readonly account: gcp.serviceaccount.Account;
  readonly email: pulumi.Output<string>;
  readonly secretAccess: gcp.secretmanager.SecretIamMember;

  constructor(name: string, args: MediaNodeServiceAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:MediaNodeServiceAccount', name, {}, opts);
    this.account = new gcp.serviceaccount.Account(
      name,
      {
        project: args.project,
        accountId: args.accountId,
        displayName: 'Chorus media node',
        description: 'Runs the Chorus media nodes: Firestore, Auth users (read), the TURN secret, logs and metrics',
      },
      { parent: this },
    );
    this.email = this.account.email;
    const member = pulumi.interpolate`serviceAccount:${this.account.email}`;

    const projectGrants: Array<[string, string, string]> = [
      ['firestore', args.firebaseProject, FIRESTORE_ROLE],
      ['auth-viewer', args.firebaseProject, AUTH_VIEWER_ROLE],
      ['log-writer', args.project, LOG_WRITER_ROLE],
      ['metric-writer', args.project, METRIC_WRITER_ROLE],
    ];
    for (const [suffix, project, role] of projectGrants) {
      new gcp.projects.IAMMember(`${name}-${suffix}`, { project, role, member }, { parent: this });
    }
    this.secretAccess = new gcp.secretmanager.SecretIamMember(
      `${name}-turn-secret`,
      { project: args.project, secretId: args.turnSecretId, role: SECRET_ACCESSOR_ROLE, member },
      { parent: this },
    );
    this.registerOutputs({ email: this.email });
  }
}
