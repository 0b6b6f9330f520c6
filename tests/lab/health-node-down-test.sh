#!/usr/bin/env bash
# glusterd, brick and self-heal daemon stopped on server02 (by their PID files): `health` exits 1
# naming the disconnected peer and the offline brick, with the fix; a file written meanwhile waits
# to be healed. glusterd started again: the brick comes back, the heal completes by itself and
# `health` exits 0 again.
# Usage: health-node-down-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"

ensure_pair
kill_gluster_on server02
wait_until 10 sh -c "! '$LAB' exec server02 pidof glusterd glusterfsd" || fail "server02's gluster processes did not stop"
"$LAB" exec server01 sh -c 'echo "written while server02 was down" > /var/www/html/while-down.txt'

health
expect_rc 1 "server02's glusterd and brick are down"
down_ms=$HEALTH_MS
expect_check glusterd server02 "" fail
expect_check peer server01 server02-private fail
expect_check brick server02 server02-private:/data/var-www/brick02/volume fail
expect_check brick server01 server01-private:/data/var-www/brick01/volume ok
expect_check http server01 "*" ok
jq -e '[.checks[] | select(.id == "heal-pending" and .state == "warn" and .count >= 1)] | length == 1' \
  "$WORK/health.json" >/dev/null || { show_report; fail "no pending heal reported for the file written meanwhile"; }
jq -e '[.checks[] | select(.id == "glusterd" and .server == "server02")][0].fixCommands
       | index("systemctl restart glusterd") != null' "$WORK/health.json" >/dev/null ||
  fail "no restart command offered for glusterd"
[ "$(jq -r .overall "$WORK/health.json")" = degraded ] || { show_report; fail "one server down should be degraded, not broken"; }

t0=$SECONDS
start_glusterd_on server02
health_until_all_ok 90
healed_s=$((SECONDS - t0))
[ "$("$LAB" exec server02 cat /data/var-www/brick02/volume/html/while-down.txt)" = "written while server02 was down" ] ||
  fail "the file written meanwhile did not reach server02's brick"
"$LAB" exec server01 rm -f /var/www/html/while-down.txt
echo "PASS: server02 down -> exit 1 in $down_ms ms (peer disconnected, brick offline, heal pending); glusterd restarted -> healed, exit 0 after ${healed_s} s"
