#!/usr/bin/env bash
# `npm start`: set up what is missing, build the web client, run the local stack.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
npm run -s build
exec node --import tsx devtools/start-stack.ts "$@"
