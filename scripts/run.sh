#!/usr/bin/env bash
# Sets up a fresh Debian 12 / Ubuntu machine (apt), builds, and runs Gluster HA Wizard.
# With no arguments it starts the local demo pair (two servers in namespaces on this machine, needs
# root) and opens the wizard on it — or, with no display, runs the setup on it in the terminal.
# With arguments it runs the wizard's command line, e.g. `scripts/run.sh check my-pair.json`.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
build=${GHW_BUILD_DIR:-build}
scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target gluster-ha-wizard
exe=$build/app/gluster-ha-wizard
if [ $# -gt 0 ]; then exec "$exe" "$@"; fi

if [ "$(id -u)" -ne 0 ]; then
  echo "The demo pair needs root (network namespaces, loop disks, FUSE): sudo scripts/run.sh" >&2
  echo "To use your own servers instead: $exe (or $exe --help)" >&2
  exit 1
fi
tests/lab/lab.sh fresh
admin=$(tests/lab/lab.sh admin-dir)
echo "Demo pair up: server01 (198.18.1.11) and server02 (198.18.1.12); spec: $admin/spec.json"
echo "Stop it afterwards with: tests/lab/lab.sh down"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$exe" --spec "$admin/spec.json" --known-hosts "$admin/known_hosts"
fi
echo "No display: running the setup on the demo pair in the terminal."
# The demo pair is replica 2 like the article: its split-brain risk is accepted for the demo.
yes=()
[ -t 0 ] || yes=(--yes)
exec "$exe" apply "$admin/spec.json" "${yes[@]}" --accept-split-brain-risk \
  --known-hosts "$admin/known_hosts"
