#!/usr/bin/env bash
# `drill` on a degraded pair (server02's gluster processes stopped) refuses with exit 2, says
# why (health's reasons) and touches neither server: server01's glusterd keeps its PID.
# Usage: drill-refuses-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
# shellcheck source=tests/lab/drill-lib.sh
. "$HEALTH_LIB_DIR/drill-lib.sh"

ensure_pair
kill_gluster_on server02
wait_until 10 sh -c "! '$LAB' exec server02 pidof glusterd glusterfsd" || fail "server02's gluster processes did not stop"
before=$(glusterd_pid server01)

drill --yes </dev/null
expect_drill_rc 2 "a degraded pair"
expect_drill_line '^REFUSED: the pair is not HEALTHY \(DEGRADED\)' "that the pair is not healthy"
expect_drill_line 'server02: .*glusterd' "health's reason (server02's glusterd)"
! grep -Eq 'kill -TERM|systemctl stop' "$WORK/drill.txt" || { show_drill; fail "a refused drill stopped something"; }
[ "$(glusterd_pid server01)" = "$before" ] || fail "a refused drill touched server01's glusterd"
[ -z "$(glusterd_pid server02)" ] || fail "a refused drill started server02's glusterd"
sed 's/^/    /' "$WORK/drill.txt"

start_glusterd_on server02
health_until_all_ok 90
echo "PASS: degraded pair -> drill refused (exit 2) with health's reasons, nothing touched"
