#!/usr/bin/env bash
# Issue 11: `add-arbiter` on an existing replica 2 pair made by `apply`, with files in it. The lab
# has three nodes (`lab.sh fresh --arbiter`); the pair is set up on server01 and server02 from the
# lab's spec without server03, then `add-arbiter SPEC --server server03` adds the arbiter.
#  1. refusals, each before anything changed on server03 and naming the cause: the arbiter named
#     as one of the data servers; a volume that is not replica 2; a pending heal; a split-brain
#     file; a stopped volume;
#  2. the arbiter added: volume info shows its brick (1 x (2 + 1) = 3), no file lost (counted and
#     checksummed through both mounts before and after), the arbiter's brick holds every name,
#     the heal ended, health exits 0; run again, nothing is applied.
# Usage: add-arbiter-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"

"$LAB" fresh --arbiter >"$WORK/fresh.log" 2>&1 || { cat "$WORK/fresh.log"; fail "lab.sh fresh --arbiter failed"; }
ADMIN=$("$LAB" admin-dir)
without_site
jq 'del(.servers[2]) | .volume.replica = 2' "$ADMIN/spec.json" >"$WORK/pair.json"
OPTS=(--known-hosts "$ADMIN/known_hosts")
"$EXE" apply "$WORK/pair.json" --yes --accept-split-brain-risk "${OPTS[@]}" >"$WORK/apply.log" 2>&1 ||
  { cat "$WORK/apply.log"; fail "apply of the pair failed"; }
assert_working_pair "$VOL" "Hello, World!"

# add_arbiter SPEC NAME: runs add-arbiter; sets ADD_RC, output in $WORK/add.log.
add_arbiter() {
  set +e
  "$EXE" add-arbiter "$1" --server "$2" --yes "${OPTS[@]}" >"$WORK/add.log" 2>&1
  ADD_RC=$?
  set -e
}
# refused WHAT PATTERN: add-arbiter exited non-zero with PATTERN in its output, and server03 was
# left untouched (no brick mount, not in the pool).
refused() {
  [ "$ADD_RC" != 0 ] || { cat "$WORK/add.log"; fail "add-arbiter accepted $1"; }
  grep -q "$2" "$WORK/add.log" || { cat "$WORK/add.log"; fail "add-arbiter refused $1 without saying '$2'"; }
  if "$LAB" exec server03 findmnt -n /data/var-www/brick03 >/dev/null; then fail "server03's disk was touched before the refusal of $1"; fi
  note "refused $1 (exit $ADD_RC): $(grep -m1 "$2" "$WORK/add.log")"
}

echo "== refusals"
add_arbiter "$ADMIN/spec.json" server01
refused "a data server as the arbiter" "server01 is one of the data servers"

# Not replica 2: a one-brick volume of its own, named in a spec of its own.
"$LAB" exec server01 gluster --mode=script volume create solo server01-private:/data/var-www/brick01/solo force >/dev/null
jq '.volume.name = "solo" | .mount.path = "/srv/solo"' "$ADMIN/spec.json" >"$WORK/solo.json"
add_arbiter "$WORK/solo.json" server03
refused "a volume that is not replica 2" "Volume solo is not replica 2"
"$LAB" exec server01 gluster --mode=script volume delete solo >/dev/null

# A pending heal: the self-heal daemon off, server02's gluster stopped while a file is written,
# started again: the entry waits.
"$LAB" exec server01 gluster --mode=script volume set "$VOL" cluster.self-heal-daemon off >/dev/null
kill_gluster_on server02
wait_until 10 sh -c "! '$LAB' exec server02 pidof glusterd glusterfsd" || fail "server02's gluster did not stop"
"$LAB" exec server01 timeout 30 sh -c "echo pending > /var/www/html/pending.txt"
start_glusterd_on server02
wait_until 60 sh -c "[ \"\$('$LAB' exec server01 gluster volume heal $VOL info summary | grep -c 'Status: Connected')\" = 2 ]" ||
  fail "server02's brick did not come back"
add_arbiter "$ADMIN/spec.json" server03
refused "a volume with a pending heal" "entries waiting to be healed"
"$LAB" exec server01 gluster --mode=script volume set "$VOL" cluster.self-heal-daemon on >/dev/null
"$LAB" exec server01 gluster --mode=script volume heal "$VOL" >/dev/null || true
wait_until 120 sh -c "'$LAB' exec server01 gluster volume heal $VOL info summary | awk -F': ' '/^Total Number of entries/ {n += \$2} END {exit n != 0}'" ||
  fail "the pending heal did not end"

# A split-brain file: server02's private link cut, both sides write, link back.
"$LAB" exec server01 sh -c "echo before > /var/www/html/split.txt"
wait_until 10 "$LAB" exec server02 test -s /data/var-www/brick02/volume/html/split.txt || fail "split.txt did not replicate"
"$LAB" link server02 private down
"$LAB" exec server01 timeout 30 sh -c "echo 'server01 wrote this' > /var/www/html/split.txt"
"$LAB" exec server02 timeout 30 sh -c "echo 'server02 wrote this, longer' > /var/www/html/split.txt"
"$LAB" link server02 private up
wait_until 90 sh -c "'$LAB' exec server01 gluster volume heal $VOL info split-brain | grep -q /html/split.txt" ||
  fail "no split-brain to refuse"
add_arbiter "$ADMIN/spec.json" server03
refused "a volume with a split-brain file" "in split-brain"
"$LAB" exec server01 gluster --mode=script volume heal "$VOL" split-brain bigger-file /html/split.txt >/dev/null
wait_until 120 sh -c "'$LAB' exec server01 gluster volume heal $VOL info summary | awk -F': ' '/^Total Number of entries/ {n += \$2} END {exit n != 0}'" ||
  fail "the split-brain did not heal after its resolution"

# A stopped volume.
"$LAB" exec server01 gluster --mode=script volume stop "$VOL" >/dev/null
add_arbiter "$ADMIN/spec.json" server03
refused "a stopped volume" "is not started"
"$LAB" exec server01 gluster --mode=script volume start "$VOL" >/dev/null
wait_until 60 sh -c "[ \"\$('$LAB' exec server01 gluster volume heal $VOL info summary | grep -c 'Status: Connected')\" = 2 ]" ||
  fail "the bricks did not come back after the start"
for n in server01 server02; do # the mounts reconnect by themselves; wait until they read again
  wait_until 30 "$LAB" exec "$n" cat /var/www/html/index.html || fail "$n's mount did not come back"
done

echo "== files in the pair"
"$LAB" exec server01 sh -c 'for d in a b c; do mkdir -p /var/www/data/$d; for i in $(seq 1 40); do
  head -c $((i * 97)) /dev/urandom > /var/www/data/$d/file$i.bin; done; done'
# Written right after the volume's restart, some files may have reached one brick only (a mount
# reconnects to the bricks one by one): add-arbiter rightly refuses a pair with a pending heal,
# so wait until the pair has settled, as an administrator would.
"$LAB" exec server01 gluster --mode=script volume heal "$VOL" >/dev/null || true
wait_until 120 sh -c "'$LAB' exec server01 gluster volume heal $VOL info summary | awk -F': ' '/^Total Number of entries/ {n += \$2} END {exit n != 0}'" ||
  fail "the files written after the restart did not heal"
# inventory NODE: "count checksum-of-checksums" of every file through NODE's mount.
inventory() {
  "$LAB" exec "$1" sh -c 'cd /var/www && find . -type f ! -name ".gluster-ha-wizard*" | sort | xargs md5sum' >"$WORK/inv-$1-$2"
  echo "$(wc -l <"$WORK/inv-$1-$2") $(md5sum <"$WORK/inv-$1-$2" | cut -d' ' -f1)"
}
before=$(inventory server01 before)
[ "$(inventory server02 before)" = "$before" ] || fail "the two mounts disagree before add-arbiter"
note "before: ${before% *} files, checksum ${before#* }"

echo "== add-arbiter"
t0=$SECONDS
add_arbiter "$ADMIN/spec.json" server03
[ "$ADD_RC" = 0 ] || { cat "$WORK/add.log"; fail "add-arbiter failed (exit $ADD_RC)"; }
took=$((SECONDS - t0))
tail -n 1 "$WORK/add.log"
assert_working_arbiter "$VOL" "Hello, World!"
for n in server01 server02; do
  [ "$(inventory "$n" after)" = "$before" ] || { diff "$WORK/inv-server01-before" "$WORK/inv-$n-after" || true; fail "files differ through $n's mount after add-arbiter"; }
done
names() { "$LAB" exec "$1" sh -c "cd $2 && find . -path ./.glusterfs -prune -o -type f -print | grep -v '^./.gluster-ha-wizard' | sort"; }
[ "$(names server03 /data/var-www/brick03/volume)" = "$(names server01 /data/var-www/brick01/volume)" ] ||
  fail "the arbiter's brick does not hold every file's name"
[ "$("$LAB" exec server03 sh -c 'find /data/var-www/brick03/volume/data -type f -size +0 | wc -l')" = 0 ] ||
  fail "the arbiter's brick holds file content"
[ "$("$LAB" exec server01 gluster volume heal "$VOL" info summary | awk -F': ' '/^Total Number of entries/ {n += $2} END {print n + 0}')" = 0 ] ||
  fail "heals are pending after add-arbiter"
health_until_all_ok 60
note "add-arbiter took ${took} s; health exit 0"

add_arbiter "$ADMIN/spec.json" server03
[ "$ADD_RC" = 0 ] || { cat "$WORK/add.log"; fail "add-arbiter failed the second time"; }
grep -Eq '^apply: all [0-9]+ steps done: [0-9]+ already done, 0 applied now' "$WORK/add.log" ||
  { cat "$WORK/add.log"; fail "the second add-arbiter changed something"; }
echo "PASS: add-arbiter refused a data server, not replica 2, a pending heal, a split-brain file and a" \
  "stopped volume; then added server03 in ${took} s with ${before% *} files intact, healed, health 0; again: nothing applied"
