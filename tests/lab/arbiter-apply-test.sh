#!/usr/bin/env bash
# Issue 11: two data servers and an arbiter (`lab.sh fresh --arbiter`), set up by the product's own
# `check` and `apply`, checked inside the nodes: `gluster volume info` says Type: Replicate and
# Number of Bricks: 1 x (2 + 1) = 3 with server03's brick the arbiter, the replication test
# between the data servers passes, and a second apply changes nothing (0 applied).
# Usage: arbiter-apply-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C LANG=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$LAB" fresh --arbiter
without_site
ADMIN=$("$LAB" admin-dir)
grep -q '"role": "arbiter"' "$ADMIN/spec.json" || fail "the lab's spec names no arbiter"
# No split-brain acknowledgement: with an arbiter there is no such risk to accept.
OPTS=(--known-hosts "$ADMIN/known_hosts")

echo "== check on a fresh three-node lab"
"$EXE" check "$ADMIN/spec.json" "${OPTS[@]}" | tee "$work/check.log" || fail "check did not say ready"
grep -q 'check: ready' "$work/check.log" || fail "check printed no verdict"

echo "== apply --yes"
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply1.log" 2>&1 ||
  { cat "$work/apply1.log"; fail "apply failed on a fresh three-node lab"; }
tail -n 1 "$work/apply1.log"
grep -q '^server03: \[[0-9]*/[0-9]*\] ' "$work/apply1.log" || fail "no step ran on the arbiter"
grep -q '^server02: \[[0-9]*/[0-9]*\] verified: read back on server02$' "$work/apply1.log" ||
  fail "the replication test did not read the file back on server02"
if grep -q '^server03: .*\(Mount the volume\|test file\|web server\)' "$work/apply1.log"; then
  fail "the arbiter mounted the volume, ran the replication test or set up a web server"
fi
assert_working_arbiter var-www "Hello, World!"
"$LAB" exec server01 gluster volume info var-www | sed -n '/^Type/,/^Brick3/p'

echo "== apply again: nothing to do"
before=$("$LAB" exec server03 md5sum /etc/fstab /etc/hosts)
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply2.log" 2>&1 ||
  { cat "$work/apply2.log"; fail "the second apply failed"; }
tail -n 1 "$work/apply2.log"
assert_nothing_applied "$work/apply2.log" 'apply: all'
[ "$("$LAB" exec server03 md5sum /etc/fstab /etc/hosts)" = "$before" ] || fail "fstab or hosts changed on the arbiter"
assert_working_arbiter var-www "Hello, World!"
echo "PASS: check ready; apply built replica 3 arbiter 1 (server03 the arbiter, metadata only);" \
  "the replication test passed between the data servers; the second apply changed nothing"
