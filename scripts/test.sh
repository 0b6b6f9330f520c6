#!/usr/bin/env bash
# Sets up a fresh Debian 12 / Ubuntu machine (apt), builds, and runs every test: unit, ssh (a real
# local sshd), lab (two GlusterFS servers in namespaces on this machine), gui (offscreen) and
# installer. Needs root: the tests start sshd, the lab (namespaces, loop disks, FUSE) and install
# the .deb; as a normal user it runs itself again through sudo (or says what to run without
# sudo). Extra arguments go to ctest (e.g. -L unit). Prints how long each phase took.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$(readlink -f "$0")")/common.sh"
ghw_become_root "running the tests" "$(readlink -f "$0")" "$@"
cd "$GHW_REPO"
build=${GHW_BUILD_DIR:-build}
if [ -n "$ghw_dry_run" ]; then
  echo "dry run: scripts/test.sh as root: packages (scripts/install-deps.sh), build (every target" \
    "in $build), tests (ctest${*:+ $*})"
  exit 0
fi
# Run through sudo: the build tree goes back to the user, so that scripts/run.sh (which builds as
# that user) can build in it afterwards.
give_build_back() {
  if [ -n "${SUDO_UID:-}" ] && [ "$SUDO_UID" != 0 ] && [ -d "$build" ]; then
    chown -R "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$build"
  fi
}
trap 'ghw_phase_report scripts/test.sh; give_build_back' EXIT
ghw_phase packages
scripts/install-deps.sh
ghw_phase build
# shellcheck disable=SC2046 # no launcher, or exactly one word
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(ghw_cmake_launcher)
cmake --build "$build" -j "$(nproc)"
ghw_phase tests
export QT_QPA_PLATFORM=offscreen
# A private D-Bus session with an unlocked headless keyring around the whole run.
scripts/with-keyring.sh ctest --test-dir "$build" --output-on-failure -j 2 "$@"
