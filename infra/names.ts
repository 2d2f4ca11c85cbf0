// Names of cloud resources that must be predictable (instance names are the
// nodes' host names; the secret and the service account are looked up by id).
// Everything else is auto-named by Pulumi.

/** Network tag that the firewall rules target. */
export const MEDIA_NODE_TAG = 'chorus-media-node';

/** Label on every media node VM; the scale-out alert filters on it. */
export const MEDIA_NODE_ROLE_LABEL = { key: 'chorus-role', value: 'media-node' } as const;
export const STACK_LABEL_KEY = 'chorus-stack';

/** `media-1`, `media-2`, ...: the VM name and the first label of its host name. */
export function mediaNodeNames(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);
}

export function mediaNodeHost(nodeName: string, domain: string): string {
  return `${nodeName}.${domain}`;
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Secret Manager id, one per stack so that several stacks can share a project. */
export function turnSecretId(stack: string): string {
  return `chorus-turn-secret-${slug(stack)}`.slice(0, 255);
}

/** Label values are at most 63 lowercase letters, digits, '-' and '_'. */
export function stackLabel(stack: string): string {
  return stack
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .slice(0, 63);
}

/** Service account ids are 6-30 characters: [a-z][-a-z0-9]*[a-z0-9]. */
export function serviceAccountId(stack: string): string {
  return `chorus-media-${slug(stack)}`.slice(0, 30).replace(/-+$/, '');
}
