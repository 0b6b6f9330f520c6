#!/usr/bin/env bash
# `apply` on nodes that boot systemd takes the systemd branch of its steps, and what it wrote for
# the next boot is what comes up after a reboot (issue 10):
#  1. a fresh lab: glusterd neither enabled nor running on either node; check, then apply --yes;
#  2. inside each node (lab.sh exec, not through the product): glusterd and apache2 enabled and
#     active; /var/www mounted by systemd's own mount unit, generated from the fstab line;
#  3. each node rebooted (`systemctl reboot`): running again, and every fstab line is mounted
#     with the source the product wrote (the brick by UUID, the volume by name);
#  4. health exits 0 and both servers serve the site over HTTP.
# Lab-only: systemd does not mount block-device fstab lines in a container; the node's
# ghw-lab-block-fstab.service mounts the brick's unchanged line at the same point of the boot
# (see lab.sh). The glusterfs line is mounted by systemd itself.
# Usage: systemd-apply-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
OPTS=(--known-hosts "$ADMIN/known_hosts" --accept-split-brain-risk)

"$LAB" fresh >"$WORK/fresh.log" 2>&1 || { cat "$WORK/fresh.log"; fail "lab.sh fresh failed"; }
ADMIN=$("$LAB" admin-dir)
[ "$("$LAB" kind)" = systemd ] || fail "the lab's nodes do not boot systemd"
without_site
for n in server01 server02; do
  [ "$("$LAB" exec "$n" systemctl is-system-running)" = running ] || fail "$n is not running"
  ! "$LAB" exec "$n" systemctl -q is-enabled glusterd.service || fail "glusterd is enabled on the fresh $n"
  ! "$LAB" exec "$n" systemctl -q is-active glusterd.service || fail "glusterd runs on the fresh $n"
  # A server's own home and /tmp: none of this machine's files (its shell start-up files would
  # run inside the node for every command over ssh).
  for f in /root/* /root/.[!.]* /tmp/*; do
    [ -e "$f" ] && [ "$f" != /root/.ssh ] || continue
    ! "$LAB" exec "$n" test -e "$f" || fail "$n sees this machine's $f"
  done
done

"$EXE" check "$ADMIN/spec.json" "${OPTS[@]}" >"$WORK/check.log" 2>&1 || { cat "$WORK/check.log"; fail "check did not say ready"; }
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$WORK/apply.log" 2>&1 ||
  { cat "$WORK/apply.log"; fail "apply failed on nodes that boot systemd"; }
tail -n 1 "$WORK/apply.log"

for n in server01 server02; do
  for unit in glusterd.service apache2.service; do
    "$LAB" exec "$n" systemctl -q is-enabled "$unit" || fail "$unit is not enabled on $n after apply"
    "$LAB" exec "$n" systemctl -q is-active "$unit" || fail "$unit is not active on $n after apply"
  done
  # systemd mounted the volume from the fstab line (its generator's unit), not a bare mount.
  "$LAB" exec "$n" systemctl -q is-active var-www.mount || fail "var-www.mount is not active on $n"
  "$LAB" exec "$n" systemctl show -p FragmentPath --value var-www.mount | grep -q '^/run/systemd/generator/' ||
    fail "var-www.mount on $n does not come from fstab"
done
assert_working_pair "$VOL" "Hello, World!"

# Every non-comment fstab line of NODE is mounted as written: same mount point, same file system,
# and the same source (UUID=... resolved by blkid, or the volume's server:/name).
assert_fstab_mounted() {
  local n=$1 src target fstype src_now fstype_now count=0
  while read -r src target fstype; do
    count=$((count + 1))
    src_now=$("$LAB" exec "$n" findmnt -n -o SOURCE --mountpoint "$target") || fail "$n: $target ($src) is not mounted"
    fstype_now=$("$LAB" exec "$n" findmnt -n -o FSTYPE --mountpoint "$target")
    case $src in
      UUID=*)
        [ "$("$LAB" exec "$n" blkid -o value -s UUID "$src_now")" = "${src#UUID=}" ] ||
          fail "$n: $target is mounted from $src_now, not $src"
        [ "$fstype_now" = "$fstype" ] || fail "$n: $target is $fstype_now, fstab says $fstype" ;;
      *)
        [ "$src_now" = "$src" ] || fail "$n: $target is mounted from $src_now, not $src"
        [ "$fstype_now" = "$fstype" ] || [ "$fstype_now" = "fuse.$fstype" ] ||
          fail "$n: $target is $fstype_now, fstab says $fstype" ;;
    esac
  done < <("$LAB" exec "$n" awk '$1 !~ /^#/ && NF >= 3 { print $1, $2, $3 }' /etc/fstab)
  [ "$count" = 2 ] || fail "$n: expected 2 fstab lines (brick and volume), found $count"
}

for n in server01 server02; do
  t0=$(now_ms)
  "$LAB" reboot "$n"
  "$LAB" wait-running "$n" 90 || fail "$n did not come back running after its reboot"
  note "$n rebooted: running again $(($(now_ms) - t0)) ms after systemctl reboot"
  assert_fstab_mounted "$n"
  for unit in glusterd.service apache2.service; do
    "$LAB" exec "$n" systemctl -q is-active "$unit" || fail "$unit is not active on $n after its reboot"
  done
  health_until_all_ok 120
done
expect_rc 0 "the pair after both reboots"
assert_working_pair "$VOL" "Hello, World!"
echo "PASS: apply took the systemd branch (glusterd, apache2 enabled and active, volume mounted by its fstab unit); after a reboot of each node every fstab line is mounted as written; health exit 0"
