#!/usr/bin/env bash
# server02 silent (both its links down, no packet answered): `health` reports within its own
# timeouts, not gluster's 120 s, with server02 unreachable and exit 1. Links up: exit 0 again.
# Usage: health-link-down-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
LIMIT_MS=20000

ensure_pair
restore() { "$LAB" link server02 public up || true; "$LAB" link server02 private up || true; }
trap 'restore; rm -rf "$WORK"' EXIT
"$LAB" link server02 public down
"$LAB" link server02 private down

health
expect_rc 1 "server02 is silent"
silent_ms=$HEALTH_MS
[ "$HEALTH_MS" -le "$LIMIT_MS" ] || { show_report; fail "health took $HEALTH_MS ms with a silent server (limit $LIMIT_MS)"; }
expect_check ssh server02 "" fail
expect_check ssh server01 "" ok
expect_check glusterd server01 "" ok
expect_check http server02 "*" fail
# server01 itself may stall meanwhile: its mount waits network.ping-timeout (4 s, the plan's
# failover options) for the silent brick, and so do Apache and the round trip there.

# Once more right away: glusterd on server01 may now be inside its own 120 s transaction.
health
expect_rc 1 "server02 is still silent"
[ "$HEALTH_MS" -le "$LIMIT_MS" ] || { show_report; fail "the second run took $HEALTH_MS ms"; }
second_ms=$HEALTH_MS

t0=$SECONDS
restore
health_until_all_ok 180
jq -r '.rawOutputs[] | "    \(.durationMs) ms \(.server) \(.command)"' "$WORK/health-1.json"
echo "PASS: server02 silent -> exit 1 in $silent_ms ms and $second_ms ms (limit $LIMIT_MS); links up -> exit 0 after $((SECONDS - t0)) s"
