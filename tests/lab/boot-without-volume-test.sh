#!/usr/bin/env bash
# The volume not mounted at boot (issue 10, acceptance): server02 reboots with its glusterd masked
# and its private link down, so the glusterfs fstab line finds no volfile server and does not
# mount. (glusterd masked alone is not enough, and rightly so: the mount then takes its volfile
# from server01, the line's backup-volfile-servers, and serves the replicated site.) Apache
# on server02 must then not serve the empty folder under /var/www (nor the distribution's default
# page): the plan's drop-in (RequiresMountsFor=/var/www) keeps it stopped. server01 keeps serving
# the site; `health` fails and says why (the web server waits for the volume's mount). Then the
# test undoes the mask and follows health's advice (mount /var/www, start the web server) and
# ends with the pair healthy and the site served by both.
# Lab-only: server02's brick line is mounted at boot by the node's ghw-lab-block-fstab.service
# (systemd does not mount block-device fstab lines in a container; see lab.sh).
# Usage: boot-without-volume-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"

ensure_pair
need_systemd_nodes
"$LAB" exec server02 systemctl show -p RequiresMountsFor apache2.service | grep -qw /var/www ||
  fail "server02: apache2 does not wait for /var/www (the plan's drop-in is missing)"

undo() {
  "$LAB" link server02 private up >/dev/null 2>&1 || true
  "$LAB" exec server02 systemctl unmask glusterd.service >/dev/null 2>&1 || true
}
trap 'undo; rm -rf "$WORK"' EXIT
"$LAB" exec server02 systemctl mask glusterd.service
"$LAB" link server02 private down
t0=$(now_ms)
"$LAB" reboot server02
booted() { case $("$LAB" exec server02 systemctl is-system-running 2>/dev/null) in running | degraded) return 0 ;; *) return 1 ;; esac; }
wait_until 200 booted || fail "server02 did not finish booting"
note "server02 booted after $(($(now_ms) - t0)) ms: $("$LAB" exec server02 systemctl is-system-running || true)"

fstype=$("$LAB" exec server02 findmnt -n -o FSTYPE /var/www || true)
if [ "$fstype" = fuse.glusterfs ]; then
  "$LAB" exec server02 sh -c 'systemctl status --no-pager glusterd.service var-www.mount; findmnt /var/www;
    grep /var/www /etc/fstab; journalctl -b --no-pager -u var-www.mount | tail -20' || true
  fail "the volume is mounted on server02 although glusterd is masked and its private link down"
fi
state=$("$LAB" exec server02 systemctl is-active apache2.service || true)
[ "$state" != active ] || fail "apache2 runs on server02 without the volume mounted on /var/www"
if body=$(curl -sS --noproxy '*' -m 5 http://198.18.1.12/ 2>/dev/null); then
  fail "server02 serves a page without the volume: $(head -c 200 <<<"$body")"
fi
# server01 lost its peer silently (the private link went down first): after the failover options'
# few seconds it serves the site alone.
server01_serves() { [ "$(http_body 198.18.1.11 /index.html)" = "Hello, World!" ]; }
wait_until 30 server01_serves || fail "server01 does not serve the site while server02 is without its volume"

health
[ "$HEALTH_RC" != 0 ] || { show_report; fail "health exited 0 with the volume not mounted on server02"; }
expect_check http server02 "*" fail
expect_check mount server02 "*" fail
jq -e '[.checks[] | select(.id == "http" and .server == "server02")
        | select(.reason | test("waits for the mount"))] | length > 0' "$WORK/health.json" >/dev/null ||
  { show_report; jq '.checks[] | select(.server == "server02")' "$WORK/health.json"; fail "health does not say that the web server waits for the mount"; }
note "health exit $HEALTH_RC says why: $(jq -r '.checks[] | select(.id == "http" and .server == "server02") | .reason' "$WORK/health.json")"

# Back: the mask undone, glusterd started, then health's advice (mount, start the web server).
undo
"$LAB" exec server02 systemctl start glusterd.service
wait_until 60 "$LAB" exec server02 mount /var/www || fail "mount /var/www on server02 failed once glusterd ran"
"$LAB" exec server02 systemctl start apache2.service
health_until_all_ok 120
assert_working_pair "$VOL" "Hello, World!"
echo "PASS: without its volume at boot server02 served nothing (apache2 $state), server01 served the site," \
  "health said why; after the mount both serve the site and health is all ok"
