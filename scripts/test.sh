#!/usr/bin/env bash
# The whole suite: setup, type checks, lint and format check, shell checks, the web build, then one
# jest run over every project (unit, integration, e2e, infra: see jest.config.mjs) inside a
# loopback-only network namespace (see in-loopback-netns.sh). Arguments go to jest, for example:
#   npm test -- --selectProjects unit
#   npm test -- tests/integration/hostile.test.ts
#   npm test -- -t 'rate-limits a flood'
# CHORUS_TEST_FILTER=<regex> still selects test files by path (jest's --testPathPatterns).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
echo "[test] type-checking every workspace"
npm run -s typecheck
echo "[test] eslint (with type information) and prettier --check"
npm run -s lint
npm run -s format:check
echo "[test] shellcheck"
shellcheck scripts/*.sh scripts/mediasoup-worker/*.sh scripts/firebase/*.sh .ci/run
echo "[test] building the web client"
npm run -s build

args=("$@")
if [ -n "${CHORUS_TEST_FILTER:-}" ]; then
  args+=(--testPathPatterns "$CHORUS_TEST_FILTER")
fi
# Native ES modules in jest (the workspaces are ESM) need Node's VM modules; its one-line
# experimental warning would be the only noise before jest's own output.
export NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning${NODE_OPTIONS:+ $NODE_OPTIONS}"
echo "[test] running jest in a loopback-only network namespace"
# jest's summary is the last thing printed: nothing runs after it.
exec scripts/in-loopback-netns.sh node node_modules/jest/bin/jest.js "${args[@]}"
