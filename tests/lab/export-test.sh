#!/usr/bin/env bash
# `export` on the lab's spec, then the script run with bash against a fresh lab from this
# workstation: a working pair, checked inside the nodes. Run again, it reports every step
# already done and changes nothing.
# Usage: export-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"

"$LAB" fresh
ADMIN=$("$LAB" admin-dir)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$EXE" export "$ADMIN/spec.json" --assume-os debian --accept-split-brain-risk -o "$work/pair.sh"
bash -n "$work/pair.sh" || fail "the exported script does not parse"

t0=$SECONDS
GHW_SSH="ssh -F $ADMIN/ssh_config" bash "$work/pair.sh" --yes >"$work/first.log" 2>&1 ||
  { cat "$work/first.log"; fail "the exported script failed on a fresh lab"; }
first=$((SECONDS - t0))
tail -n 1 "$work/first.log"
assert_working_pair var-www "Hello, World!"

# The second run changes nothing: every step reports already done; fstab unchanged.
before=$("$LAB" exec server01 md5sum /etc/fstab /etc/hosts)
GHW_SSH="ssh -F $ADMIN/ssh_config" bash "$work/pair.sh" --yes >"$work/second.log" 2>&1 ||
  { cat "$work/second.log"; fail "the second run failed"; }
tail -n 1 "$work/second.log"
summary=$(grep -E '^All [0-9]+ steps done: ' "$work/second.log") || fail "no summary line"
re='^All ([0-9]+) steps done: ([0-9]+) already done, 0 applied now, ([0-9]+) verified\.$'
[[ $summary =~ $re ]] || fail "the second run applied something: $summary"
[ $((BASH_REMATCH[2] + BASH_REMATCH[3])) -eq "${BASH_REMATCH[1]}" ] && [ "${BASH_REMATCH[3]}" -gt 0 ] ||
  fail "the second run's counts do not add up: $summary"
grep -qx 'server02: verified: read back on server02' "$work/second.log" ||
  fail "the read-back step on server02 does not say what it verified"
[ "$("$LAB" exec server01 md5sum /etc/fstab /etc/hosts)" = "$before" ] || fail "the second run changed fstab or hosts"
assert_working_pair var-www "Hello, World!"
echo "PASS: exported script built a working pair in ${first} s; the second run changed nothing"
