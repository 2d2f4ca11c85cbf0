#!/usr/bin/env bash
# Provides node_modules/mediasoup/worker/out/Release/mediasoup-worker.
#
# Order of preference:
#   1. MEDIASOUP_WORKER_BIN already set by the user: nothing to do.
#   2. A worker already installed for this mediasoup version and recipe.
#   3. The per-user cache (~/.cache/mediasoup-worker/<version>-<recipe hash>).
#   4. mediasoup's prebuilt worker download (fetch-prebuilt.mjs), which works
#      on machines with internet access. Skipped with CHORUS_WORKER_SKIP_PREBUILT=1.
#   5. A local build from the npm tarball's sources against Debian's libraries,
#      with the stand-ins and patches beside this script.
# Runs as the root package's postinstall, so `npm ci` reuses the cache.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
log() { echo "[mediasoup-worker] $*"; }
die() { echo "[mediasoup-worker] ERROR: $*" >&2; exit 1; }

if [ -n "${MEDIASOUP_WORKER_BIN:-}" ]; then
  [ -x "$MEDIASOUP_WORKER_BIN" ] || die "MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN is not an executable file"
  log "using MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN"; exit 0
fi

MS_DIR="$PROJECT/node_modules/mediasoup"
[ -f "$MS_DIR/package.json" ] || die "mediasoup is not installed in $MS_DIR; run npm ci first"
MS_VERSION="$(node -p "require('$MS_DIR/package.json').version")"
DEST="$MS_DIR/worker/out/Release/mediasoup-worker"
# Bump RECIPE_REVISION when the build commands below change the binary.
RECIPE_REVISION=1
RECIPE_HASH="$(cd "$HERE" && { echo "$RECIPE_REVISION"; cat prepare-worker.sh; find shims -type f -print0 | sort -z | xargs -0 cat; } | sha256sum | cut -c1-12)"
KEY="$MS_VERSION-$RECIPE_HASH"
CACHE_ROOT="${MEDIASOUP_WORKER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mediasoup-worker}"
CACHE_DIR="$CACHE_ROOT/$KEY"

install_from() {
  mkdir -p "$(dirname "$DEST")"
  cp "$1" "$DEST.tmp" && chmod +x "$DEST.tmp" && mv "$DEST.tmp" "$DEST"
  echo "$2" > "$DEST.key"
}

PREBUILT_KEY="$MS_VERSION-prebuilt"
installed_key="$(cat "$DEST.key" 2>/dev/null || true)"
if [ -x "$DEST" ] && { [ "$installed_key" = "$KEY" ] || [ "$installed_key" = "$PREBUILT_KEY" ]; }; then
  log "already installed ($installed_key)"; exit 0
fi
for key in "$KEY" "$PREBUILT_KEY"; do
  if [ -x "$CACHE_ROOT/$key/mediasoup-worker" ]; then
    install_from "$CACHE_ROOT/$key/mediasoup-worker" "$key"
    log "installed from cache $CACHE_ROOT/$key"; exit 0
  fi
done

# mediasoup's normal path: a prebuilt worker from its release page. It only
# works with internet access, so try it briefly and fall back to building.
if [ "${CHORUS_WORKER_SKIP_PREBUILT:-0}" != 1 ]; then
  log "trying mediasoup's prebuilt worker download"
  if node "$HERE/fetch-prebuilt.mjs" "$MS_DIR" "$DEST"; then
    echo "$PREBUILT_KEY" > "$DEST.key"
    mkdir -p "$CACHE_ROOT/$PREBUILT_KEY" && cp "$DEST" "$CACHE_ROOT/$PREBUILT_KEY/mediasoup-worker"
    log "prebuilt worker installed"; exit 0
  fi
  rm -f "$DEST"
  log "prebuilt download unavailable; building from source against Debian's libraries"
fi

APT_PKGS=(meson ninja-build pkg-config g++ libssl-dev libuv1-dev libsrtp2-dev libusrsctp-dev libabsl-dev flatbuffers-compiler libflatbuffers-dev binutils)
missing=0
for t in meson ninja flatc pkg-config c++ strip; do command -v "$t" >/dev/null || missing=1; done
if [ $missing = 0 ]; then
  pkg-config --exists openssl libuv libsrtp2 usrsctp flatbuffers absl_flat_hash_map absl_strings || missing=1
fi
if [ $missing = 1 ]; then
  if [ "$(id -u)" = 0 ] && [ "${CHORUS_NO_APT:-0}" != 1 ]; then
    log "installing Debian build dependencies: ${APT_PKGS[*]}"
    (DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PKGS[@]}" \
      || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PKGS[@]}"; }) >/dev/null
  else
    die "missing build dependencies. Run as root: apt-get update && apt-get install -y ${APT_PKGS[*]}"
  fi
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chorus-worker-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp -r "$MS_DIR/worker" "$WORK/worker"
rm -rf "$WORK/worker/out" "$WORK/worker/prebuild"
bash "$HERE/prepare-worker.sh" "$WORK/worker"
OPTS=(--buildtype=release)
if grep -q "ms_disable_liburing" "$WORK/worker/meson_options.txt"; then OPTS+=(-Dms_disable_liburing=true); fi
log "building the mediasoup $MS_VERSION worker; this takes 6 to 10 minutes on 2 cores, once"
start=$(date +%s)
(cd "$WORK/worker" && meson setup "$WORK/build" "${OPTS[@]}" >"$WORK/setup.log" 2>&1) || { cat "$WORK/setup.log" >&2; die "meson setup failed"; }
# mediasoup <= 3.19 races on its generated FlatBuffers headers; generate them first.
meson compile -C "$WORK/build" flatbuffers-generator >/dev/null 2>&1 || true
ninja -C "$WORK/build" -j"$(nproc)" mediasoup-worker >"$WORK/ninja.log" 2>&1 || { tail -50 "$WORK/ninja.log" >&2; die "worker compilation failed"; }
strip "$WORK/build/mediasoup-worker"
"$WORK/build/mediasoup-worker" --version >/dev/null 2>&1 || true
mkdir -p "$CACHE_DIR"
cp "$WORK/build/mediasoup-worker" "$CACHE_DIR/mediasoup-worker.tmp" && mv "$CACHE_DIR/mediasoup-worker.tmp" "$CACHE_DIR/mediasoup-worker"
install_from "$CACHE_DIR/mediasoup-worker" "$KEY"
log "built in $(( $(date +%s) - start ))s, cached in $CACHE_DIR"
