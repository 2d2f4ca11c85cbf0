#!/usr/bin/env bash
# Provides node_modules/mediasoup/worker/out/Release/mediasoup-worker.
#
# Order of preference:
#   1. MEDIASOUP_WORKER_BIN already set by the user: nothing to do.
#   2. A worker already installed for this mediasoup version and recipe.
#   3. The per-user cache (~/.cache/mediasoup-worker/<key>).
#   4. mediasoup's prebuilt worker download (fetch-prebuilt.mjs), which works
#      on machines with internet access. Skipped with CHORUS_WORKER_SKIP_PREBUILT=1.
#      A stock worker lacks Chorus's consumer switch (patches/), so the media
#      node then plays the live edge from Node too, at a lower viewer capacity.
#   5. A local build from the npm tarball's sources against Debian's libraries,
#      with the stand-ins and patches beside this script (among them Chorus's
#      consumer switch), and libsrtp rebuilt with OpenSSL and linked statically
#      (build-libsrtp.sh).
# Runs as the root package's postinstall, so `npm ci` reuses the cache.
#
# CHORUS_WORKER_SRTP=debian selects the variant linked to Debian's NSS-based
# libsrtp2 instead, which carries about half the viewers; it exists to measure
# that difference (tests/bench/directFanout.ts) and has its own cache key.
# --print-path: make sure the selected variant is cached, print the path of
# the cached binary and install nothing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
log() { echo "[mediasoup-worker] $*" >&2; }
die() { echo "[mediasoup-worker] ERROR: $*" >&2; exit 1; }
PRINT_PATH=0
[ "${1:-}" = --print-path ] && PRINT_PATH=1

if [ -n "${MEDIASOUP_WORKER_BIN:-}" ] && [ $PRINT_PATH = 0 ]; then
  [ -x "$MEDIASOUP_WORKER_BIN" ] || die "MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN is not an executable file"
  log "using MEDIASOUP_WORKER_BIN=$MEDIASOUP_WORKER_BIN"; exit 0
fi

MS_DIR="$PROJECT/node_modules/mediasoup"
[ -f "$MS_DIR/package.json" ] || die "mediasoup is not installed in $MS_DIR; run npm ci first"
MS_VERSION="$(node -p "require('$MS_DIR/package.json').version")"
DEST="$MS_DIR/worker/out/Release/mediasoup-worker"
SRTP="${CHORUS_WORKER_SRTP:-openssl}"
case "$SRTP" in
  openssl)
    # The Debian version of libsrtp2 whose source build-libsrtp.sh rebuilds;
    # none off Debian, where only the prebuilt download can serve.
    SRTP_VERSION="$(apt-cache policy libsrtp2-1 2>/dev/null | awk '/Candidate:/ && $2 != "(none)" { print $2 }' || true)"
    SRTP_TAG="srtp-openssl-${SRTP_VERSION:-unavailable}" ;;
  debian) SRTP_TAG="srtp-debian" ;;
  *) die "CHORUS_WORKER_SRTP must be openssl or debian, not '$SRTP'" ;;
esac
# Bump RECIPE_REVISION when the build commands below change the binary.
RECIPE_REVISION=2
RECIPE_HASH="$(cd "$HERE" && { echo "$RECIPE_REVISION"; cat prepare-worker.sh build-libsrtp.sh; find shims patches -type f -print0 | sort -z | xargs -0 cat; } | sha256sum | cut -c1-12)"
KEY="$MS_VERSION-$SRTP_TAG-$RECIPE_HASH"
CACHE_ROOT="${MEDIASOUP_WORKER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mediasoup-worker}"
CACHE_DIR="$CACHE_ROOT/$KEY"
# mediasoup's prebuilt worker links its own libsrtp with OpenSSL statically,
# so it stands in for the OpenSSL variant only.
PREBUILT_KEY="$MS_VERSION-prebuilt"
ACCEPTED=("$KEY")
[ "$SRTP" = openssl ] && ACCEPTED+=("$PREBUILT_KEY")

install_from() {
  mkdir -p "$(dirname "$DEST")"
  cp "$1" "$DEST.tmp" && chmod +x "$DEST.tmp" && mv "$DEST.tmp" "$DEST"
  echo "$2" > "$DEST.key"
}

# Installs (or, with --print-path, prints) the cached binary of key $1.
provide() {
  if [ $PRINT_PATH = 1 ]; then echo "$CACHE_ROOT/$1/mediasoup-worker"; exit 0; fi
  install_from "$CACHE_ROOT/$1/mediasoup-worker" "$1"
  log "installed from cache $CACHE_ROOT/$1"; exit 0
}

installed_key="$(cat "$DEST.key" 2>/dev/null || true)"
if [ $PRINT_PATH = 0 ] && [ -x "$DEST" ]; then
  for key in "${ACCEPTED[@]}"; do
    [ "$installed_key" = "$key" ] && { log "already installed ($installed_key)"; exit 0; }
  done
fi
for key in "${ACCEPTED[@]}"; do
  [ -x "$CACHE_ROOT/$key/mediasoup-worker" ] && provide "$key"
done

# mediasoup's normal path: a prebuilt worker from its release page. It only
# works with internet access, so try it briefly and fall back to building.
if [ "$SRTP" = openssl ] && [ "${CHORUS_WORKER_SKIP_PREBUILT:-0}" != 1 ]; then
  log "trying mediasoup's prebuilt worker download"
  if node "$HERE/fetch-prebuilt.mjs" "$MS_DIR" "$CACHE_ROOT/$PREBUILT_KEY/mediasoup-worker"; then
    provide "$PREBUILT_KEY"
  fi
  log "prebuilt download unavailable; building from source against Debian's libraries"
fi

APT_PKGS=(meson ninja-build pkg-config g++ libssl-dev libuv1-dev libabsl-dev flatbuffers-compiler libflatbuffers-dev binutils patch)
PC_MODULES=(openssl libuv flatbuffers absl_flat_hash_map absl_strings)
if [ "$SRTP" = debian ]; then APT_PKGS+=(libsrtp2-dev); PC_MODULES+=(libsrtp2); fi
missing=0
for t in meson ninja flatc pkg-config c++ strip patch; do command -v "$t" >/dev/null || missing=1; done
if [ $missing = 0 ]; then pkg-config --exists "${PC_MODULES[@]}" || missing=1; fi
if [ $missing = 1 ]; then
  if [ "$(id -u)" = 0 ] && [ "${CHORUS_NO_APT:-0}" != 1 ]; then
    log "installing Debian build dependencies: ${APT_PKGS[*]}"
    (DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PKGS[@]}" \
      || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PKGS[@]}"; }) >/dev/null
  else
    die "missing build dependencies. Run as root: apt-get update && apt-get install -y ${APT_PKGS[*]}"
  fi
fi

OPTS=(--buildtype=release)
if [ "$SRTP" = openssl ]; then
  [ -n "$SRTP_VERSION" ] || die "apt offers no libsrtp2-1 source to rebuild with OpenSSL"
  SRTP_PREFIX="$(bash "$HERE/build-libsrtp.sh" "$SRTP_VERSION" "$CACHE_ROOT")"
  OPTS+=("-Dlibsrtp3:static_prefix=$SRTP_PREFIX")
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chorus-worker-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp -r "$MS_DIR/worker" "$WORK/worker"
rm -rf "$WORK/worker/out" "$WORK/worker/prebuild"
bash "$HERE/prepare-worker.sh" "$WORK/worker"
log "building the mediasoup $MS_VERSION worker ($SRTP libsrtp); this takes 6 to 15 minutes on 2 cores, once"
start=$(date +%s)
(cd "$WORK/worker" && meson setup "$WORK/build" "${OPTS[@]}" >"$WORK/setup.log" 2>&1) || { cat "$WORK/setup.log" >&2; die "meson setup failed"; }
ninja -C "$WORK/build" -j"$(nproc)" mediasoup-worker >"$WORK/ninja.log" 2>&1 || { tail -50 "$WORK/ninja.log" >&2; die "worker compilation failed"; }
strip "$WORK/build/mediasoup-worker"
# A worker that loads on this host exits 41 when run without MEDIASOUP_VERSION.
status=0; env -i "$WORK/build/mediasoup-worker" >/dev/null 2>&1 || status=$?
[ $status = 41 ] || die "the built worker does not start (exit $status)"
if [ "$SRTP" = openssl ] && readelf -d "$WORK/build/mediasoup-worker" | grep -E 'NEEDED.*(libnss|libsrtp)'; then
  die "the worker still links a shared libsrtp or NSS"
fi
mkdir -p "$CACHE_DIR"
cp "$WORK/build/mediasoup-worker" "$CACHE_DIR/mediasoup-worker.tmp" && mv "$CACHE_DIR/mediasoup-worker.tmp" "$CACHE_DIR/mediasoup-worker"
log "built in $(( $(date +%s) - start ))s, cached in $CACHE_DIR"
provide "$KEY"
