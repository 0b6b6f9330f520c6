#!/usr/bin/env bash
# Issue 11: `health` knows the arbiter. On two data servers and an arbiter set up by `apply`
# (`lab.sh fresh --arbiter`): health exits 0 with every check ok (no mount or site is asked of
# the arbiter). The arbiter's glusterd, brick and self-heal daemon ended by their PID files:
# DEGRADED, the reason names the arbiter and says writes still work, and a write through
# server01 succeeds. server02's ended too: BROKEN, "Writes are refused", and a write through
# server01 indeed fails. Both started again: health is all ok again.
# Usage: arbiter-health-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"

"$LAB" fresh --arbiter >"$WORK/fresh.log" 2>&1 || { cat "$WORK/fresh.log"; fail "lab.sh fresh --arbiter failed"; }
ADMIN=$("$LAB" admin-dir)
without_site
"$EXE" apply "$ADMIN/spec.json" --yes --known-hosts "$ADMIN/known_hosts" >"$WORK/apply.log" 2>&1 ||
  { cat "$WORK/apply.log"; fail "apply failed on a fresh three-node lab"; }
assert_working_arbiter "$VOL" "Hello, World!"

health_until_all_ok 60
expect_check write-quorum "" "$VOL" ok
if jq -e '[.checks[] | select(.server == "server03" and (.id == "mount" or .id == "http"))] | length > 0' \
  "$WORK/health.json" >/dev/null; then show_report; fail "the arbiter's mount or site was checked"; fi
note "healthy with the arbiter: exit 0, every check ok"

kill_gluster_on server03
wait_until 10 sh -c "! '$LAB' exec server03 pidof glusterd glusterfsd" || fail "server03's gluster processes did not stop"
"$LAB" exec server01 sh -c 'echo "written while the arbiter was down" > /var/www/html/while-arbiter-down.txt' ||
  fail "a write failed with only the arbiter down"
health
expect_rc 1 "the arbiter is down"
[ "$(jq -r .overall "$WORK/health.json")" = degraded ] || { show_report; fail "the arbiter down should be degraded"; }
expect_check glusterd server03 "" fail
expect_check brick server03 server03-private:/data/var-www/brick03/volume fail
expect_check write-quorum "" "$VOL" ok
jq -e '[.checks[] | select(.id == "glusterd" and .server == "server03")][0].reason
       | test("the arbiter") and test("Writes still work")' "$WORK/health.json" >/dev/null ||
  { show_report; fail "the reason does not say that the arbiter is down and writes still work"; }
note "arbiter down: $(jq -r '[.checks[] | select(.id == "glusterd" and .server == "server03")][0].reason' "$WORK/health.json")"

kill_gluster_on server02
wait_until 10 sh -c "! '$LAB' exec server02 pidof glusterd glusterfsd" || fail "server02's gluster processes did not stop"
# The mount notices the lost bricks after network.ping-timeout (4 s): until then a write may wait.
if wait_until 20 "$LAB" exec server01 timeout 15 sh -c 'echo "two down" > /var/www/html/two-down.txt'; then
  fail "server01 still wrote with the arbiter and server02 down: no quorum should refuse it"
fi
health
expect_rc 1 "the arbiter and server02 are down"
[ "$(jq -r .overall "$WORK/health.json")" = broken ] || { show_report; fail "the arbiter and a data server down should be broken"; }
expect_check write-quorum "" "$VOL" fail
jq -e '[.checks[] | select(.id == "write-quorum")][0].reason | test("^Writes are refused: only 1 of the 3 bricks is up \\(server01\\)")' \
  "$WORK/health.json" >/dev/null || { show_report; fail "the reason does not say plainly that writes are refused"; }
note "arbiter and server02 down: $(jq -r .summary "$WORK/health.json")"

start_glusterd_on server02
start_glusterd_on server03
health_until_all_ok 120
[ "$("$LAB" exec server02 cat /data/var-www/brick02/volume/html/while-arbiter-down.txt)" = "written while the arbiter was down" ] ||
  fail "the file written while the arbiter was down did not reach server02's brick"
"$LAB" exec server01 rm -f /var/www/html/while-arbiter-down.txt
echo "PASS: arbiter set healthy (exit 0); arbiter down -> DEGRADED, writes work; arbiter + server02 down" \
  "-> BROKEN, writes refused; restarted -> all ok"
