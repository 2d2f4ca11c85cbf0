// Instance metadata attributes that carry facts from Pulumi to the VM. The
// instance template sets the fleet-wide ones, each node's per-instance config
// sets its own; the startup script reads them from the metadata server at boot.
// Secrets never travel this way: only the secret's resource name does.
export const METADATA_KEYS = {
  /** The node's static external IP: CHORUS_ANNOUNCED_ADDRESS and coturn's external-ip. */
  announcedAddress: 'chorus-announced-address',
  /** <node name>.<domain>: Caddy's certificate name and the TURNS host. */
  publicHost: 'chorus-public-host',
  /** CHORUS_TURN_URLS, rendered by nodeEndpoints.ts. */
  turnUrls: 'chorus-turn-urls',
  firebaseProject: 'chorus-firebase-project',
  region: 'chorus-region',
  /** projects/<project>/secrets/<id>: where the startup script reads the TURN secret. */
  turnSecretName: 'chorus-turn-secret-name',
} as const;

/** Compute Engine runs this attribute as root on every boot. */
export const STARTUP_SCRIPT_KEY = 'startup-script';
