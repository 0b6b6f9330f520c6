#!/usr/bin/env bash
# The exported script keeps a wipe to the disk that was checked (issue 12): on a fresh lab,
# server01's disk holds ext4; `export --wipe server01:/dev/vdb` binds the permission to that
# disk's identity. The disk then gets a new file system (a new UUID) before the script runs: the
# format step refuses it and erases nothing.
# Usage: disk-guard-export-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"

"$LAB" fresh
ADMIN=$("$LAB" admin-dir)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
uuid_of_disk() { "$LAB" exec server01 blkid -p -s UUID -o value /dev/vdb; }

"$LAB" exec server01 mkfs.ext4 -q -F /dev/vdb
checked=$(uuid_of_disk)
"$EXE" export "$ADMIN/spec.json" --accept-split-brain-risk --known-hosts "$ADMIN/known_hosts" \
  --wipe server01:/dev/vdb -o "$work/pair.sh" 2>"$work/export.log" ||
  { cat "$work/export.log"; fail "export failed"; }
grep -q "checked_identity=.*0:ext4@0x438=$checked" "$work/pair.sh" ||
  fail "the exported script does not bind the wipe to the disk's identity ($checked)"

"$LAB" exec server01 mkfs.ext4 -q -F /dev/vdb
changed=$(uuid_of_disk)
[ "$changed" != "$checked" ] || fail "mkfs.ext4 kept the UUID"
if GHW_SSH="ssh -F $ADMIN/ssh_config" bash "$work/pair.sh" --yes >"$work/run.log" 2>&1; then
  cat "$work/run.log"
  fail "the script ran through although the disk changed after the check"
fi
grep -q "Refusing to erase /dev/vdb: it is not the disk that was checked" "$work/run.log" ||
  { cat "$work/run.log"; fail "no clear refusal of the changed disk"; }
[ "$(uuid_of_disk)" = "$changed" ] || fail "the changed disk was touched"
[ "$("$LAB" exec server01 blkid -p -s TYPE -o value /dev/vdb)" = ext4 ] || fail "the disk is no longer ext4"
echo "PASS: the exported script refused to erase a disk whose identity changed after the check"
