#!/usr/bin/env bash
# Runs a command in a fresh network namespace that has only loopback, so that nothing a test
# starts (servers, browsers, WebRTC candidates) can send a packet off this machine.
# As root: unshare -n. Otherwise: a user namespace maps us to root inside (unshare -rn).
set -euo pipefail
if [ "$#" -eq 0 ]; then echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; fi
inner='ip link set lo up && exec "$@"'
if [ "$(id -u)" = 0 ]; then
  exec unshare --net -- bash -c "$inner" bash "$@"
fi
if unshare --map-root-user --net -- true 2>/dev/null; then
  exec unshare --map-root-user --net -- bash -c "$inner" bash "$@"
fi
echo "[netns] cannot create a network namespace: run as root, or enable unprivileged user namespaces" >&2
exit 1
