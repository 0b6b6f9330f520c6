#!/usr/bin/env bash
# server02 rebooted (`systemctl reboot` inside it) while the pair is in service (issue 10):
# everything comes back by itself (brick, glusterd, the volume's mount, Apache: no manual step), a
# file written through server01 while server02 was down is on server02's brick after the heal,
# health exits 0 and both servers serve the site.
# Lab-only: server02's brick line is mounted at boot by the node's ghw-lab-block-fstab.service
# (systemd does not mount block-device fstab lines in a container; see lab.sh).
# Usage: reboot-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
FILE=/html/during-reboot-$$.txt

ensure_pair
need_systemd_nodes
t0=$(now_ms)
"$LAB" reboot server02 # returns once server02's PID 1 is gone
"$LAB" exec server01 sh -c "echo 'written while server02 rebooted' > /var/www$FILE" ||
  fail "the write through server01 failed during server02's reboot"
written_ms=$(($(now_ms) - t0))
"$LAB" wait-running server02 90 || fail "server02 did not come back running"
running_ms=$(($(now_ms) - t0))
health_until_all_ok 120
healthy_ms=$(($(now_ms) - t0))
[ "$("$LAB" exec server02 cat "/data/var-www/brick02/volume$FILE")" = "written while server02 rebooted" ] ||
  fail "the file written during the reboot is not on server02's brick after the heal"
assert_working_pair "$VOL" "Hello, World!"
[ "$(http_body 198.18.1.12 "${FILE#/html}")" = "written while server02 rebooted" ] || fail "server02 does not serve $FILE"
"$LAB" exec server01 rm -f "/var/www$FILE"
echo "PASS: server02 rebooted: written through server01 at +$written_ms ms; running at +$running_ms ms;" \
  "health exit 0, the file on server02's brick, at +$healthy_ms ms"
