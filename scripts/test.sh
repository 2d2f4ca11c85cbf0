#!/usr/bin/env bash
# The whole suite: type checks, shell checks, the web build, then every test file in one run of
# Node's test runner inside a loopback-only network namespace (see in-loopback-netns.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shopt -s nullglob

echo "[test] type-checking every workspace"
npm run -s typecheck
echo "[test] shellcheck"
shellcheck scripts/*.sh scripts/mediasoup-worker/*.sh .ci/run
echo "[test] building the web client"
npm run -s build

files=(
  protocol/test/*.test.ts
  media-node/test/unit/*.test.ts
  infra/test/*.test.ts
  tests/integration/*.test.ts
  tests/e2e/*.test.ts
)
if [ -n "${CHORUS_TEST_FILTER:-}" ]; then
  mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -E "$CHORUS_TEST_FILTER")
fi
echo "[test] running ${#files[@]} test files in a loopback-only network namespace"
exec scripts/in-loopback-netns.sh node --import tsx --test --test-reporter=spec "${files[@]}"
