# shellcheck shell=bash
# Sourced by lab tests: asserts, from inside the nodes (no SSH, not through the product), that the
# lab is a working pair: volume Started, replica 2, both bricks; /var/www a glusterfs mount via
# fstab on both; the test file replicated to both bricks and served over HTTP by both.
# Needs: LAB (path of lab.sh). Defines assert_working_pair, assert_working_arbiter, without_site
# and fail.
fail() { echo "FAIL: $*" >&2; exit 1; }

# assert_nothing_applied LOG PREFIX: the summary line of a second run (`apply: all` for apply,
# `All` for the exported script) says 0 applied, and its counts add up with some verified.
assert_nothing_applied() {
  local summary re
  summary=$(grep -E "^$2 [0-9]+ steps done: " "$1") || fail "no summary line in $1"
  re="^$2 ([0-9]+) steps done: ([0-9]+) already done, 0 applied now, ([0-9]+) verified"
  [[ $summary =~ $re ]] || fail "the second run changed something: $summary"
  [ $((BASH_REMATCH[2] + BASH_REMATCH[3])) -eq "${BASH_REMATCH[1]}" ] && [ "${BASH_REMATCH[3]}" -gt 0 ] ||
    fail "the second run's counts do not add up: $summary"
}

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

# The lab of `lab.sh up --arbiter` set up: volume Started, "replica 3 arbiter 1" with server03's
# brick last and the arbiter; client quorum auto; the data servers as in a working pair (mounted,
# the test file on their bricks and served over HTTP); the arbiter mounts nothing, and its brick
# holds the test file's name with no content (metadata only).
assert_working_arbiter() {
  local vol=${1:-var-www} content=${2:-Hello, World!} info n num got body ip fstype
  info=$("$LAB" exec server01 gluster volume info "$vol") || fail "gluster volume info failed"
  grep -qx 'Type: Replicate' <<<"$info" || fail "volume $vol is not Type: Replicate: $info"
  grep -qx 'Status: Started' <<<"$info" || fail "volume $vol is not Started"
  grep -qxF 'Number of Bricks: 1 x (2 + 1) = 3' <<<"$info" || fail "not 1 x (2 + 1) = 3: $info"
  grep -qxF 'Brick3: server03-private:/data/var-www/brick03/volume (arbiter)' <<<"$info" ||
    fail "server03's brick is not the arbiter brick: $info"
  "$LAB" exec server01 gluster volume get "$vol" cluster.quorum-type | grep -Eq '^cluster\.quorum-type +auto( |$)' ||
    fail "client quorum is not auto: $("$LAB" exec server01 gluster volume get "$vol" cluster.quorum-type)"
  for n in server01 server02; do
    num=${n#server}
    fstype=$("$LAB" exec "$n" findmnt -n -o FSTYPE /var/www) || fail "/var/www is not mounted on $n"
    [ "$fstype" = fuse.glusterfs ] || fail "/var/www on $n is $fstype, not glusterfs"
    got=$("$LAB" exec "$n" cat /var/www/html/index.html) || fail "cannot read the test file on $n"
    [ "$got" = "$content" ] || fail "$n reads '$got'"
    "$LAB" exec "$n" test -s "/data/var-www/brick$num/volume/html/index.html" || fail "test file not on the brick of $n"
  done
  [ "$("$LAB" exec server03 findmnt -n -o FSTYPE /data/var-www/brick03)" = xfs ] || fail "the arbiter's brick is not an XFS mount"
  if "$LAB" exec server03 findmnt -n /var/www >/dev/null; then fail "the arbiter mounts /var/www"; fi
  if "$LAB" exec server03 grep -q ' /var/www glusterfs ' /etc/fstab; then fail "the arbiter has the volume in fstab"; fi
  "$LAB" exec server03 test -f /data/var-www/brick03/volume/html/index.html || fail "the arbiter's brick lacks the test file's name"
  [ "$("$LAB" exec server03 stat -c %s /data/var-www/brick03/volume/html/index.html)" = 0 ] ||
    fail "the arbiter's brick holds file content"
  for ip in 198.18.1.11 198.18.1.12; do
    body=$(curl -sS -m 10 "http://$ip/index.html") || fail "no HTTP answer from $ip"
    [ "$body" = "$content" ] || fail "http://$ip/index.html says '$body'"
  done
}
