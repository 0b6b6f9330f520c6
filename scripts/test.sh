#!/usr/bin/env bash
# Sets up a fresh Debian 12 / Ubuntu machine (apt), builds, and runs every test: unit, ssh (a real
# local sshd), lab (two GlusterFS servers in namespaces on this machine), gui (offscreen) and
# installer. Needs root: the tests start sshd, the lab (namespaces, loop disks, FUSE) and install
# the .deb. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
if [ "$(id -u)" -ne 0 ]; then
  echo "scripts/test.sh: the tests need root (sshd, network namespaces, loop devices, FUSE)." >&2
  echo "Run: sudo scripts/test.sh" >&2
  exit 1
fi
build=${GHW_BUILD_DIR:-build}
scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# A private D-Bus session with an unlocked headless keyring around the whole run.
exec scripts/with-keyring.sh ctest --test-dir "$build" --output-on-failure -j 2 "$@"
