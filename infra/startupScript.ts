// Renders the bash startup script of a media node VM (Debian 12).
//
// Fleet-wide settings are rendered into the script; the per-node facts (static
// IP, host name, TURN URLs) and the project facts (Firebase project, region,
// secret name) are read from instance metadata at boot, and the TURN secret
// from Secret Manager, so the script itself holds nothing secret and one
// instance template serves every node.
//
// Sources: Node.js 20 from NodeSource's node_20.x repository (Debian 12 ships
// Node 18, the repo needs >= 20.19); npm pinned to the repo's npm 11 so that
// package.json's allowScripts policy applies; coturn, Caddy, git, jq and
// nftables from Debian 12.
import { METADATA_KEYS } from './metadataKeys';
import {
  MEDIA_NODE_HTTP_PORT,
  type PortRange,
  TURN_PORT,
  TURN_RELAY_PORTS,
  TURNS_PORT,
} from './ports';

export interface StartupScriptSettings {
  chorusRepo: string;
  chorusRef: string;
  /** The TURN realm. */
  domain: string;
  rtcPorts: PortRange;
  turnTtlSeconds: number;
  logLevel: string;
  /** Omitted from the env file when undefined: the media node then uses its CPU count. */
  numWorkers: number | undefined;
  acmeEmail: string | undefined;
}

/** The npm that the repository's lockfile and allowScripts policy are written for. */
export const NPM_VERSION = '11.19.1';

export const APP_DIR = '/opt/chorus/app';
export const MEDIA_NODE_ENV_FILE = '/etc/chorus/media-node.env';
export const MEDIA_NODE_SERVICE = 'chorus-media-node.service';
const TURN_CERT_DIR = '/etc/coturn/certs';
const TURN_CERT_SYNC = '/usr/local/sbin/chorus-sync-turn-cert';

/**
 * Private and special-purpose ranges coturn must never relay to: without this
 * a TURN user could reach the VPC or the metadata server (169.254.169.254),
 * which hands out the VM's service account token.
 */
const DENIED_PEER_RANGES = [
  '0.0.0.0-0.255.255.255',
  '10.0.0.0-10.255.255.255',
  '100.64.0.0-100.127.255.255',
  '127.0.0.0-127.255.255.255',
  '169.254.0.0-169.254.255.255',
  '172.16.0.0-172.31.255.255',
  '192.0.0.0-192.0.0.255',
  '192.168.0.0-192.168.255.255',
  '198.18.0.0-198.19.255.255',
  '240.0.0.0-255.255.255.255',
  '::1',
  'fc00::-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  'fe80::-febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
];

/** Single-quotes a value for bash. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Copies Caddy's certificate for the node's host name to where coturn (user
 * turnserver) may read it, and restarts coturn when it changed. Runs at boot
 * and from a timer, because Caddy renews certificates on its own.
 */
export function renderTurnCertSyncScript(): string {
  return `#!/usr/bin/env bash
# Installed by the Chorus startup script. Usage: chorus-sync-turn-cert <host>
set -euo pipefail
host="$1"
caddy_certs=/var/lib/caddy/.local/share/caddy/certificates
dest=${TURN_CERT_DIR}
crt="$(find "$caddy_certs" -type f -name "$host.crt" -print -quit 2>/dev/null || true)"
if [ -z "$crt" ]; then
  echo "no certificate for $host from Caddy yet"
  exit 0
fi
key="\${crt%.crt}.key"
if cmp -s "$crt" "$dest/turn.crt" && cmp -s "$key" "$dest/turn.key"; then
  exit 0
fi
install -d -m 0750 -o root -g turnserver "$dest"
install -m 0644 -o root -g turnserver "$crt" "$dest/turn.crt"
install -m 0640 -o root -g turnserver "$key" "$dest/turn.key"
echo "installed the certificate for $host for coturn"
systemctl try-restart coturn.service
`;
}

function mediaNodeUnit(): string {
  return `[Unit]
Description=Chorus media node (mediasoup SFU)
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User=chorus
Group=chorus
WorkingDirectory=${APP_DIR}
EnvironmentFile=${MEDIA_NODE_ENV_FILE}
ExecStart=/usr/bin/npm start -w media-node
Restart=on-failure
RestartSec=5
LimitNOFILE=65536
NoNewPrivileges=yes
PrivateTmp=yes
ProtectSystem=full
ProtectHome=yes

[Install]
WantedBy=multi-user.target`;
}

const RESTART_ON_FAILURE_DROP_IN = `[Service]
Restart=on-failure
RestartSec=5`;

function caddyGlobalOptions(acmeEmail: string | undefined): string {
  return acmeEmail === undefined ? '' : `{\n\temail ${acmeEmail}\n}\n\n`;
}

export function renderStartupScript(settings: StartupScriptSettings): string {
  const workersLine =
    settings.numWorkers === undefined ? '' : `CHORUS_NUM_WORKERS=${settings.numWorkers}\n`;
  const deniedPeers = DENIED_PEER_RANGES.map((range) => `denied-peer-ip=${range}`).join('\n');

  return `#!/usr/bin/env bash
# Chorus media node bootstrap, rendered by infra/startupScript.ts.
# Compute Engine runs it as root on every boot, so every step is idempotent.
# Logs: sudo journalctl -u google-startup-scripts.service
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME="\${HOME:-/root}"

readonly CHORUS_REPO=${shellQuote(settings.chorusRepo)}
readonly CHORUS_REF=${shellQuote(settings.chorusRef)}
readonly NPM_VERSION=${shellQuote(NPM_VERSION)}
readonly HTTP_PORT=${MEDIA_NODE_HTTP_PORT}
readonly RTC_MIN_PORT=${settings.rtcPorts.min}
readonly RTC_MAX_PORT=${settings.rtcPorts.max}
readonly TURN_PORT=${TURN_PORT}
readonly TURNS_PORT=${TURNS_PORT}
readonly TURN_RELAY_MIN_PORT=${TURN_RELAY_PORTS.min}
readonly TURN_RELAY_MAX_PORT=${TURN_RELAY_PORTS.max}
readonly TURN_REALM=${shellQuote(settings.domain)}
readonly TURN_TTL_SECONDS=${settings.turnTtlSeconds}
readonly LOG_LEVEL=${shellQuote(settings.logLevel)}
readonly APP_DIR=${APP_DIR}
readonly ENV_FILE=${MEDIA_NODE_ENV_FILE}
readonly TURN_CERT_DIR=${TURN_CERT_DIR}
readonly TURN_CERT_SYNC=${TURN_CERT_SYNC}

# Progress goes to stderr: functions whose stdout is captured also log.
log() { echo "chorus-startup: $*" >&2; }
die() { echo "chorus-startup: ERROR: $*" >&2; exit 1; }

metadata() {
  curl -fsS --retry 10 --retry-connrefused --retry-delay 2 \\
    -H 'Metadata-Flavor: Google' \\
    "http://metadata.google.internal/computeMetadata/v1/$1"
}
attribute() { metadata "instance/attributes/$1"; }

# Retries a command for about five minutes: IAM grants and DNS take a while to
# propagate after \`pulumi up\`.
retry() {
  local attempt
  for attempt in $(seq 1 30); do
    if "$@"; then return 0; fi
    log "attempt $attempt of '$1' failed; retrying in 10s"
    sleep 10
  done
  return 1
}

# First boot races unattended-upgrades for the dpkg lock: wait for it.
apt_get() { apt-get -o DPkg::Lock::Timeout=600 "$@"; }

read_instance_facts() {
  ANNOUNCED_ADDRESS="$(attribute ${METADATA_KEYS.announcedAddress})"
  PUBLIC_HOST="$(attribute ${METADATA_KEYS.publicHost})"
  TURN_URLS="$(attribute ${METADATA_KEYS.turnUrls})"
  FIREBASE_PROJECT="$(attribute ${METADATA_KEYS.firebaseProject})"
  REGION="$(attribute ${METADATA_KEYS.region})"
  TURN_SECRET_NAME="$(attribute ${METADATA_KEYS.turnSecretName})"
  PRIVATE_ADDRESS="$(metadata instance/network-interfaces/0/ip)"
  local attached_address
  attached_address="$(metadata instance/network-interfaces/0/access-configs/0/external-ip)"
  [[ "$ANNOUNCED_ADDRESS" =~ ^[0-9]{1,3}(\\.[0-9]{1,3}){3}$ ]] \\
    || die "metadata ${METADATA_KEYS.announcedAddress}='$ANNOUNCED_ADDRESS' is not an IPv4 address"
  # Announcing an address the VM does not answer on would break every call.
  [ "$attached_address" = "$ANNOUNCED_ADDRESS" ] \\
    || die "the static IP $ANNOUNCED_ADDRESS is not attached to this VM (its external IP is '$attached_address')"
  log "node $PUBLIC_HOST announces $ANNOUNCED_ADDRESS (private $PRIVATE_ADDRESS), region $REGION"
}

install_packages() {
  # Debian starts daemons on install, and coturn's stock config has no
  # authentication: keep every new daemon stopped until it is configured.
  printf '#!/bin/sh\\nexit 101\\n' > /usr/sbin/policy-rc.d
  chmod 0755 /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  retry apt_get update -q
  apt_get install -y -q --no-install-recommends ca-certificates curl gnupg git jq nftables coturn caddy
  if ! node --version 2>/dev/null | grep -q '^v20\\.'; then
    install -d -m 0755 /etc/apt/keyrings
    curl -fsSL --retry 5 https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key \\
      | gpg --dearmor --yes -o /etc/apt/keyrings/nodesource.gpg
    echo 'deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_20.x nodistro main' \\
      > /etc/apt/sources.list.d/nodesource.list
    retry apt_get update -q
    apt_get install -y -q nodejs
  fi
  rm -f /usr/sbin/policy-rc.d
  trap - EXIT
  if [ "$(npm --version)" != "$NPM_VERSION" ]; then
    npm install -g --no-audit --no-fund "npm@$NPM_VERSION"
  fi
  log "node $(node --version), npm $(npm --version)"
}

# Keep the kernel from handing mediasoup's and coturn's ports to outgoing
# connections; both bind them explicitly.
reserve_media_ports() {
  echo "net.ipv4.ip_local_reserved_ports = $RTC_MIN_PORT-$RTC_MAX_PORT,$TURN_RELAY_MIN_PORT-$TURN_RELAY_MAX_PORT" \\
    > /etc/sysctl.d/60-chorus-media-ports.conf
  sysctl -q -p /etc/sysctl.d/60-chorus-media-ports.conf
}

# coturn relays to mediasoup at the node's public address, which the VM does
# not own (Google's 1:1 NAT does). Rewriting it to the private address keeps
# relayed media on the host instead of depending on hairpinning through the
# NAT, so coturn's relay ports need no firewall rule.
keep_turn_relay_on_host() {
  nft -f - <<EOF
table ip chorus_turn_hairpin
delete table ip chorus_turn_hairpin
table ip chorus_turn_hairpin {
  chain output {
    type nat hook output priority -100; policy accept;
    ip daddr $ANNOUNCED_ADDRESS dnat to $PRIVATE_ADDRESS
  }
}
EOF
}

# Prints the secret only when the whole exchange succeeded. The token goes to
# curl on stdin, not on its command line, where \`ps\` would show it.
fetch_turn_secret() {
  local token secret
  token="$(metadata instance/service-accounts/default/token | jq -er .access_token)" || return 1
  secret="$(printf 'header = "Authorization: Bearer %s"\\n' "$token" \\
    | curl -fsS --config - "https://secretmanager.googleapis.com/v1/$TURN_SECRET_NAME/versions/latest:access" \\
    | jq -er .payload.data | base64 --decode)" || return 1
  printf '%s' "$secret"
}

read_turn_secret() {
  TURN_SECRET="$(retry fetch_turn_secret)" || die "cannot read $TURN_SECRET_NAME from Secret Manager"
  # The secret goes into an EnvironmentFile and turnserver.conf: no quotes or spaces.
  [[ "$TURN_SECRET" =~ ^[A-Za-z0-9._~+/=-]{16,}$ ]] \\
    || die "the TURN secret must be 16+ characters of A-Z a-z 0-9 . _ ~ + / = - (e.g. openssl rand -hex 32)"
}

fetch_source() {
  git -C "$APP_DIR" fetch -q --depth 1 origin "$CHORUS_REF"
}

install_media_node() {
  id -u chorus >/dev/null 2>&1 \\
    || useradd --system --user-group --home-dir /var/lib/chorus --create-home --shell /usr/sbin/nologin chorus
  install -d -m 0755 "$APP_DIR"
  [ -d "$APP_DIR/.git" ] || git -C "$APP_DIR" init -q
  git -C "$APP_DIR" remote remove origin 2>/dev/null || true
  git -C "$APP_DIR" remote add origin "$CHORUS_REPO"
  retry fetch_source || die "cannot fetch $CHORUS_REF from $CHORUS_REPO"
  git -C "$APP_DIR" checkout -q --force --detach FETCH_HEAD
  local revision
  revision="$(git -C "$APP_DIR" rev-parse HEAD)"
  if [ "$(cat "$APP_DIR/.chorus-installed" 2>/dev/null || true)" = "$revision" ]; then
    log "media node $revision already installed"
    return 0
  fi
  log "installing the media node at $CHORUS_REF ($revision)"
  # As root, so that the postinstall can apt-get the worker's build
  # dependencies when mediasoup's prebuilt worker cannot be downloaded.
  (cd "$APP_DIR" && npm ci --no-audit --no-fund)
  # The media node serves the web client (web/dist) on the same origin.
  (cd "$APP_DIR" && npm run build --if-present)
  echo "$revision" > "$APP_DIR/.chorus-installed"
}

write_media_node_env() {
  install -d -m 0755 /etc/chorus
  install -m 0640 -o root -g chorus /dev/null "$ENV_FILE"
  cat > "$ENV_FILE" <<EOF
CHORUS_HTTP_PORT=$HTTP_PORT
CHORUS_HTTP_HOST=0.0.0.0
CHORUS_LISTEN_IP=0.0.0.0
CHORUS_ANNOUNCED_ADDRESS=$ANNOUNCED_ADDRESS
CHORUS_RTC_MIN_PORT=$RTC_MIN_PORT
CHORUS_RTC_MAX_PORT=$RTC_MAX_PORT
${workersLine}CHORUS_TURN_SECRET=$TURN_SECRET
CHORUS_TURN_URLS=$TURN_URLS
CHORUS_TURN_TTL_SECONDS=$TURN_TTL_SECONDS
CHORUS_FIREBASE_PROJECT=$FIREBASE_PROJECT
CHORUS_REGION=$REGION
CHORUS_LOG_LEVEL=$LOG_LEVEL
EOF
}

start_media_node() {
  cat > /etc/systemd/system/${MEDIA_NODE_SERVICE} <<'EOF'
${mediaNodeUnit()}
EOF
  systemctl daemon-reload
  systemctl enable ${MEDIA_NODE_SERVICE}
  systemctl restart ${MEDIA_NODE_SERVICE}
}

start_caddy() {
  cat > /etc/caddy/Caddyfile <<EOF
# Written by the Chorus startup script at every boot.
${caddyGlobalOptions(settings.acmeEmail)}$PUBLIC_HOST {
	# Metrics stay on the host: the Ops Agent scrapes them on localhost.
	@metrics path /metrics /metrics/*
	respond @metrics 404
	reverse_proxy 127.0.0.1:$HTTP_PORT
}
EOF
  install -d /etc/systemd/system/caddy.service.d
  cat > /etc/systemd/system/caddy.service.d/chorus.conf <<'EOF'
${RESTART_ON_FAILURE_DROP_IN}
EOF
  systemctl daemon-reload
  systemctl enable caddy.service
  systemctl restart caddy.service
}

configure_coturn() {
  install -d -m 0750 -o root -g turnserver "$TURN_CERT_DIR"
  install -m 0640 -o root -g turnserver /dev/null /etc/turnserver.conf
  cat > /etc/turnserver.conf <<EOF
# Written by the Chorus startup script at every boot.
listening-ip=$PRIVATE_ADDRESS
relay-ip=$PRIVATE_ADDRESS
external-ip=$ANNOUNCED_ADDRESS/$PRIVATE_ADDRESS
listening-port=$TURN_PORT
tls-listening-port=$TURNS_PORT
min-port=$TURN_RELAY_MIN_PORT
max-port=$TURN_RELAY_MAX_PORT
realm=$TURN_REALM
use-auth-secret
static-auth-secret=$TURN_SECRET
fingerprint
cert=$TURN_CERT_DIR/turn.crt
pkey=$TURN_CERT_DIR/turn.key
no-tlsv1
no-tlsv1_1
no-cli
no-tcp-relay
no-multicast-peers
${deniedPeers}
syslog
simple-log
EOF
  install -d /etc/systemd/system/coturn.service.d
  cat > /etc/systemd/system/coturn.service.d/chorus.conf <<'EOF'
${RESTART_ON_FAILURE_DROP_IN}
EOF
  cat > "$TURN_CERT_SYNC" <<'EOF'
${renderTurnCertSyncScript().trimEnd()}
EOF
  chmod 0755 "$TURN_CERT_SYNC"
  cat > /etc/systemd/system/chorus-sync-turn-cert.service <<EOF
[Unit]
Description=Give coturn the TLS certificate Caddy obtained for $PUBLIC_HOST

[Service]
Type=oneshot
ExecStart=$TURN_CERT_SYNC $PUBLIC_HOST
EOF
  cat > /etc/systemd/system/chorus-sync-turn-cert.timer <<'EOF'
[Unit]
Description=Pick up Caddy's certificate renewals for coturn

[Timer]
OnBootSec=5min
OnUnitActiveSec=6h

[Install]
WantedBy=timers.target
EOF
  systemctl daemon-reload
}

turn_certificate_installed() {
  "$TURN_CERT_SYNC" "$PUBLIC_HOST" >/dev/null && [ -s "$TURN_CERT_DIR/turn.crt" ]
}

start_coturn() {
  # TURNS needs Caddy's certificate, which needs the DNS record: wait for it a
  # while, then start plain TURN anyway; the timer installs it later.
  retry turn_certificate_installed \\
    || log "no certificate for $PUBLIC_HOST yet: does its DNS A record point to $ANNOUNCED_ADDRESS? TURNS starts once it exists"
  systemctl enable coturn.service chorus-sync-turn-cert.timer
  systemctl restart coturn.service
  systemctl start chorus-sync-turn-cert.timer
}

# Ships the journal to Cloud Logging and /metrics to Cloud Monitoring (the
# service account's logWriter and metricWriter roles exist for this agent).
install_ops_agent() {
  if ! dpkg -s google-cloud-ops-agent >/dev/null 2>&1; then
    curl -fsSL https://dl.google.com/cloudagents/add-google-cloud-ops-agent-repo.sh \\
      -o /tmp/add-google-cloud-ops-agent-repo.sh || return 1
    bash /tmp/add-google-cloud-ops-agent-repo.sh --also-install || return 1
  fi
  cat > /etc/google-cloud-ops-agent/config.yaml <<EOF || return 1
logging:
  receivers:
    journald:
      type: systemd_journald
  service:
    pipelines:
      journald:
        receivers: [journald]
metrics:
  receivers:
    chorus_media_node:
      type: prometheus
      config:
        scrape_configs:
          - job_name: chorus-media-node
            scrape_interval: 60s
            metrics_path: /metrics
            static_configs:
              - targets: ['localhost:$HTTP_PORT']
  service:
    pipelines:
      chorus_media_node:
        receivers: [chorus_media_node]
EOF
  systemctl restart google-cloud-ops-agent.service
}

main() {
  read_instance_facts
  install_packages
  reserve_media_ports
  keep_turn_relay_on_host
  read_turn_secret
  install_media_node
  write_media_node_env
  start_media_node
  start_caddy
  configure_coturn
  start_coturn
  install_ops_agent || log "WARNING: the Ops Agent is not running; logs and metrics stay on the VM"
  log "ready: https://$PUBLIC_HOST (TURN urls: $TURN_URLS)"
}

main "$@"
`;
}
