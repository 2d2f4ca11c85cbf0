#!/usr/bin/env bash
# Usage: build-libsrtp.sh <Debian version of libsrtp2> <cache root>
# Prints the prefix of a static libsrtp2 (lib/libsrtp2.a, include/srtp2/) built
# with OpenSSL crypto from Debian's own source package, building it once.
#
# Why: Debian builds libsrtp2 on NSS, which sets up a crypto context for every
# packet; a worker linked to it carries about half the viewers of one whose
# libsrtp uses OpenSSL, as mediasoup's own build does. Building from Debian's
# source keeps Debian's patches and needs no access beyond the Debian mirror.
set -euo pipefail
VERSION="$1"
CACHE_ROOT="$2"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "[libsrtp] $*" >&2; }
die() { echo "[libsrtp] ERROR: $*" >&2; exit 1; }
as_root() { [ "$(id -u)" = 0 ] && [ "${CHORUS_NO_APT:-0}" != 1 ]; }

PREFIX="$CACHE_ROOT/libsrtp-$VERSION-openssl-$(sha256sum "$HERE/build-libsrtp.sh" | cut -c1-12)"
if [ -f "$PREFIX/.complete" ]; then echo "$PREFIX"; exit 0; fi

# Build tools; libssl-dev is the only library the OpenSSL backend needs.
missing=()
for t in cc make pkg-config dpkg-source; do command -v "$t" >/dev/null || missing+=("$t"); done
[ ${#missing[@]} = 0 ] && { pkg-config --exists libcrypto || missing+=(libcrypto); }
if [ ${#missing[@]} -gt 0 ]; then
  pkgs=(gcc make pkg-config dpkg-dev libssl-dev)
  as_root || die "missing ${missing[*]}. Run as root: apt-get install -y ${pkgs[*]}"
  log "installing ${pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${pkgs[@]}" >/dev/null
fi

# apt-get source needs a deb-src entry. Add one for the mirror that serves the
# binary package, and refresh only that entry, when none provides this version.
has_source() { apt-cache showsrc libsrtp2 2>/dev/null | grep -qx "Version: $VERSION"; }
if ! has_source; then
  SRC_LIST=/etc/apt/sources.list.d/chorus-deb-src.list
  # e.g. "500 http://deb.debian.org/debian bookworm/main amd64 Packages"
  read -r uri dist < <(apt-cache madison libsrtp2-1 | awk -F'|' -v v="$VERSION" '
    { gsub(/ /, "", $2) } $2 == v { split($3, a, " "); print a[1], a[2]; exit }')
  [ -n "${uri:-}" ] || die "no Debian mirror offers libsrtp2-1 $VERSION"
  line="deb-src $uri ${dist%%/*} ${dist#*/}"
  as_root || die "no deb-src entry for libsrtp2 $VERSION. As root, add '$line' to $SRC_LIST and run apt-get update"
  grep -qxF "$line" "$SRC_LIST" 2>/dev/null || {
    log "adding '$line' to $SRC_LIST"
    echo "$line" >> "$SRC_LIST"
  }
  apt-get update -o Dir::Etc::sourcelist="$SRC_LIST" -o Dir::Etc::sourceparts=- \
    -o APT::Get::List-Cleanup=0 >/dev/null
  has_source || die "apt still offers no source for libsrtp2 $VERSION"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chorus-libsrtp.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# apt downloads as the _apt user, who must be able to enter the directory.
chmod 755 "$WORK"
log "building libsrtp2 $VERSION with OpenSSL from Debian's source package"
(cd "$WORK" && apt-get source -q "libsrtp2=$VERSION" >"$WORK/source.log" 2>&1) \
  || { cat "$WORK/source.log" >&2; die "apt-get source libsrtp2=$VERSION failed"; }
SRC="$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'libsrtp2-*')"
[ -d "$SRC" ] || die "apt-get source unpacked nothing"
cd "$SRC"
# -fPIC: the archive is linked into the worker executable, which is PIE.
CFLAGS="-O3 -fPIC" ./configure --enable-openssl --prefix="$PREFIX" >"$WORK/configure.log" 2>&1 \
  || { tail -30 "$WORK/configure.log" >&2; die "configure failed"; }
grep -qx '#define OPENSSL 1' crypto/include/config.h || die "configure did not select OpenSSL"
if grep -qx '#define NSS 1' crypto/include/config.h; then die "configure selected NSS"; fi
make -j"$(nproc)" libsrtp2.a >"$WORK/make.log" 2>&1 || { tail -30 "$WORK/make.log" >&2; die "make failed"; }
if [ "${CHORUS_LIBSRTP_SKIP_TESTS:-0}" != 1 ]; then
  make -j"$(nproc)" runtest >"$WORK/test.log" 2>&1 || { tail -40 "$WORK/test.log" >&2; die "libsrtp self tests failed"; }
fi
rm -rf "$PREFIX.tmp"
# Stage under $PREFIX.tmp; libsrtp2.pc keeps the final prefix from configure.
make install prefix="$PREFIX.tmp" >"$WORK/install.log" 2>&1 || { tail -30 "$WORK/install.log" >&2; die "make install failed"; }
touch "$PREFIX.tmp/.complete"
rm -rf "$PREFIX"
mv "$PREFIX.tmp" "$PREFIX"
log "cached in $PREFIX"
echo "$PREFIX"
