#!/usr/bin/env bash
# `adopt` (issue 13) on a pair built BY HAND with the seed article's commands (article-lib.sh),
# on one fresh lab, step by step:
#  - refused (exit 2) from a server without glusterd, then from a pool with no volume;
#  - the finished pair adopted from server01 and from server02: exit 0, the same spec (apart from
#    order), with both servers, the bricks, the private names, the mount path and the web server
#    as the lab's own spec says; every file of /etc, /var/lib/glusterd and /data (the bricks) on
#    both nodes unchanged by the discovery; `health` on the adopted spec exits 0;
#  - a second volume: refused without --volume (both listed), adopted with it;
#  - server02 unreachable (its sshd stopped): exit 1, the gap names server02;
#  - server02's fstab without the mount: exit 1 with that gap, and `health` says DEGRADED with
#    the fix (the fstab line to add).
# Usage: adopt-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C
HERE=$(dirname "$(readlink -f "$0")")
LAB=$HERE/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$HERE/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
EXE=$(readlink -f "${1:-}")
[ -x "$EXE" ] && [ -f "$EXE" ] || fail "usage: $0 PATH/TO/gluster-ha-wizard"
command -v jq >/dev/null || fail "jq is missing (scripts/install-deps.sh installs it)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
note() { printf '[adopt-test] %s\n' "$*"; }

"$LAB" fresh >"$WORK/fresh.log" 2>&1 || { cat "$WORK/fresh.log"; fail "lab.sh fresh failed"; }
ADMIN=$("$LAB" admin-dir)
# shellcheck source=tests/lab/article-lib.sh
. "$HERE/article-lib.sh"

# adopt NODE-ADDRESS OUT [ARGS...]: runs adopt as root@ADDRESS with the lab's key; sets ADOPT_RC,
# the spec in $WORK/OUT.json and what it printed in $WORK/OUT.err.
adopt() {
  local address=$1 out=$2
  shift 2
  set +e
  "$EXE" adopt "root@$address" -i "$ADMIN/id_ed25519" --known-hosts "$ADMIN/known_hosts" "$@" \
    >"$WORK/$out.json" 2>"$WORK/$out.err"
  ADOPT_RC=$?
  set -e
  note "adopt from $address $*: exit $ADOPT_RC"
  sed 's/^/    /' "$WORK/$out.err"
}
expect_adopt() { # expect_adopt RC WHY
  [ "$ADOPT_RC" = "$1" ] || fail "adopt exited $ADOPT_RC, expected $1 ($2)"
}
expect_said() { # expect_said OUT REGEX: what adopt printed matches
  grep -Eq -- "$2" "$WORK/$1.err" || fail "adopt did not say /$2/"
}

# Every file of /etc, /var/lib/glusterd and /data (the bricks' content) on both nodes, hashed.
# A node's / is an overlay of this machine's: a file the same as this machine's is the node's
# lower layer, where other tests on this machine add and remove users and sudoers files; only the
# node's own files count (a file the discovery changed would differ from this machine's).
# (This machine may have no /var/lib/glusterd or /data, and its files come and go: no failure.)
hashes() { find /etc /var/lib/glusterd /data -type f -print0 2>/dev/null | sort -z | xargs -0 -r sha256sum 2>/dev/null || true; }
fingerprint() {
  local n
  for n in server01 server02; do
    "$LAB" exec "$n" bash -c "$(declare -f hashes); hashes" >"$WORK/node.txt"
    hashes >"$WORK/machine.txt"
    sort "$WORK/node.txt" | comm -23 - <(sort "$WORK/machine.txt") | sed "s|^|$n |"
  done
}

# The fields adopt must get right, servers sorted by name.
essentials() {
  jq -S '{volume: .volume.name, mount: .mount.path, web: .web.server,
          servers: (.servers | map({name, publicAddress, privateName, privateAddress, disk,
                                    brickMount, brickDir, sshHost: .ssh.host}) | sort_by(.name))}' "$1"
}

note "a server without glusterd"
adopt 198.18.1.11 no-glusterd
expect_adopt 2 "glusterd is not running"
expect_said no-glusterd "198\.18\.1\.11 is not a usable Gluster server"
[ ! -s "$WORK/no-glusterd.json" ] || fail "a spec was written for a server without glusterd"

article_bricks_and_glusterd
article_pool
note "a pool with no volume"
adopt 198.18.1.11 no-volume
expect_adopt 2 "a pool with no volume"
expect_said no-volume "no volume"

article_volume
article_mounts_and_site
assert_working_pair "$ARTICLE_VOL" "Hello, World!"

fingerprint >"$WORK/before.txt"
[ "$(wc -l <"$WORK/before.txt")" -gt 20 ] || fail "the fingerprint saw too few files"
adopt 198.18.1.11 from01
expect_adopt 0 "the article's pair, from server01"
adopt 198.18.1.12 from02
expect_adopt 0 "the article's pair, from server02"
fingerprint >"$WORK/after.txt"
diff "$WORK/before.txt" "$WORK/after.txt" || fail "the discovery changed files on the servers"
note "no file of /etc, /var/lib/glusterd or /data changed ($(wc -l <"$WORK/before.txt") files)"

# The lab's own spec describes this very pair (what apply would have built).
essentials "$ADMIN/spec.json" | jq -S '.servers |= map(.sshHost = .publicAddress)' >"$WORK/expected.txt"
essentials "$WORK/from01.json" >"$WORK/got01.txt"
essentials "$WORK/from02.json" >"$WORK/got02.txt"
diff "$WORK/expected.txt" "$WORK/got01.txt" || fail "the spec adopted from server01 is not the pair's"
diff "$WORK/got01.txt" "$WORK/got02.txt" || fail "adopted from server02, another spec"
[ "$(jq -r '[.servers[].name] | join(" ")' "$WORK/from01.json")" = "server01 server02" ] ||
  fail "the servers are not in the volume's brick order"

set +e
"$EXE" health "$WORK/from01.json" --known-hosts "$ADMIN/known_hosts" >"$WORK/health.txt" 2>&1
rc=$?
set -e
[ "$rc" = 0 ] || { cat "$WORK/health.txt"; fail "health on the adopted spec exited $rc"; }
head -n 1 "$WORK/health.txt" | grep -q '^HEALTHY: ' || fail "health did not say HEALTHY"

note "two volumes"
"$LAB" exec server01 gluster --mode=script volume create second replica 2 \
  server01-private:/data/var-www/brick01/second server02-private:/data/var-www/brick02/second >/dev/null
adopt 198.18.1.11 two
expect_adopt 2 "two volumes without --volume"
expect_said two "2 volumes: .*var-www.*second|2 volumes: .*second.*var-www"
expect_said two "--volume"
adopt 198.18.1.11 chosen --volume "$ARTICLE_VOL"
expect_adopt 0 "two volumes, --volume chosen"
diff "$WORK/got01.txt" <(essentials "$WORK/chosen.json") || fail "--volume adopted another spec"
"$LAB" exec server01 gluster --mode=script volume delete second >/dev/null

note "server02 unreachable"
"$LAB" sshd server02 stop
adopt 198.18.1.11 unreachable
"$LAB" sshd server02 start
expect_adopt 1 "server02 cannot be reached"
expect_said unreachable "server02 \(server02-private\) could not be reached"
[ "$(jq '.servers | length' "$WORK/unreachable.json")" = 2 ] || fail "the spec lost server02"

note "server02's fstab without the volume"
"$LAB" exec server02 sed -i '\| /var/www glusterfs |d' /etc/fstab
adopt 198.18.1.11 nofstab -o "$WORK/nofstab-spec.json"
expect_adopt 1 "server02's fstab lacks the mount"
expect_said nofstab "server02: /etc/fstab has no line mounting var-www at /var/www"
set +e
"$EXE" health "$WORK/nofstab-spec.json" --known-hosts "$ADMIN/known_hosts" --json >"$WORK/health.json" 2>"$WORK/health.err"
rc=$?
set -e
[ "$rc" = 1 ] || { cat "$WORK/health.err"; fail "health exited $rc on a pair without server02's fstab line"; }
[ "$(jq -r .overall "$WORK/health.json")" = degraded ] || fail "health is not degraded"
jq -e '[.checks[] | select(.id == "fstab" and .server == "server02" and .state == "fail"
        and (.fixCommands | map(test("var-www /var/www glusterfs")) | any))] | length == 1' \
  "$WORK/health.json" >/dev/null || fail "no fstab failure with its fix for server02"
"$LAB" exec server02 sh -c "echo 'server02-private:/var-www /var/www glusterfs defaults,_netdev 0 0' >> /etc/fstab"

echo "PASS: adopt refused a server without glusterd and a pool without a volume; adopted the" \
  "hand-built pair from either server (same spec, nothing changed, health 0); refused two volumes" \
  "without --volume; named the unreachable server02 and the missing fstab line (health DEGRADED)"
