#!/usr/bin/env bash
# Failover within seconds (issue 10, acceptance): on a pair built by the product's exported
# script, the volume carries the plan's failover options (read back with `gluster volume get`),
# and with server01's private link silently down (packets dropped, as in a power cut) server02's
# site answers again within TARGET_S seconds, as does a write through server02's mount started
# at the cut. The link back, the file written during the cut reaches server01's brick, health
# exits 0 with both servers serving the site, and ends with every check ok.
# On nodes that boot systemd (the lab's default) apache2 must wait for the volume's mount
# (the plan's drop-in, read back from systemd itself); on init-less nodes the step does not
# apply and nothing is written under /etc/systemd.
# Usage: failover-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
# The survivor's site answers again within 10 s of its peer going silent (76 s before the
# failover options).
TARGET_S=10
# "Answers again": from then on every request is answered, for this long.
SETTLE_S=5
URL=http://198.18.1.12/
TEST_FILE=/var/www/html/failover-test.txt

ensure_pair
for option in "network.ping-timeout 4" "server.keepalive-time 1" "server.keepalive-interval 1" \
  "server.keepalive-count 3" "server.tcp-user-timeout 4"; do
  name=${option% *}
  have=$("$LAB" exec server01 gluster volume get "$VOL" "$name" | awk -v o="$name" '$1 == o { print $2 }')
  [ "$have" = "${option#* }" ] || fail "the volume has $name $have, not ${option#* }"
done
for n in server01 server02; do
  if [ "$("$LAB" kind)" = systemd ]; then
    "$LAB" exec "$n" systemctl show -p RequiresMountsFor apache2.service | grep -qw /var/www ||
      fail "$n: apache2 does not wait for the volume's mount on /var/www (no RequiresMountsFor)"
  elif "$LAB" exec "$n" test -e /etc/systemd/system/apache2.service.d; then
    fail "$n runs no systemd, yet a drop-in directory for apache2 was written"
  fi
done
expected=$(curl -fsS --noproxy '*' -m 10 "$URL") || fail "server02's site does not answer before the cut"
[ "$expected" = "Hello, World!" ] || fail "server02 serves '$expected' before the cut"

restore() { "$LAB" link server01 private up || true; }
trap 'restore; rm -rf "$WORK"' EXIT
"$LAB" link server01 private down
cut=$(now_ms)
("$LAB" exec server02 timeout 60 sh -c "echo failover > $TEST_FILE" && rc=0 || rc=$?
  echo "$rc $(now_ms)" >"$WORK/write") &
writer=$!
answered=""
deadline=$((cut + 60000))
while [ "$(now_ms)" -lt "$deadline" ]; do
  if [ "$(curl -fs --noproxy '*' -m 1 "$URL" 2>/dev/null)" = "$expected" ]; then
    answered=${answered:-$(now_ms)}
    [ $(($(now_ms) - answered)) -lt $((SETTLE_S * 1000)) ] || break
  else
    answered=""
  fi
  sleep 0.2
done
wait "$writer" || true
read -r write_rc written <"$WORK/write"
[ -n "$answered" ] || fail "server02's site did not answer steadily within 60 s of the cut"
stall_ms=$((answered - cut))
note "server02's site answered again $stall_ms ms after the cut; the write took $((written - cut)) ms (exit $write_rc)"
[ "$stall_ms" -le $((TARGET_S * 1000)) ] ||
  fail "server02's site stalled $stall_ms ms after server01 went silent (target ${TARGET_S} s)"
[ "$write_rc" = 0 ] || fail "the write through server02's mount failed (exit $write_rc)"
[ $((written - cut)) -le $((TARGET_S * 1000)) ] ||
  fail "the write through server02's mount took $((written - cut)) ms (target ${TARGET_S} s)"

restore
t0=$SECONDS
wait_until 120 "$LAB" exec server01 test -s "/data/var-www/brick01/volume/html/${TEST_FILE##*/}" ||
  fail "the file written during the cut did not reach server01's brick after the heal"
heal_s=$((SECONDS - t0))
"$LAB" exec server02 rm -f "$TEST_FILE"
health_until 120 0
expect_check http server01 "*" ok
expect_check http server02 "*" ok
# Seen on the lab: a client that reconnects once more shortly after the link is back can leave
# an entry pending that the self-heal daemon retries only at its next crawl (10 min); health
# warns and offers `gluster volume heal`, which the administrator would run. So does the test,
# to leave the pair as it found it.
heal_fix=""
deadline=$((SECONDS + 180))
while :; do
  health
  [ "$HEALTH_RC" = 0 ] && [ "$(jq -r '[.checks[] | select(.state != "ok")] | length' "$WORK/health.json")" = 0 ] && break
  [ "$SECONDS" -lt "$deadline" ] || { show_report; fail "health was not all ok within 180 s of the heal"; }
  fix=$(jq -r '[.checks[] | select(.id == "heal-pending" and .state == "warn") | .fixCommands[]][0] // empty' "$WORK/health.json")
  if [ -n "$fix" ]; then
    heal_fix=$fix
    note "heal pending after the link came back; running health's fix: $fix"
    "${SSH[@]}" server01 -- "$fix" >/dev/null || true
    sleep 5
  else
    sleep 1
  fi
done
echo "PASS: failover options set; server02's site answered $stall_ms ms after server01 went silent (target ${TARGET_S} s); healed in ${heal_s} s; health exit 0${heal_fix:+ (after '$heal_fix')}"
