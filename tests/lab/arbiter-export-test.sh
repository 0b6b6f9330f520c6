#!/usr/bin/env bash
# Issue 11: the exported script of a setup with an arbiter passes `bash -n` and shellcheck and,
# run with bash from this workstation on a fresh three-node lab (`lab.sh fresh --arbiter`, nodes
# without systemd: the other lab test of the arbiter boots systemd), gives the same volume as
# `apply` (1 x (2 + 1) = 3, server03 the arbiter); run again, it changes nothing.
# Usage: arbiter-export-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
command -v shellcheck >/dev/null || fail "shellcheck is needed (scripts/install-deps.sh installs it)"

"$LAB" fresh --arbiter --no-systemd
[ "$("$LAB" kind)" = init ] || fail "the lab's nodes should be init-less"
without_site
ADMIN=$("$LAB" admin-dir)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$EXE" export "$ADMIN/spec.json" --assume-os debian --known-hosts "$ADMIN/known_hosts" \
  -o "$work/arbiter.sh"
bash -n "$work/arbiter.sh" || fail "the exported script does not parse"
shellcheck -S warning "$work/arbiter.sh" || fail "shellcheck finds problems in the exported script"
grep -q 'gl volume create "$vol" replica 3 arbiter 1 "${bricks\[@\]}"' "$work/arbiter.sh" ||
  fail "the script does not create replica 3 arbiter 1"

t0=$SECONDS
env -u GHW_SSH -u SSH_AUTH_SOCK bash "$work/arbiter.sh" --yes </dev/null >"$work/first.log" 2>&1 ||
  { cat "$work/first.log"; fail "the exported script failed on a fresh three-node lab"; }
first=$((SECONDS - t0))
tail -n 1 "$work/first.log"
grep -qx 'server02: verified: read back on server02' "$work/first.log" ||
  fail "the replication test did not read the file back on server02"
assert_working_arbiter var-www "Hello, World!"

before=$("$LAB" exec server03 md5sum /etc/fstab /etc/hosts)
env -u GHW_SSH -u SSH_AUTH_SOCK bash "$work/arbiter.sh" --yes </dev/null >"$work/second.log" 2>&1 ||
  { cat "$work/second.log"; fail "the second run failed"; }
tail -n 1 "$work/second.log"
assert_nothing_applied "$work/second.log" All
[ "$("$LAB" exec server03 md5sum /etc/fstab /etc/hosts)" = "$before" ] || fail "the second run changed the arbiter"
assert_working_arbiter var-www "Hello, World!"
echo "PASS: the exported script (bash -n, shellcheck clean) built replica 3 arbiter 1 in ${first} s" \
  "on init-less nodes; the second run changed nothing"
