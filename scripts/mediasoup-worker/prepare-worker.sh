#!/bin/bash
# Usage: prepare-worker.sh <mediasoup worker dir>
# Makes a copy of mediasoup's worker sources build offline against Debian's
# libraries: meson's wrap subprojects, which meson would download at setup,
# become the stand-ins in shims/; meson_version is relaxed for Debian bookworm's
# meson 1.0.1; and the mandatory DTLS fix is applied.
# Then Chorus's own worker patches (patches/*.patch) are applied.
# Exit status 3: the DTLS fix no longer applies. 4: a subproject has no stand-in.
# 5: a Chorus patch no longer applies.
set -euo pipefail
W="$1"
SHIMS="$(dirname "$(readlink -f "$0")")/shims"
cd "$W"
for d in openssl libuv libsrtp3 abseil-cpp catch2 flatbuffers; do
  rm -f "subprojects/$d.wrap"
  rm -rf "subprojects/$d"; cp -r "$SHIMS/$d" "subprojects/$d"
done
# libsrtp 3 final API (opaque srtp_policy_t), used since mediasoup 3.2x.
if grep -qs srtp_policy_create src/RTC/SrtpSession.cpp; then
  sed -i "s/option('opaque_policy', type: 'boolean', value: false)/option('opaque_policy', type: 'boolean', value: true)/" subprojects/libsrtp3/meson_options.txt
fi
# unordered_dense is not packaged in bookworm: keep the wrap for its [provide]
# but pre-create its directory with a std::unordered_map based stand-in.
if [ -f subprojects/unordered-dense.wrap ]; then
  dir=$(sed -n 's/^directory *= *//p' subprojects/unordered-dense.wrap)
  rm -rf "subprojects/$dir"; cp -r "$SHIMS/unordered_dense" "subprojects/$dir"
fi
# Any other wrap would make meson download it, which fails offline with a
# confusing error; a new mediasoup dependency needs a stand-in here first.
for wrap in subprojects/*.wrap; do
  case "$(basename "$wrap" .wrap)" in
    unordered-dense | wingetopt) ;; # wingetopt: Windows only
    *)
      echo "[mediasoup-worker] ERROR: $W/$wrap has no Debian stand-in in $SHIMS; add one to scripts/mediasoup-worker/prepare-worker.sh." >&2
      exit 4 ;;
  esac
done
sed -i "s/meson_version: '>= 1.1.0'/meson_version: '>= 1.0.0'/" meson.build
# Mandatory DTLS fix for Debian's OpenSSL (built with kTLS): the BIO callback
# returned 1 for every BIO_ctrl() (e.g. BIO_get_ktls_send()), so OpenSSL thought
# kTLS was on, never allocated its write buffer and wrote the DTLS ClientHello
# through a NULL pointer: the worker segfaults on its first DTLS handshake as
# client. Return the real result for all BIO_CB_RETURN operations. A mediasoup
# upgrade that changes this line must stop the build, not ship a crashing worker.
DTLS_SRC=src/RTC/DtlsTransport.cpp
DTLS_OLD='(operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1;'
DTLS_NEW='(operationType \& BIO_CB_RETURN) ? static_cast<long>(ret) : 1;'
if ! grep -qF "$DTLS_OLD" "$DTLS_SRC"; then
  echo "[mediasoup-worker] ERROR: the DTLS patch no longer applies to $DTLS_SRC." >&2
  echo "[mediasoup-worker] Expected to find: $DTLS_OLD" >&2
  echo "[mediasoup-worker] Check whether this mediasoup version still needs it and update scripts/mediasoup-worker/prepare-worker.sh." >&2
  exit 3
fi
sed -i "s/(operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1;/$DTLS_NEW/" "$DTLS_SRC"
grep -qF '(operationType & BIO_CB_RETURN) ? static_cast<long>(ret) : 1;' "$DTLS_SRC" \
  || { echo "[mediasoup-worker] ERROR: the DTLS patch did not take effect in $DTLS_SRC" >&2; exit 3; }
# Chorus's patches, made against the pristine tarball's worker/ directory.
PATCHES="$(dirname "$(readlink -f "$0")")/patches"
for p in "$PATCHES"/*.patch; do
  [ -e "$p" ] || continue
  if ! patch -p1 --forward --batch --silent < "$p"; then
    echo "[mediasoup-worker] ERROR: $(basename "$p") no longer applies to this mediasoup version; rebase it (see docs/worker-patch.md)." >&2
    exit 5
  fi
done
