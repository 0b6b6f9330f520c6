# shellcheck shell=bash
# Sourced by the lab tests that need a pair built BY HAND, with the seed article's commands over
# plain ssh (article-test.sh, adopt-test.sh). The phases are separate so that a test can look at
# the servers in between (a pool without a volume, for one):
#   article_bricks_and_glusterd   names, an XFS brick disk in fstab, glusterd started, on both
#   article_pool                  server01 probes server02 (a pool, no volume yet)
#   article_volume                the replica 2 volume created and started
#   article_mounts_and_site       /var/www on the volume through fstab on both, index.html, Apache
# Needs: LAB (path of lab.sh) and fail (pair-assertions.sh). Defines ARTICLE_SSH, ARTICLE_VOL.
ARTICLE_SSH=(ssh -F "$("$LAB" admin-dir)/ssh_config" -n)
ARTICLE_VOL=var-www

article_step() { printf '\n== %s\n' "$*"; }
article_on() {
  local node=$1
  shift
  printf '$ ssh %s %s\n' "$node" "$*"
  "${ARTICLE_SSH[@]}" "$node" -- "$*" || fail "on $node: '$*' failed"
}
article_wait_for() { # article_wait_for SECONDS CMD...
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do [ "$SECONDS" -lt "$deadline" ] || return 1; sleep 0.2; done
}

article_bricks_and_glusterd() {
  local n num hosts="198.18.1.11 server01
198.18.1.12 server02
198.18.0.11 server01-private
198.18.0.12 server02-private"
  for n in server01 server02; do
    num=${n#server}
    article_step "$n: names, XFS brick disk, glusterd"
    article_on "$n" "printf '%s\n' '$hosts' >> /etc/hosts"
    article_on "$n" "mkfs.xfs -i size=512 /dev/vdb"
    article_on "$n" "mkdir -p /data/var-www/brick$num && echo '/dev/vdb /data/var-www/brick$num xfs defaults 1 2' >> /etc/fstab && mount -a"
    article_on "$n" "glusterd -p /var/run/glusterd.pid"
  done
  for n in server01 server02; do
    article_wait_for 20 "${ARTICLE_SSH[@]}" "$n" -- gluster pool list || fail "glusterd on $n does not answer"
  done
}

article_pool() {
  article_step "server01: peer probe"
  article_on server01 "gluster peer probe server02-private"
  article_wait_for 30 "${ARTICLE_SSH[@]}" server01 -- "gluster peer status | grep -q 'Peer in Cluster (Connected)'" ||
    fail "server02 never became a connected peer"
}

article_volume() {
  article_step "server01: volume create and start"
  article_on server01 "gluster --mode=script volume create $ARTICLE_VOL replica 2 server01-private:/data/var-www/brick01/volume server02-private:/data/var-www/brick02/volume"
  article_on server01 "gluster volume start $ARTICLE_VOL"
  article_on server01 "gluster volume info"
}

article_mounts_and_site() {
  local n
  for n in server01 server02; do
    article_step "$n: /var/www on the volume"
    article_on "$n" "apache2ctl stop; mv /var/www /var/www.orig && mkdir /var/www"
    article_on "$n" "echo '$n-private:/$ARTICLE_VOL /var/www glusterfs defaults,_netdev 0 0' >> /etc/fstab && mount -a"
  done
  article_step "server01 writes index.html; both serve it"
  article_on server01 "mkdir -p /var/www/html && echo 'Hello, World!' > /var/www/html/index.html"
  # (Checked below: the start may fail while the Apache that apache2ctl stop ended is going.)
  for n in server01 server02; do article_on "$n" "apache2ctl start || true"; done
  # On nodes that boot systemd, apache2ctl start hands over to systemctl, which may return
  # before Apache listens, or find the unit still "active (running)" with no process left after
  # apache2ctl stop ended Apache behind systemd's back (then start does nothing): after showing
  # that, apache2ctl restart.
  for n in server01 server02; do
    local ip=198.18.1.1${n#server0} # server01 -> 198.18.1.11
    article_wait_for 15 curl -sf -m 2 "http://$ip/index.html" && continue
    "$LAB" exec "$n" sh -c 'systemctl status apache2 --no-pager 2>/dev/null | head -n 12' || true
    article_on "$n" "apache2ctl restart"
    article_wait_for 30 curl -sf -m 2 "http://$ip/index.html" || fail "Apache on $n does not serve"
  done
}

# The whole article on a fresh lab.
article_pair() {
  article_bricks_and_glusterd
  article_pool
  article_volume
  article_mounts_and_site
}
