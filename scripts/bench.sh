#!/usr/bin/env bash
# `npm run bench`: set up what is missing, build the web client, measure in a loopback-only namespace.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
npm run -s build
# --expose-gc: the store's memory figure collects garbage before and after it reads the process's memory.
exec scripts/in-loopback-netns.sh node --expose-gc --import tsx tests/bench/run.ts "$@"
