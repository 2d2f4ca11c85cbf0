// Ingress rules for the media nodes. A VPC denies all ingress by default, so
// these rules are the complete list of what the internet can reach: media
// (RTC range), TURN/TURNS, HTTPS/WSS and the ACME challenge. SSH and the media
// node's HTTP port are only open to the ranges that need them.
import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { MEDIA_NODE_TAG } from './names';
import {
  ACME_HTTP_PORT,
  GOOGLE_HEALTH_CHECK_RANGES,
  HTTPS_PORT,
  MEDIA_NODE_HTTP_PORT,
  type PortRange,
  SSH_PORT,
  TURN_PORT,
  TURNS_PORT,
  formatPortRange,
} from './ports';

export const ANYWHERE = '0.0.0.0/0';

export interface FirewallAllow {
  protocol: 'tcp' | 'udp';
  ports: string[];
}

export interface FirewallRuleSpec {
  /** Suffix of the Pulumi resource name. */
  name: string;
  description: string;
  sourceRanges: string[];
  allows: FirewallAllow[];
}

export interface FirewallRuleInputs {
  rtcPorts: PortRange;
  sshSourceRanges: string[];
}

export function mediaNodeFirewallRules(inputs: FirewallRuleInputs): FirewallRuleSpec[] {
  const rtc = formatPortRange(inputs.rtcPorts);
  const turn = [String(TURN_PORT), String(TURNS_PORT)];
  return [
    {
      name: 'rtc',
      description: 'mediasoup ICE/DTLS/SRTP (TCP is the fallback when UDP is blocked)',
      sourceRanges: [ANYWHERE],
      allows: [
        { protocol: 'udp', ports: [rtc] },
        { protocol: 'tcp', ports: [rtc] },
      ],
    },
    {
      name: 'turn',
      description: 'coturn: TURN 3478 (UDP, TCP), TURNS 5349 (TLS over TCP, DTLS over UDP)',
      sourceRanges: [ANYWHERE],
      allows: [
        { protocol: 'udp', ports: turn },
        { protocol: 'tcp', ports: turn },
      ],
    },
    {
      name: 'web',
      description: 'Caddy: HTTPS and WSS on 443, ACME HTTP-01 challenge and redirect on 80',
      sourceRanges: [ANYWHERE],
      allows: [{ protocol: 'tcp', ports: [String(HTTPS_PORT), String(ACME_HTTP_PORT)] }],
    },
    {
      name: 'ssh',
      description: 'SSH from the configured ranges only (default: Identity-Aware Proxy)',
      sourceRanges: inputs.sshSourceRanges,
      allows: [{ protocol: 'tcp', ports: [String(SSH_PORT)] }],
    },
    {
      name: 'health-check',
      description: "Google's health checkers probe the media node's /healthz for autohealing",
      sourceRanges: [...GOOGLE_HEALTH_CHECK_RANGES],
      allows: [{ protocol: 'tcp', ports: [String(MEDIA_NODE_HTTP_PORT)] }],
    },
  ];
}

export interface ChorusFirewallArgs extends FirewallRuleInputs {
  network: pulumi.Input<string>;
}

export class ChorusFirewall extends pulumi.ComponentResource {
  readonly rules: gcp.compute.Firewall[];

  constructor(name: string, args: ChorusFirewallArgs, opts?: pulumi.ComponentResourceOptions) {
    super('chorus:infra:Firewall', name, {}, opts);
    this.rules = mediaNodeFirewallRules(args).map(
      (rule) =>
        new gcp.compute.Firewall(
          `${name}-${rule.name}`,
          {
            network: args.network,
            direction: 'INGRESS',
            description: rule.description,
            sourceRanges: rule.sourceRanges,
            targetTags: [MEDIA_NODE_TAG],
            allows: rule.allows,
          },
          { parent: this },
        ),
    );
    this.registerOutputs({ rules: this.rules.map((rule) => rule.name) });
  }
}
