#!/usr/bin/env bash
# `npm run bench`: set up what is missing, build the web client, measure in a loopback-only namespace.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
npm run -s build
exec scripts/in-loopback-netns.sh node --import tsx tests/bench/run.ts "$@"
