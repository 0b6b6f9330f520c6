#!/usr/bin/env bash
# `health` on a healthy pair: exit 0 with every check ok, the replication round trip passed and
# left no file behind, the raw outputs are the exact commands; text output is one line per check
# prefixed by its server; --no-round-trip leaves the round trip out.
# Usage: health-healthy-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"

ensure_pair
health
expect_rc 0 "a healthy pair"
expect_all_ok
[ "$(jq -r .overall "$WORK/health.json")" = healthy ] || fail "overall is not healthy"
for n in server01 server02; do
  for id in ssh glusterd peer brick self-heal-daemon mount fstab brick-space http; do
    expect_check "$id" "$n" "*" ok
  done
done
expect_check peer server01 server02-private ok
expect_check peer server02 server01-private ok
expect_check brick server02 server02-private:/data/var-www/brick02/volume ok
expect_check volume "" "$VOL" ok
expect_check heal-pending "" "*" ok
expect_check split-brain "" "*" ok
expect_check replication "" "server01 to server02" ok
first_ms=$HEALTH_MS

# The round trip removed its file: nothing in the volume's root nor on either brick.
for n in server01 server02; do
  num=${n#server}
  left=$("$LAB" exec "$n" sh -c "ls -A /var/www /data/var-www/brick$num/volume | grep '^\.ghw-health-' || true")
  [ -z "$left" ] || fail "the round trip left $left on $n"
done

# Raw outputs: what ran, where, with its status (the exact commands of the probe).
jq -e '[.rawOutputs[] | select(.server == "server02" and
        (.command | test("gluster --mode=script --timeout=[0-9]+ volume status var-www --xml$"))
        and .exitStatus == 0 and (.output | contains("<volStatus>")))] | length == 1' \
  "$WORK/health.json" >/dev/null || fail "no raw volume status output of server02"

# Text: the verdict first, then one line per check, each starting with its server (or "pair").
set +e
"$EXE" health "$ADMIN/spec.json" --known-hosts "$ADMIN/known_hosts" >"$WORK/health.txt" 2>&1
rc=$?
set -e
[ "$rc" = 0 ] || { cat "$WORK/health.txt"; fail "text health exited $rc"; }
head -n 1 "$WORK/health.txt" | grep -q '^HEALTHY: ' || fail "text output does not start with HEALTHY"
checks=$(jq '.checks | length' "$WORK/health.json")
[ "$(tail -n +2 "$WORK/health.txt" | grep -Ec '^(server0[12]|pair): +\[ ok \] ')" = "$checks" ] ||
  { cat "$WORK/health.txt"; fail "text output is not one ok line per check"; }

health --no-round-trip
expect_rc 0 "a healthy pair, no round trip"
jq -e '[.checks[] | select(.id == "replication")] | length == 0' "$WORK/health.json" >/dev/null ||
  fail "--no-round-trip still made the round trip"
echo "PASS: healthy pair -> exit 0, $checks checks ok; health took $first_ms ms (round trip), $HEALTH_MS ms (without)"
