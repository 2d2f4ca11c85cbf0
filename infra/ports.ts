// Ports and address ranges that the media node, coturn, Caddy and Google's
// infrastructure use. The firewall, the health check and the startup script
// all import them from here so they cannot drift apart.

export interface PortRange {
  min: number;
  max: number;
}

/** The media node's HTTP server: /healthz, /metrics and the /ws WebSocket. */
export const MEDIA_NODE_HTTP_PORT = 3000;

/** mediasoup's default RTC port range (CHORUS_RTC_MIN_PORT / CHORUS_RTC_MAX_PORT). */
export const DEFAULT_RTC_PORTS: PortRange = { min: 40000, max: 49999 };

export const TURN_PORT = 3478;
/** TURN over TLS (TCP) and DTLS (UDP). */
export const TURNS_PORT = 5349;

/**
 * coturn's relay sockets. Relayed media only ever flows between coturn and the
 * mediasoup on the same host (kept on the host by the startup script's
 * hairpin rule), so this range is never opened in the firewall. It is pinned
 * because coturn's default (49152-65535) overlaps mediasoup's default range.
 */
export const TURN_RELAY_PORTS: PortRange = { min: 50000, max: 59999 };

/** coturn's telnet admin CLI. Disabled with no-cli and never opened. */
export const COTURN_CLI_PORT = 5766;

export const HTTPS_PORT = 443;
/** Caddy answers Let's Encrypt HTTP-01 challenges and redirects to HTTPS here. */
export const ACME_HTTP_PORT = 80;
export const SSH_PORT = 22;

/** Where Google's health checkers (autohealing probes) come from. */
export const GOOGLE_HEALTH_CHECK_RANGES: readonly string[] = ['130.211.0.0/22', '35.191.0.0/16'];

/** Identity-Aware Proxy TCP forwarding: `gcloud compute ssh --tunnel-through-iap`. */
export const IAP_TCP_FORWARDING_RANGE = '35.235.240.0/20';

export function formatPortRange(range: PortRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}-${range.max}`;
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.min <= b.max && b.min <= a.max;
}

export function rangeContains(range: PortRange, port: number): boolean {
  return port >= range.min && port <= range.max;
}
