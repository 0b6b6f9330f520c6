#!/usr/bin/env bash
# The seed article's steps, done by hand with the plain OpenSSH client against a fresh lab, and the
# outcome asserted independently (inside the nodes, without SSH). This proves the lab is faithful;
# the product takes these steps over in its own tests.
set -euo pipefail
export LC_ALL=C
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
[ "$(id -u)" -eq 0 ] || { echo "FAIL: the lab test needs root" >&2; exit 1; }

"$LAB" fresh
ADMIN=$("$LAB" admin-dir)
SSH=(ssh -F "$ADMIN/ssh_config" -n)
VOL=var-www
t0=$SECONDS

step() { printf '\n== %s\n' "$*"; }
on() { local node=$1; shift; printf '$ ssh %s %s\n' "$node" "$*"; "${SSH[@]}" "$node" -- "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
wait_for() { # wait_for SECONDS CMD...
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do [ "$SECONDS" -lt "$deadline" ] || return 1; sleep 0.2; done
}

hosts="198.18.1.11 server01
198.18.1.12 server02
198.18.0.11 server01-private
198.18.0.12 server02-private"

for n in server01 server02; do
  num=${n#server}
  step "$n: names, XFS brick disk, glusterd"
  on "$n" "printf '%s\n' '$hosts' >> /etc/hosts"
  on "$n" "mkfs.xfs -i size=512 /dev/vdb"
  on "$n" "mkdir -p /data/var-www/brick$num && echo '/dev/vdb /data/var-www/brick$num xfs defaults 1 2' >> /etc/fstab && mount -a"
  on "$n" "glusterd -p /var/run/glusterd.pid"
done
for n in server01 server02; do
  wait_for 20 "${SSH[@]}" "$n" -- gluster pool list || fail "glusterd on $n does not answer"
done

step "server01: peer probe, volume create and start"
on server01 "gluster peer probe server02-private"
wait_for 30 "${SSH[@]}" server01 -- "gluster peer status | grep -q 'Peer in Cluster (Connected)'" ||
  fail "server02 never became a connected peer"
on server01 "gluster --mode=script volume create $VOL replica 2 server01-private:/data/var-www/brick01/volume server02-private:/data/var-www/brick02/volume"
on server01 "gluster volume start $VOL"
on server01 "gluster volume info"

for n in server01 server02; do
  step "$n: /var/www on the volume"
  on "$n" "apache2ctl stop; mv /var/www /var/www.orig && mkdir /var/www"
  on "$n" "echo '$n-private:/$VOL /var/www glusterfs defaults,_netdev 0 0' >> /etc/fstab && mount -a"
done
step "server01 writes index.html; both serve it"
on server01 "mkdir -p /var/www/html && echo 'Hello, World!' > /var/www/html/index.html"
for n in server01 server02; do on "$n" "apache2ctl start"; done
article_seconds=$((SECONDS - t0))

step "assertions (inside the nodes, without SSH)"
info=$("$LAB" exec server01 gluster volume info "$VOL" --xml)
grep -q "<name>$VOL</name>" <<<"$info" || fail "volume $VOL not in volume info"
grep -q '<statusStr>Started</statusStr>' <<<"$info" || fail "volume not Started"
grep -q '<replicaCount>2</replicaCount>' <<<"$info" || fail "replica count is not 2"
grep -q '<typeStr>Replicate</typeStr>' <<<"$info" || fail "volume type is not Replicate"
for b in server01-private:/data/var-www/brick01/volume server02-private:/data/var-www/brick02/volume; do
  grep -q "<name>$b</name>" <<<"$info" || fail "brick $b missing"
done
[ "$(grep -c '<brick uuid=' <<<"$info")" = 2 ] || fail "expected exactly 2 bricks"
for n in server01 server02; do
  fstype=$("$LAB" exec "$n" findmnt -n -o FSTYPE /var/www) || fail "/var/www not mounted on $n"
  [ "$fstype" = fuse.glusterfs ] || fail "/var/www on $n is $fstype, not glusterfs"
  "$LAB" exec "$n" grep -q "^$n-private:/$VOL /var/www glusterfs" /etc/fstab || fail "no fstab entry on $n"
done
got=$("$LAB" exec server02 cat /var/www/html/index.html)
[ "$got" = "Hello, World!" ] || fail "server02 reads '$got'"
# The file is on both bricks: replicated, not only visible through the mount.
for n in 01 02; do
  "$LAB" exec "server$n" test -f "/data/var-www/brick$n/volume/html/index.html" || fail "not on brick$n"
done
for ip in 198.18.1.11 198.18.1.12; do
  body=$(curl -sS -m 10 "http://$ip/index.html") || fail "no HTTP answer from $ip"
  [ "$body" = "Hello, World!" ] || fail "http://$ip/index.html says '$body'"
done
echo "PASS: the article on the lab: volume Started, replica 2, both bricks; /var/www glusterfs on both;" \
  "index.html replicated and served by both (article steps took ${article_seconds} s)"
