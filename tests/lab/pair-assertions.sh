# shellcheck shell=bash
# Sourced by lab tests: asserts, from inside the nodes (no SSH, not through the product), that the
# lab is a working pair: volume Started, replica 2, both bricks; /var/www a glusterfs mount via
# fstab on both; the test file replicated to both bricks and served over HTTP by both.
# Needs: LAB (path of lab.sh). Defines assert_working_pair, without_site and fail.
fail() { echo "FAIL: $*" >&2; exit 1; }

# A fresh lab node has Debian's default Apache page in /var/www/html/index.html, which apply
# keeps as the site's own (site-content-test.sh). The tests of a pair without a site remove it
# from server01 first, so that the test file becomes the home page as in the seed article.
without_site() { "$LAB" exec server01 rm -f /var/www/html/index.html; }

assert_working_pair() {
  local vol=${1:-var-www} content=${2:-Hello, World!} info n num got body ip fstype
  info=$("$LAB" exec server01 gluster volume info "$vol" --xml) || fail "gluster volume info failed"
  grep -q "<name>$vol</name>" <<<"$info" || fail "volume $vol does not exist"
  grep -q '<statusStr>Started</statusStr>' <<<"$info" || fail "volume $vol is not Started"
  grep -q '<replicaCount>2</replicaCount>' <<<"$info" || fail "replica count is not 2"
  grep -q '<name>server01-private:/data/var-www/brick01/volume</name>' <<<"$info" || fail "brick01 missing"
  grep -q '<name>server02-private:/data/var-www/brick02/volume</name>' <<<"$info" || fail "brick02 missing"
  [ "$(grep -c '<brick uuid=' <<<"$info")" = 2 ] || fail "expected exactly 2 bricks"
  for n in server01 server02; do
    num=${n#server}
    fstype=$("$LAB" exec "$n" findmnt -n -o FSTYPE /var/www) || fail "/var/www is not mounted on $n"
    [ "$fstype" = fuse.glusterfs ] || fail "/var/www on $n is $fstype, not glusterfs"
    "$LAB" exec "$n" grep -Eq "^[^#].* /var/www glusterfs .*_netdev" /etc/fstab || fail "no _netdev fstab entry for /var/www on $n"
    [ "$("$LAB" exec "$n" findmnt -n -o FSTYPE "/data/var-www/brick$num")" = xfs ] || fail "brick of $n is not an XFS mount"
    got=$("$LAB" exec "$n" cat /var/www/html/index.html) || fail "cannot read the test file on $n"
    [ "$got" = "$content" ] || fail "$n reads '$got'"
    "$LAB" exec "$n" test -f "/data/var-www/brick$num/volume/html/index.html" || fail "test file not on the brick of $n"
  done
  for ip in 198.18.1.11 198.18.1.12; do
    body=$(curl -sS -m 10 "http://$ip/index.html") || fail "no HTTP answer from $ip"
    [ "$body" = "$content" ] || fail "http://$ip/index.html says '$body'"
  done
}
