#!/usr/bin/env bash
# Brings a fresh clone (or a stale one) to a runnable state. Idempotent and fast when nothing is missing:
#   - Debian packages the stack and its tests run (as root: installed; otherwise: the exact command is printed);
#   - npm packages from the lockfile (npm ci), whose postinstall provides the mediasoup worker;
#   - the mediasoup worker itself (cached under ~/.cache/mediasoup-worker).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log() { echo "[setup] $*"; }

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 24 ]; then
  log "Node.js 24 or newer is needed (found $(node --version)); run through scripts/with-node.sh, as npm start and npm test do"
  exit 1
fi

# Runtime and test tools from Debian. The worker's build dependencies are handled by build-worker.sh,
# only when the worker has to be compiled.
declare -A wanted=(
  [coturn]=turnserver
  [chromium]=chromium
  [shellcheck]=shellcheck
  [iproute2]=ip
  [util-linux]=unshare
  [espeak-ng]=espeak-ng
  [sox]=sox
  # flatc: tests/integration/workerFbs.test.ts regenerates the patched worker's FlatBuffers TypeScript.
  [flatbuffers-compiler]=flatc
  # The Firestore emulator runs on Java (17 is what firebase-tools@14 accepts); jar wraps Debian's
  # emulator JAR when Google's download is unreachable (scripts/firebase/firestore-emulator.sh).
  [openjdk-17-jdk-headless]=jar
)
missing=()
for pkg in "${!wanted[@]}"; do
  command -v "${wanted[$pkg]}" >/dev/null 2>&1 || missing+=("$pkg")
done
# Runtime libraries of a worker built against Debian's libraries.
for lib in libuv1 libabsl20220623 libssl3; do
  dpkg -s "$lib" >/dev/null 2>&1 || missing+=("$lib")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && [ "${CHORUS_NO_APT:-0}" != 1 ]; then
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
  else
    log "missing Debian packages: ${missing[*]}"
    log "install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  fi
fi

# npm ci when node_modules is absent or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
else
  bash scripts/mediasoup-worker/build-worker.sh
fi
