#!/usr/bin/env bash
# A real split-brain: server02's private link cut, the same file written on both sides through
# each server's own mount, link restored. `health` exits 1 listing the file with the commands
# that resolve it; running the offered bigger-file command resolves it and `health` exits 0.
# Each side's first write after the cut stalls until its client gives up on the other brick:
# seconds, with the plan's failover options (network.ping-timeout 4, ...; ~79 s without them).
# Usage: health-split-brain-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
FILE=/html/split.txt

ensure_pair
# The file exists on both bricks first (one gfid): the cut then gives a data split-brain.
"$LAB" exec server01 sh -c "echo before > /var/www$FILE"
wait_until 10 "$LAB" exec server02 test -s "/data/var-www/brick02/volume$FILE" || fail "the file did not replicate"

"$LAB" link server02 private down
t0=$SECONDS
"$LAB" exec server01 sh -c "echo 'server01 wrote this' > /var/www$FILE"
"$LAB" exec server02 sh -c "echo 'server02 wrote this, a longer line than the other' > /var/www$FILE"
note "both sides wrote during the cut ($((SECONDS - t0)) s, writes stall until the ping timeout)"
"$LAB" link server02 private up

# The clients reconnect within seconds; heal info then names the file.
t0=$SECONDS
deadline=$((SECONDS + 90))
while :; do
  health
  if [ "$HEALTH_RC" = 1 ] && jq -e --arg f "$FILE" '[.checks[] | select(.id == "split-brain"
        and .state == "fail" and .subject == $f)] | length == 1' "$WORK/health.json" >/dev/null; then
    break
  fi
  [ "$SECONDS" -lt "$deadline" ] || { show_report; fail "health did not report $FILE in split-brain"; }
  sleep 1
done
found_ms=$HEALTH_MS
note "split-brain reported $((SECONDS - t0)) s after the link came back"
bigger=$(jq -r --arg f "$FILE" '.checks[] | select(.id == "split-brain" and .subject == $f)
                | .fixCommands[] | select(contains("bigger-file"))' "$WORK/health.json")
[ "$bigger" = "gluster volume heal $VOL split-brain bigger-file $FILE" ] ||
  { show_report; fail "unexpected resolution command: $bigger"; }
jq -e --arg f "$FILE" '[.checks[] | select(.id == "split-brain" and .subject == $f)][0].fixCommands
       | map(select(contains("source-brick"))) | length == 2' "$WORK/health.json" >/dev/null ||
  fail "no source-brick command per brick"

# The administrator runs the offered command as it is, on a server, as root.
"${SSH[@]}" server01 -- "$bigger"
health_until 60 0
# Resolved: exit 0. The self-heal daemon may list entries as pending until its next crawl (a
# warning, not a failure), so every check but heal-pending must be ok.
bad=$(jq -r '[.checks[] | select(.state != "ok" and .id != "heal-pending")] | length' "$WORK/health.json")
[ "$bad" = 0 ] || { show_report; fail "$bad check(s) are not ok after the resolution"; }
for n in server01 server02; do
  [ "$("$LAB" exec "$n" cat "/var/www$FILE")" = "server02 wrote this, a longer line than the other" ] ||
    fail "$n does not read the bigger copy"
done
"$LAB" exec server01 rm -f "/var/www$FILE"
echo "PASS: split-brain -> exit 1 in $found_ms ms listing $FILE and '$bigger'; resolved with it -> exit 0"
