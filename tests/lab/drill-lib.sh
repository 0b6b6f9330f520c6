# shellcheck shell=bash
# Sourced by the drill lab tests (drill-*-test.sh) after health-lib.sh: the product's `drill`
# run against the lab pair, its output kept in $WORK/drill.txt.

# drill [ARGS...]: runs `drill SPEC --known-hosts ... ARGS` (stdin from /dev/null unless the
# caller redirects); sets DRILL_RC.
drill() {
  set +e
  "$EXE" drill "$ADMIN/spec.json" --known-hosts "$ADMIN/known_hosts" "$@" >"$WORK/drill.txt" 2>&1
  DRILL_RC=$?
  set -e
}

show_drill() {
  echo "--- drill exit $DRILL_RC:"
  sed 's/^/    /' "$WORK/drill.txt"
}

expect_drill_rc() {
  [ "$DRILL_RC" = "$1" ] || { show_drill; fail "drill exited $DRILL_RC, expected $1 ($2)"; }
}

# expect_drill_line REGEX WHAT: some line of the drill's output matches (grep -E).
expect_drill_line() {
  grep -Eq -- "$1" "$WORK/drill.txt" || { show_drill; fail "the drill did not say $2"; }
}

# No drill file left in the volume's root nor on either brick.
expect_no_drill_files() {
  local n num left
  for n in server01 server02; do
    num=${n#server}
    left=$("$LAB" exec "$n" sh -c "ls -A /var/www /data/var-www/brick$num/volume | grep '^\.ghw-drill-' || true")
    [ -z "$left" ] || fail "the drill left $left on $n"
  done
}

# The PID of a server's glusterd (empty when none runs).
glusterd_pid() {
  "$LAB" exec "$1" pidof glusterd || true
}
