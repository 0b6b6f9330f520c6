#!/usr/bin/env bash
# The seed article's steps, done by hand with the plain OpenSSH client against a fresh lab, and the
# outcome asserted independently (inside the nodes, without SSH). This proves the lab is faithful;
# the product takes these steps over in its own tests.
set -euo pipefail
export LC_ALL=C
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"

"$LAB" fresh
ADMIN=$("$LAB" admin-dir)
SSH=(ssh -F "$ADMIN/ssh_config" -n)
VOL=var-www
t0=$SECONDS

step() { printf '\n== %s\n' "$*"; }
on() { local node=$1; shift; printf '$ ssh %s %s\n' "$node" "$*"; "${SSH[@]}" "$node" -- "$*"; }
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
assert_working_pair "$VOL" "Hello, World!"
echo "PASS: the article on the lab: volume Started, replica 2, both bricks; /var/www glusterfs on both;" \
  "index.html replicated and served by both (article steps took ${article_seconds} s)"
