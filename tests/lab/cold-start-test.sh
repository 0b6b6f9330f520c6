#!/usr/bin/env bash
# Both servers lose power and come back at the same moment (lab.sh cold-start), as after a power
# failure of the rack (issue 10): with no manual step, within COLD_START_LIMIT_S of the power-on
# both serve the same content over HTTP (the page and a file written before the cut); then health
# exits 0.
# Lab-only: each brick's fstab line is mounted at boot by the node's ghw-lab-block-fstab.service
# (systemd does not mount block-device fstab lines in a container; see lab.sh).
# Usage: cold-start-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
COLD_START_LIMIT_S=60
FILE=/html/before-cold-start-$$.txt

ensure_pair
need_systemd_nodes
"$LAB" exec server01 sh -c "echo 'written before the cold start' > /var/www$FILE"
wait_until 10 "$LAB" exec server02 test -s "/data/var-www/brick02/volume$FILE" || fail "the file did not replicate"

both_serve() {
  local ip
  for ip in 198.18.1.11 198.18.1.12; do
    [ "$(http_body "$ip" /index.html)" = "Hello, World!" ] || return 1
    [ "$(http_body "$ip" "${FILE#/html}")" = "written before the cold start" ] || return 1
  done
}

"$LAB" cold-start
t0=$(now_ms)
wait_until "$COLD_START_LIMIT_S" both_serve || {
  for ip in 198.18.1.11 198.18.1.12; do
    echo "$ip: '$(http_body "$ip" /index.html)' '$(http_body "$ip" "${FILE#/html}")'"
  done
  fail "both servers did not serve the same content within $COLD_START_LIMIT_S s of the cold start"
}
serving_ms=$(($(now_ms) - t0))
for n in server01 server02; do "$LAB" wait-running "$n" 30 || fail "$n is not running"; done
running_ms=$(($(now_ms) - t0))
health_until_all_ok 120
healthy_ms=$(($(now_ms) - t0))
assert_working_pair "$VOL" "Hello, World!"
"$LAB" exec server01 rm -f "/var/www$FILE"
echo "PASS: cold start of both: both serve the same content after $serving_ms ms (limit ${COLD_START_LIMIT_S} s)," \
  "both running after $running_ms ms, health exit 0 after $healthy_ms ms"
