#!/bin/bash
# Usage: prepare-worker.sh <mediasoup worker dir>
# Replaces meson wrap subprojects by shims that use Debian system libraries
# and relaxes meson_version so Debian bookworm's meson 1.0.1 can configure it.
set -euo pipefail
W="$1"
SHIMS="$(dirname "$(readlink -f "$0")")/shims"
cd "$W"
for name in openssl libuv libsrtp3 libsrtp2 usrsctp abseil-cpp catch2 flatbuffers liburing; do
  rm -f "subprojects/$name.wrap"
done
for d in openssl libuv libsrtp3 usrsctp abseil-cpp catch2 flatbuffers; do
  rm -rf "subprojects/$d"; cp -r "$SHIMS/$d" "subprojects/$d"
done
# libsrtp2 name (mediasoup <= 3.15) -> same shim
rm -rf subprojects/libsrtp2; cp -r "$SHIMS/libsrtp3" subprojects/libsrtp2
sed -i "s/project('libsrtp3'/project('libsrtp2'/" subprojects/libsrtp2/meson.build
# libsrtp 3 final API (opaque srtp_policy_t) used by newer mediasoup.
if grep -q srtp_policy_create src/RTC/SrtpSession.cpp; then
  sed -i "s/option('opaque_policy', type: 'boolean', value: false)/option('opaque_policy', type: 'boolean', value: true)/" subprojects/libsrtp3/meson_options.txt
fi
# unordered_dense (mediasoup >= 3.2x): keep the wrap (for its [provide]) but
# pre-create its directory with a std::unordered_map based shim.
if [ -f subprojects/unordered-dense.wrap ]; then
  dir=$(sed -n 's/^directory *= *//p' subprojects/unordered-dense.wrap)
  rm -rf "subprojects/$dir"; cp -r "$SHIMS/unordered_dense" "subprojects/$dir"
fi
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
