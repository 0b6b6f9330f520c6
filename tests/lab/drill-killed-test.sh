#!/usr/bin/env bash
# A drill interrupted midway leaves the pair healthy again:
#  1. Ctrl-C (SIGINT) once server01 is out: the drill brings it back itself, exits 1
#     (CANCELLED), and `health` exits 0 (after the heal).
#  2. SIGKILL once server01 is out: server01 stays out (health exit 1); the restore command the
#     drill printed before taking it out brings it back: `health` exits 0 again.
# Usage: drill-killed-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
# shellcheck source=tests/lab/drill-lib.sh
. "$HEALTH_LIB_DIR/drill-lib.sh"

# start_drill: the drill in the background (its own process group, so that SIGINT reaches it
# as from a terminal); DRILL_PID is its PID. waits until it says server01 is out.
start_drill() {
  setsid "$EXE" drill "$ADMIN/spec.json" --known-hosts "$ADMIN/known_hosts" --yes \
    </dev/null >"$WORK/drill.txt" 2>&1 &
  DRILL_PID=$!
  wait_until 60 grep -q '^drill: server01 is out of the pair now\.' "$WORK/drill.txt" ||
    { kill -KILL "$DRILL_PID" 2>/dev/null || true; show_drill; fail "the drill never took server01 out"; }
}

ensure_pair

# 1. Ctrl-C.
start_drill
kill -INT "$DRILL_PID"
set +e
wait "$DRILL_PID"
# shellcheck disable=SC2034 # read by expect_drill_rc
DRILL_RC=$?
set -e
expect_drill_rc 1 "interrupted"
expect_drill_line '^CANCELLED: ' "CANCELLED"
expect_drill_line '^server01 is back in the pair\.' "that server01 is back"
[ -n "$(glusterd_pid server01)" ] || fail "server01's glusterd does not run after the cancelled drill"
health_until_all_ok 90
expect_no_drill_files
note "Ctrl-C: server01 brought back by the drill itself"

# 2. SIGKILL: nothing of the drill is left to restore; its printed command does.
start_drill
line=$(grep -m1 -o 'restore it with: .*' "$WORK/drill.txt") || { show_drill; fail "no restore command printed"; }
restore=${line#restore it with: }
kill -KILL "$DRILL_PID"
wait "$DRILL_PID" 2>/dev/null || true
[ -z "$(glusterd_pid server01)" ] || fail "server01's glusterd runs although the drill was killed while it was out"
health
expect_rc 1 "server01 out after the killed drill"
# Re-running the drill refuses (the pair is degraded) and names the same restore command.
drill --yes </dev/null
expect_drill_rc 2 "re-run while server01 is out"
grep -qF "bring it back with: $restore" "$WORK/drill.txt" || { show_drill; fail "the refusal does not name the restore command"; }
[[ "$restore" == "gluster-ha-wizard drill "* ]] || fail "the restore command is not a drill command: $restore"
note "running the printed restore command: $restore"
set +e
eval "\"\$EXE\" ${restore#gluster-ha-wizard }" </dev/null >"$WORK/restore.txt" 2>&1
rc=$?
set -e
[ "$rc" = 0 ] || { cat "$WORK/restore.txt"; fail "the restore command exited $rc"; }
grep -q '^RESTORED: server01 is back in the pair\.' "$WORK/restore.txt" || { cat "$WORK/restore.txt"; fail "restore did not say RESTORED"; }
health_until_all_ok 90
expect_no_drill_files
sed 's/^/    /' "$WORK/restore.txt"
echo "PASS: Ctrl-C mid-drill -> server01 brought back by the drill; SIGKILL mid-drill -> the printed restore command brings it back; health exit 0 after both"
