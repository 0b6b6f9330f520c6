#!/usr/bin/env bash
# `drill` refusals that need no server (label unit): without a terminal and without --yes it
# refuses before connecting; an unknown --server, --server without a name and a bad spec are
# usage errors; each exits 2 and says why. --help lists the drill and its restore form.
# Usage: cli_drill_refusals_test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
exe=$(readlink -f "${1:-}")
[ -x "$exe" ] || { echo "usage: $0 PATH/TO/gluster-ha-wizard" >&2; exit 1; }
data=$(dirname "$(dirname "$(readlink -f "$0")")")/data/core
fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_refusal MESSAGE-REGEX ARGS...: exit 2 with MESSAGE on stderr, nothing on stdout.
expect_refusal() {
  local want=$1 out err rc
  shift
  out=$(mktemp)
  err=$(mktemp)
  set +e
  env -u DISPLAY -u WAYLAND_DISPLAY "$exe" "$@" </dev/null >"$out" 2>"$err"
  rc=$?
  set -e
  if [ "$rc" != 2 ] || ! grep -Eq -- "$want" "$err" || [ -s "$out" ]; then
    echo "--- $*: exit $rc"; cat "$out" "$err"
    rm -f "$out" "$err"
    fail "drill $* did not refuse with '$want'"
  fi
  rm -f "$out" "$err"
}

expect_refusal 'refused: the drill takes server01 out .*no terminal.*--yes' drill "$data/lab-pair.json"
expect_refusal 'refused: the drill takes server02 out' drill "$data/lab-pair.json" --server server02
expect_refusal 'no server "nosuch" in the spec' drill "$data/lab-pair.json" --server nosuch --yes
expect_refusal '--server needs the name of a server' drill "$data/lab-pair.json" --server
expect_refusal 'is not a usable spec' drill "$data/invalid.json" --yes
expect_refusal 'needs a spec file' drill
help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$exe" --help)
grep -q 'drill SPEC \[--server NAME\] \[--yes\]' <<<"$help" || fail "--help does not list the drill"
grep -q 'drill SPEC --restore --server NAME' <<<"$help" || fail "--help does not list --restore"
echo "PASS: drill refusals without servers exit 2 with their reason; --help lists the drill"
