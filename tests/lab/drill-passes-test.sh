#!/usr/bin/env bash
# `drill` on a healthy pair passes: it says what it stopped on server01 (by PID), shows
# server02's site answering once a second meanwhile, brings server01 back, waits for the heal,
# finds its file on both bricks with no split-brain, removes it and reports the stall and the
# heal time; exit 0 and the pair is healthy after. `--server server02` drills the other one.
# Without a terminal and without --yes it refuses (exit 2) and touches nothing.
# Usage: drill-passes-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
# shellcheck source=tests/lab/drill-lib.sh
. "$HEALTH_LIB_DIR/drill-lib.sh"

ensure_pair

# Asked nothing (stdin is not a terminal) and no --yes: refused, nothing touched.
before=$(glusterd_pid server01)
[ -n "$before" ] || fail "server01's glusterd does not run before the drill"
drill </dev/null
expect_drill_rc 2 "no terminal and no --yes"
expect_drill_line 'refused: .*--yes' "why it refused"
[ "$(glusterd_pid server01)" = "$before" ] || fail "a refused drill touched server01's glusterd"

for target in server01 server02; do
  args=(--yes)
  [ "$target" = server01 ] || args+=(--server "$target")
  t0=$SECONDS
  drill "${args[@]}" </dev/null
  expect_drill_rc 0 "a healthy pair, $target drilled"
  expect_drill_line '^PASSED: '"$target"' was out of the pair' "PASSED for $target"
  # glusterd is ended by its PID where systemd runs too (its unit's stop would also stop the
  # volume's mount and the web server); systemd may end the brick itself once glusterd is gone.
  expect_drill_line "^drill: $target: kill -TERM [0-9]+ \\(glusterd\\)" "which glusterd PID it ended on $target"
  if [ "$("$LAB" kind)" != systemd ]; then
    expect_drill_line "^drill: $target: kill -TERM [0-9]+ \\(glusterfsd\\)" "which brick PID it ended on $target"
  fi
  expect_drill_line "^drill: $target: every gluster process of the volume on this server has ended" \
    "that every gluster process of the volume ended on $target"
  expect_drill_line "restore it with: gluster-ha-wizard drill .* --restore --server '?$target'?" "the restore command"
  expect_drill_line '^drill: server0[12] site: HTTP 200 in [0-9]+ ms' "the survivor's site answering"
  expect_drill_line '^Site stall: [0-9.]+ s longest without an answer' "the longest stall"
  expect_drill_line '^Heal: [0-9.]+ s from' "the heal time"
  expect_drill_line 'is on both bricks' "that its file is on both bricks"
  expect_drill_line '^Split-brain entries: 0\.' "no split-brain"
  expect_drill_line "^$target is back in the pair\\." "that $target is back"
  polls=$(grep -Ec '^drill: server0[12] site: HTTP 200' "$WORK/drill.txt")
  [ "$polls" -ge 5 ] || { show_drill; fail "only $polls answers of the site were shown"; }
  expect_no_drill_files
  health
  expect_rc 0 "after the drill of $target"
  note "drill of $target passed in $((SECONDS - t0)) s: $(grep -E '^(Site stall|Heal):' "$WORK/drill.txt" | tr '\n' ' ')"
done
sed 's/^/    /' "$WORK/drill.txt"
echo "PASS: drill refused without a terminal or --yes; passed on server01 and server02, the pair healthy after each"
