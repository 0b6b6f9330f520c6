#!/usr/bin/env bash
# demo_needs_root_test.sh EXE: `EXE demo up|down|status` as a normal user changes nothing, exits 2
# and names the command to run as root. Run as root, it drops to the user nobody for that.
set -euo pipefail
exe=$(readlink -f "${1:?usage: demo_needs_root_test.sh EXE}")
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
as_user=()
[ "$(id -u)" -ne 0 ] || as_user=(runuser -u nobody --)
for verb in up down status; do
  status=0
  out=$("${as_user[@]}" env GHW_LAB_STATE="$work/lab" LC_ALL=C.UTF-8 LANGUAGE='' \
    "$exe" demo "$verb" 2>&1) || status=$?
  [ "$status" -eq 2 ] || fail "demo $verb as a normal user: exit $status, expected 2: $out"
  grep -q "needs root" <<<"$out" || fail "demo $verb does not say it needs root: $out"
  grep -Eq "Run: (sudo .*gluster-ha-wizard demo $verb|su -c .*gluster-ha-wizard demo $verb)" \
    <<<"$out" || fail "demo $verb does not name the command to run: $out"
  [ ! -e "$work/lab" ] || fail "demo $verb as a normal user created $work/lab"
  echo "demo $verb: $out"
done
status=0
out=$("$exe" demo sideways 2>&1) || status=$?
[ "$status" -eq 2 ] && grep -q 'usage: .*demo up|down|status' <<<"$out" ||
  fail "demo sideways: exit $status: $out"
echo "PASS: demo refuses without root, names the command, creates nothing"
