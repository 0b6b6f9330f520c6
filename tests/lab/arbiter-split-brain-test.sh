#!/usr/bin/env bash
# Issue 11, the contrast that is the reason for the arbiter. The same file written on both sides
# of a cut private network (server02's private link down, lab.sh link), then the link restored:
#  1. two data servers and an arbiter (`lab.sh fresh --arbiter`, set up by `apply`): at most one
#     side accepts the write (server01, which still reaches the arbiter), and once healed
#     `gluster volume heal VOL info split-brain` lists nothing and both data bricks agree;
#  2. the pair without an arbiter (`lab.sh fresh`, `apply --accept-split-brain-risk`): both sides
#     accept their write, and the file ends in split-brain (heal info split-brain lists it).
# Checked with gluster's own CLI inside the nodes, not through the product.
# Usage: arbiter-split-brain-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
VOL=var-www
FILE=html/contrast.txt

# split_brain_entries: the sum of "Number of entries in split-brain" over the bricks.
split_brain_entries() {
  "$LAB" exec server01 gluster volume heal "$VOL" info split-brain |
    awk -F': ' '/^Number of entries in split-brain/ { n += $2 } END { print n + 0 }'
}
# heal_pending: the sum of "Total Number of entries" over the bricks (empty when a brick is
# not connected: not settled yet).
heal_pending() {
  local summary
  summary=$("$LAB" exec server01 gluster volume heal "$VOL" info summary) || return 0
  if grep -q '^Status: ' <<<"$summary" && grep '^Status: ' <<<"$summary" | grep -qv 'Connected'; then return 0; fi
  awk -F': ' '/^Total Number of entries/ { n += $2 } END { print n + 0 }' <<<"$summary"
}

# write_on NODE TEXT: writes TEXT to FILE through NODE's mount; "accepted" or "refused (...)".
write_on() {
  local out
  if out=$("$LAB" exec "$1" timeout 30 sh -c "printf '%s\n' '$2' > /var/www/$FILE" 2>&1); then
    echo accepted
  else
    echo "refused (${out:-timed out})"
  fi
}

# cut_and_write LABEL: the file on both bricks first (one gfid), server02's private link cut,
# each side writes its own truth, link restored. Sets W1 and W2.
cut_and_write() {
  "$LAB" exec server01 sh -c "echo before > /var/www/$FILE"
  for _ in $(seq 1 20); do
    "$LAB" exec server02 test -s "/data/var-www/brick02/volume/$FILE" && break
    sleep 0.5
  done
  "$LAB" exec server02 test -s "/data/var-www/brick02/volume/$FILE" || fail "$1: the file did not replicate before the cut"
  "$LAB" link server02 private down
  W1=$(write_on server01 "server01 wrote this during the cut")
  W2=$(write_on server02 "server02 wrote this during the cut, a longer line")
  "$LAB" link server02 private up
  echo "$1: during the cut: server01 $W1; server02 $W2"
}

echo "== 1. two data servers and an arbiter"
"$LAB" fresh --arbiter
without_site
ADMIN=$("$LAB" admin-dir)
"$EXE" apply "$ADMIN/spec.json" --yes --known-hosts "$ADMIN/known_hosts" >"$work/apply-arbiter.log" 2>&1 ||
  { cat "$work/apply-arbiter.log"; fail "apply failed on the three-node lab"; }
assert_working_arbiter "$VOL" "Hello, World!"
cut_and_write "with the arbiter"
if [ "$W1" = accepted ] && [ "$W2" = accepted ]; then fail "with the arbiter both sides accepted the write"; fi
t0=$SECONDS
until [ "$(heal_pending)" = 0 ]; do
  [ $((SECONDS - t0)) -lt 120 ] || fail "with the arbiter the heal did not finish within 120 s: $("$LAB" exec server01 gluster volume heal "$VOL" info summary)"
  sleep 1
done
healed=$((SECONDS - t0))
sb=$(split_brain_entries)
[ "$sb" = 0 ] || fail "with the arbiter heal info split-brain lists $sb entries: $("$LAB" exec server01 gluster volume heal "$VOL" info split-brain)"
c1=$("$LAB" exec server01 cat "/data/var-www/brick01/volume/$FILE")
c2=$("$LAB" exec server02 cat "/data/var-www/brick02/volume/$FILE")
[ "$c1" = "$c2" ] || fail "with the arbiter the data bricks disagree after the heal: '$c1' / '$c2'"
echo "with the arbiter: healed ${healed} s after the link returned; split-brain entries: 0; both bricks hold '$c1'"
arbiter_result="server01 $W1, server02 $W2; 0 split-brain entries"

echo "== 2. the pair without an arbiter"
"$LAB" fresh
without_site
ADMIN=$("$LAB" admin-dir)
"$EXE" apply "$ADMIN/spec.json" --yes --known-hosts "$ADMIN/known_hosts" --accept-split-brain-risk \
  >"$work/apply-pair.log" 2>&1 || { cat "$work/apply-pair.log"; fail "apply failed on the pair"; }
assert_working_pair "$VOL" "Hello, World!"
cut_and_write "without an arbiter"
[ "$W1" = accepted ] && [ "$W2" = accepted ] ||
  fail "without an arbiter a side refused the write (server01 $W1, server02 $W2): the contrast is not shown"
t0=$SECONDS
until [ "$(split_brain_entries)" -gt 0 ]; do
  [ $((SECONDS - t0)) -lt 90 ] || fail "without an arbiter no split-brain was listed within 90 s"
  sleep 1
done
"$LAB" exec server01 gluster volume heal "$VOL" info split-brain | grep -q "/$FILE" ||
  fail "the split-brain entries do not name /$FILE: $("$LAB" exec server01 gluster volume heal "$VOL" info split-brain)"
sb=$(split_brain_entries)
echo "without an arbiter: split-brain listed $((SECONDS - t0)) s after the link returned ($sb entries, /$FILE among them)"
echo "PASS: with the arbiter: $arbiter_result; without: both sides accepted and /$FILE is in split-brain"
