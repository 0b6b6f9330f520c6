#!/usr/bin/env bash
# No server reachable (both sshd stopped): `health` exits 2 at once, in text and JSON, with the
# reason; sshd started again: exit 0.
# Usage: health-unreachable-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"

ensure_pair
restore() { "$LAB" sshd server01 start || true; "$LAB" sshd server02 start || true; }
trap 'restore; rm -rf "$WORK"' EXIT
"$LAB" sshd server01 stop
"$LAB" sshd server02 stop

health
expect_rc 2 "no server is reachable"
none_ms=$HEALTH_MS
expect_check reachable "" "" fail
expect_check ssh server01 "" fail
expect_check ssh server02 "" fail
[ "$(jq -r .overall "$WORK/health.json")" = broken ] || fail "no server reachable must be broken"
set +e
"$EXE" health "$ADMIN/spec.json" --known-hosts "$ADMIN/known_hosts" >"$WORK/health.txt" 2>&1
rc=$?
set -e
[ "$rc" = 2 ] || { cat "$WORK/health.txt"; fail "text health exited $rc, expected 2"; }
grep -q '^BROKEN: ' "$WORK/health.txt" || fail "text output does not say BROKEN"

restore
wait_until 20 "${SSH[@]}" server01 true
wait_until 20 "${SSH[@]}" server02 true
health
expect_rc 0 "sshd is back on both"
echo "PASS: no server reachable -> exit 2 in $none_ms ms; sshd back -> exit 0"
