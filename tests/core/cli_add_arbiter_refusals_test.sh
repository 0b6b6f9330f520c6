#!/usr/bin/env bash
# `add-arbiter` refusals that need no server (label unit): a data server named as the arbiter is
# refused before connecting anywhere (the spec's ssh hosts do not even resolve); so are a name
# the spec lacks, add-arbiter without --server, and --server or --add-arbiter on other commands;
# each exits 2 and says why. `export --add-arbiter` writes the same steps as a script that passes
# bash -n and shellcheck. --help lists add-arbiter.
# Usage: cli_add_arbiter_refusals_test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
exe=$(readlink -f "${1:-}")
[ -x "$exe" ] || { echo "usage: $0 PATH/TO/gluster-ha-wizard" >&2; exit 1; }
data=$(dirname "$(dirname "$(readlink -f "$0")")")/data/core
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# expect_refusal MESSAGE-REGEX ARGS...: exit 2 with MESSAGE on stderr, nothing on stdout.
expect_refusal() {
  local want=$1 rc
  shift
  set +e
  env -u DISPLAY -u WAYLAND_DISPLAY "$exe" "$@" </dev/null >"$work/out" 2>"$work/err"
  rc=$?
  set -e
  if [ "$rc" != 2 ] || ! grep -Eq -- "$want" "$work/err" || [ -s "$work/out" ]; then
    echo "--- $*: exit $rc"; cat "$work/out" "$work/err"
    fail "$* did not refuse with '$want'"
  fi
}

expect_refusal 'server01 is one of the data servers' add-arbiter "$data/lab-arbiter.json" --server server01 --yes
expect_refusal 'server02 is one of the data servers' add-arbiter "$data/lab-arbiter.json" --server server02 --yes
expect_refusal 'no server called nosuch' add-arbiter "$data/lab-arbiter.json" --server nosuch --yes
expect_refusal 'add-arbiter needs the arbiter.s name' add-arbiter "$data/lab-arbiter.json" --yes
expect_refusal '--server is only for the add-arbiter command' apply "$data/lab-arbiter.json" --server server03
expect_refusal '--add-arbiter is only for the plan and export commands' apply "$data/lab-arbiter.json" --add-arbiter server03
expect_refusal 'server01 is one of the data servers' export "$data/lab-arbiter.json" --assume-os debian --add-arbiter server01

"$exe" export "$data/lab-arbiter.json" --assume-os debian --add-arbiter server03 -o "$work/add.sh" 2>/dev/null
bash -n "$work/add.sh" || fail "the exported add-arbiter script does not parse"
shellcheck -S warning "$work/add.sh" || fail "shellcheck finds problems in the exported add-arbiter script"
grep -q 'gl volume add-brick "$vol" replica 3 arbiter 1 "$arbiter"' "$work/add.sh" ||
  fail "the exported script does not add the arbiter brick"
help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$exe" --help)
grep -q 'add-arbiter SPEC --server NAME \[--yes\]' <<<"$help" || fail "--help does not list add-arbiter"
echo "PASS: add-arbiter refusals without servers exit 2 with their reason; export --add-arbiter is clean bash"
