// Optional: A records <node>.<domain> -> static IP in a Cloud DNS zone the
// user already has (config dnsZone). Without it, the stack output
// dnsRecordsToCreate lists the records to create at the DNS provider.
// Caddy cannot obtain a certificate, and TURNS cannot start, until they exist.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import type { MediaNode } from './mediaNodeGroup';

export const DNS_TTL_SECONDS = 300;

export interface MediaNodeDnsRecordsArgs {
  managedZone: string;
  nodes: MediaNode[];
}

export class MediaNodeDnsRecords extends pulumi.ComponentResource {
  readonly records: gcp.dns.RecordSet[];

  constructor(name: string, args: MediaNodeDnsRecordsArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:MediaNodeDnsRecords', name, {}, opts);
    this.records = args.nodes.map(
      (node) =>
        new gcp.dns.RecordSet(
          `${name}-${node.name}`,
          {
            managedZone: args.managedZone,
            name: `${node.host}.`,
            type: 'A',
            ttl: DNS_TTL_SECONDS,
            rrdatas: [node.address.address],
          },
          { parent: this },
        ),
    );
    this.registerOutputs({});
  }
}

/** Zone-file lines for the records the user creates when Cloud DNS is not used. */
export function dnsRecordLine(host: string, address: string): string {
  return `${host}. ${DNS_TTL_SECONDS} IN A ${address}`;
}
