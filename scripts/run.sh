#!/usr/bin/env bash
# Sets up a fresh Debian 12 / Ubuntu machine (apt), builds, and runs Gluster HA Wizard.
# With no arguments it starts the local demo pair (two servers in namespaces on this machine,
# `gluster-ha-wizard demo up`, which needs root: through sudo where this is not root, or it says
# what to run) and opens the wizard on it — or, with no display, runs the setup on it in the
# terminal. With arguments it runs the wizard's command line, e.g. `scripts/run.sh check
# my-pair.json`. Builds as the user who runs it; prints how long each phase took.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$(readlink -f "$0")")/common.sh"
cd "$GHW_REPO"
build=${GHW_BUILD_DIR:-build}
exe=$build/app/gluster-ha-wizard
display=${DISPLAY:-}${WAYLAND_DISPLAY:-}
if [ -n "$ghw_dry_run" ]; then
  if [ $# -gt 0 ]; then
    then_what="runs: $exe $*"
  elif [ "$(id -u)" -eq 0 ]; then
    then_what="demo: $exe demo up"
  else
    then_what="demo: $(ghw_root_hint "$exe" demo up)"
  fi
  if [ -n "$display" ]; then then_what+=", then the wizard"; else then_what+=", then apply"; fi
  echo "dry run: scripts/run.sh: packages (scripts/install-deps.sh), build (gluster-ha-wizard" \
    "in $build), $then_what"
  exit 0
fi
trap 'ghw_phase_report scripts/run.sh' EXIT
ghw_phase packages
scripts/install-deps.sh
ghw_phase build
# shellcheck disable=SC2046 # no launcher, or exactly one word
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(ghw_cmake_launcher) >/dev/null
cmake --build "$build" -j "$(nproc)" --target gluster-ha-wizard
if [ $# -gt 0 ]; then
  ghw_phase ""
  trap - EXIT
  exec "$exe" "$@"
fi

ghw_phase demo
if [ "$(id -u)" -eq 0 ]; then
  "$exe" demo up
elif command -v sudo >/dev/null 2>&1; then
  echo "The demo pair needs root (network namespaces, loop disks, FUSE): asking sudo." >&2
  sudo "$exe" demo up
else
  echo "The demo pair needs root (network namespaces, loop disks, FUSE). Run as root:" >&2
  echo "  $(ghw_root_hint "$exe" demo up)" >&2
  echo "then $0 again; or use your own servers: $exe (or $exe --help)" >&2
  exit 1
fi
admin=$(tests/lab/lab.sh admin-dir)
ghw_phase_report scripts/run.sh
trap - EXIT
if [ -n "$display" ]; then
  exec "$exe" --spec "$admin/spec.json" --known-hosts "$admin/known_hosts"
fi
echo "No display: running the setup on the demo pair in the terminal."
# The demo pair is replica 2 like the article: its split-brain risk is accepted for the demo.
yes=()
[ -t 0 ] || yes=(--yes)
exec "$exe" apply "$admin/spec.json" "${yes[@]}" --accept-split-brain-risk \
  --known-hosts "$admin/known_hosts"
