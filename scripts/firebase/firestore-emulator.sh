#!/usr/bin/env bash
# Prints the Firestore emulator that firebase-tools should run, as a value for
# FIRESTORE_EMULATOR_BINARY_PATH, or nothing when firebase-tools has (or can download) its own JAR.
#
# Where Google's storage is unreachable (CI here reaches only npm and Debian), the machine's
# `google-cloud-cli-firestore-emulator` package has the real emulator. Its JAR has no Main-Class, so a
# manifest-only wrapper JAR names the main class and puts the real JAR on its class path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
log() { echo "[firestore-emulator] $*" >&2; }

if compgen -G "${HOME}/.cache/firebase/emulators/cloud-firestore-emulator-v*.jar" >/dev/null; then
  exit 0
fi
if CI=true timeout 120 node_modules/.bin/firebase setup:emulators:firestore >/dev/null 2>&1; then
  log "firebase-tools downloaded its own Firestore emulator"
  exit 0
fi

jar_path="$(dpkg -L google-cloud-cli-firestore-emulator 2>/dev/null | grep 'cloud-firestore-emulator.jar$' | head -n 1 || true)"
if [ -z "$jar_path" ] || [ ! -f "$jar_path" ]; then
  log "cannot get the Firestore emulator: the download failed and the Debian package"
  log "google-cloud-cli-firestore-emulator (from Google's Cloud SDK apt repository) is not installed"
  exit 1
fi
command -v jar >/dev/null || { log "the JDK's 'jar' tool is needed to wrap $jar_path (apt-get install openjdk-17-jdk-headless)"; exit 1; }

cache="${CHORUS_FIREBASE_CACHE:-${HOME}/.cache/chorus-firebase}"
key="$(sha256sum "$jar_path" | cut -c1-12)"
wrapper="$cache/firestore-emulator-wrapper-$key.jar"
if [ ! -f "$wrapper" ]; then
  mkdir -p "$cache"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  printf 'Main-Class: com.google.cloud.datastore.emulator.firestore.CloudFirestore\nClass-Path: file:%s\n' "$jar_path" >"$work/manifest.txt"
  jar cfm "$work/wrapper.jar" "$work/manifest.txt"
  mv "$work/wrapper.jar" "$wrapper"
  log "wrapped $jar_path in $wrapper"
fi
echo "$wrapper"
