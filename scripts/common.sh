# shellcheck shell=bash
# Sourced by scripts/run.sh and scripts/test.sh: getting root the way this machine allows, and
# timing the phases (packages, build, tests / demo) so that each run says where its time went.
# GHW_DRY_RUN=1 makes the scripts say what they would do, and do nothing (tests/app checks the
# README's commands that way).

GHW_REPO=$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")
ghw_dry_run=${GHW_DRY_RUN:-}

# ghw_root_hint COMMAND...: the command line that runs COMMAND as root on this machine.
ghw_root_hint() {
  local command
  command=$(printf '%q ' "$@")
  command=${command% }
  if command -v sudo >/dev/null 2>&1; then
    printf 'sudo %s\n' "$command"
  else
    printf 'su -c %q\n' "$command"
  fi
}

# ghw_become_root WHY SCRIPT ARGS...: returns when this is root; else runs SCRIPT again through
# sudo where sudo exists, or says exactly what to run as root and exits 1.
ghw_become_root() {
  local why=$1 script=$2
  shift 2
  [ "$(id -u)" -ne 0 ] || return 0
  if command -v sudo >/dev/null 2>&1; then
    echo "${script#"$GHW_REPO"/}: $why needs root; running it again through sudo." >&2
    if [ -n "$ghw_dry_run" ]; then
      echo "dry run: would run: sudo $script $*"
      exit 0
    fi
    exec sudo --preserve-env=GHW_BUILD_DIR,GHW_DRY_RUN,CI "$script" "$@"
  fi
  echo "${script#"$GHW_REPO"/}: $why needs root, and sudo is not installed. Run as root:" >&2
  echo "  $(ghw_root_hint "$script" "$@")" >&2
  exit 1
}

ghw_phase_names=()
ghw_phase_seconds=()
ghw_phase_start=$SECONDS
ghw_phase_current=""

# ghw_phase NAME: ends the phase under way (if any) and starts NAME.
ghw_phase() {
  if [ -n "$ghw_phase_current" ]; then
    ghw_phase_names+=("$ghw_phase_current")
    ghw_phase_seconds+=($((SECONDS - ghw_phase_start)))
  fi
  ghw_phase_current=$1
  ghw_phase_start=$SECONDS
  [ -z "$1" ] || echo "=== $1"
}

# ghw_phase_report SCRIPT: one line with each phase's duration (also after a failure).
ghw_phase_report() {
  local i line="" total=0
  ghw_phase ""
  [ ${#ghw_phase_names[@]} -gt 0 ] || return 0
  for i in "${!ghw_phase_names[@]}"; do
    line+="${line:+, }${ghw_phase_names[$i]} $(ghw_duration "${ghw_phase_seconds[$i]}")"
    total=$((total + ghw_phase_seconds[i]))
  done
  echo "$1: $line; total $(ghw_duration "$total")" >&2
}

ghw_duration() { # SECONDS -> "75 s" or "12 min 5 s"
  if [ "$1" -ge 60 ]; then echo "$(($1 / 60)) min $(($1 % 60)) s"; else echo "$1 s"; fi
}

# ghw_cmake_launcher: the CMake option that puts ccache in front of the compiler, where present.
ghw_cmake_launcher() {
  if command -v ccache >/dev/null 2>&1; then echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"; fi
}
