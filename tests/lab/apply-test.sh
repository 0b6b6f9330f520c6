#!/usr/bin/env bash
# The product's own `check` and `apply` against a fresh lab, checked inside the nodes:
#  1. check says ready; apply --yes makes a working pair; a second apply changes nothing.
#  2. on a fresh lab, server02's sshd killed during apply → exit 1 naming the step and server02;
#     sshd started again → apply completes the pair.
# Usage: apply-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C LANG=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$LAB" fresh
without_site
ADMIN=$("$LAB" admin-dir)
OPTS=(--known-hosts "$ADMIN/known_hosts" --accept-split-brain-risk)

echo "== check on a fresh lab"
"$EXE" check "$ADMIN/spec.json" "${OPTS[@]}" | tee "$work/check.log" || fail "check did not say ready"
grep -q 'check: ready' "$work/check.log" || fail "check printed no verdict"

echo "== apply --yes"
t0=$(date +%s.%N)
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply1.log" 2>&1 ||
  { cat "$work/apply1.log"; fail "apply failed on a fresh lab"; }
t1=$(date +%s.%N)
tail -n 1 "$work/apply1.log"
grep -q '^server01: \[[0-9]*/[0-9]*\] ' "$work/apply1.log" || fail "no live lines prefixed by server"
assert_working_pair var-www "Hello, World!"

echo "== apply again: nothing to do"
before=$("$LAB" exec server01 md5sum /etc/fstab /etc/hosts)
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply2.log" 2>&1 ||
  { cat "$work/apply2.log"; fail "the second apply failed"; }
tail -n 1 "$work/apply2.log"
# Nothing applied; every step either already done or (a verification step) verified again.
assert_nothing_applied "$work/apply2.log" 'apply: all'
# Verification steps say what they verified, never "already done".
grep -q '^server02: \[[0-9]*/[0-9]*\] verified: read back on server02$' "$work/apply2.log" ||
  fail "the read-back step on server02 does not say what it verified"
grep -q '^server01: \[[0-9]*/[0-9]*\] verified: the test content served over HTTP by server01$' \
  "$work/apply2.log" || fail "the HTTP step on server01 does not say what it verified"
[ "$("$LAB" exec server01 md5sum /etc/fstab /etc/hosts)" = "$before" ] || fail "fstab or hosts changed"
assert_working_pair var-www "Hello, World!"

echo "== server02's sshd killed during apply"
"$LAB" fresh
without_site
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply3.log" 2>&1 &
apply_pid=$!
# Kill it once server02 is past its disk steps (glusterd starting): mid-run, not at the start.
for _ in $(seq 1 300); do
  grep -q '^server02: \[[0-9]*/[0-9]*\] Enable and start glusterd' "$work/apply3.log" && break
  sleep 0.1
done
grep -q '^server02: \[[0-9]*/[0-9]*\] Enable and start glusterd' "$work/apply3.log" ||
  { kill "$apply_pid"; cat "$work/apply3.log"; fail "apply never reached glusterd on server02"; }
"$LAB" sshd server02 kill
status=0
wait "$apply_pid" || status=$?
cat "$work/apply3.log" | tail -n 6
[ "$status" = 1 ] || fail "apply exited $status, not 1, when server02 went away"
grep -q 'server02' <(tail -n 4 "$work/apply3.log") || fail "the failure does not name server02"
grep -Eq 'Step "[^"]+" on server02' "$work/apply3.log" || fail "the failure does not name the step"

"$LAB" sshd server02 start
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply4.log" 2>&1 ||
  { cat "$work/apply4.log"; fail "apply did not complete after sshd came back"; }
tail -n 1 "$work/apply4.log"
assert_working_pair var-www "Hello, World!"
echo "PASS: check ready; apply built the pair in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s;" \
  "second apply changed nothing; killed sshd → exit 1 naming server02; resumed to a working pair"
