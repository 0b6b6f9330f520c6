#!/usr/bin/env bash
# `export` on the lab's spec, then the script run with bash against a fresh lab from this
# workstation: a working pair, checked inside the nodes. Run again, it reports every step
# already done and changes nothing. Exported with --known-hosts it needs no other setting (no
# GHW_SSH, no agent, no terminal); with a known_hosts that lacks server02 it stops with a
# message naming server02 (issue 12, item 5). Last, as labadmin (a non-root user with passwordless
# sudo) the script and `apply` both find every step done (one privilege wrapper, issue 14).
# Usage: export-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"

# On init-less nodes (`lab.sh up --no-systemd`): such hosts exist, and the exported script is what
# their administrator runs; its steps take their branch without systemd (glusterd and Apache
# started directly). Every other lab test runs on nodes that boot systemd.
"$LAB" fresh --no-systemd
[ "$("$LAB" kind)" = init ] || fail "the lab's nodes should be init-less"
without_site
ADMIN=$("$LAB" admin-dir)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$EXE" export "$ADMIN/spec.json" --assume-os debian --accept-split-brain-risk -o "$work/pair.sh"
bash -n "$work/pair.sh" || fail "the exported script does not parse"

# Host keys are checked strictly against the export's known_hosts: server02 missing from it →
# the script stops at server02's first connection and says why, naming it.
grep -v '198\.18\.1\.12' "$ADMIN/known_hosts" >"$work/partial_known_hosts"
"$EXE" export "$ADMIN/spec.json" --assume-os debian --accept-split-brain-risk \
  --known-hosts "$work/partial_known_hosts" -o "$work/partial.sh"
status=0
env -u GHW_SSH -u SSH_AUTH_SOCK bash "$work/partial.sh" --yes </dev/null >"$work/partial.log" 2>&1 || status=$?
[ "$status" = 1 ] || { cat "$work/partial.log"; fail "exit $status, not 1, for an unknown host key"; }
grep -q '^FAILED: server02: cannot connect over ssh' "$work/partial.log" ||
  { cat "$work/partial.log"; fail "no message naming server02 for its unknown host key"; }
grep -q '^server02: Host key verification failed\.$' "$work/partial.log" ||
  { cat "$work/partial.log"; fail "ssh's own reason is not shown"; }
grep -A3 '^FAILED: server02' "$work/partial.log"

# Exported with the right --known-hosts: runs unattended with no other setting.
"$EXE" export "$ADMIN/spec.json" --assume-os debian --accept-split-brain-risk \
  --known-hosts "$ADMIN/known_hosts" -o "$work/unattended.sh"
t0=$SECONDS
env -u GHW_SSH -u SSH_AUTH_SOCK bash "$work/unattended.sh" --yes </dev/null >"$work/first.log" 2>&1 ||
  { cat "$work/first.log"; fail "the script exported with --known-hosts failed on a fresh lab"; }
first=$((SECONDS - t0))
tail -n 1 "$work/first.log"
assert_working_pair var-www "Hello, World!"

# The second run changes nothing: every step reports already done; fstab unchanged.
before=$("$LAB" exec server01 md5sum /etc/fstab /etc/hosts)
GHW_SSH="ssh -F $ADMIN/ssh_config" bash "$work/pair.sh" --yes >"$work/second.log" 2>&1 ||
  { cat "$work/second.log"; fail "the second run failed"; }
tail -n 1 "$work/second.log"
summary=$(grep -E '^All [0-9]+ steps done: ' "$work/second.log") || fail "no summary line"
re='^All ([0-9]+) steps done: ([0-9]+) already done, 0 applied now, ([0-9]+) verified\.$'
[[ $summary =~ $re ]] || fail "the second run applied something: $summary"
[ $((BASH_REMATCH[2] + BASH_REMATCH[3])) -eq "${BASH_REMATCH[1]}" ] && [ "${BASH_REMATCH[3]}" -gt 0 ] ||
  fail "the second run's counts do not add up: $summary"
grep -qx 'server02: verified: read back on server02' "$work/second.log" ||
  fail "the read-back step on server02 does not say what it verified"
[ "$("$LAB" exec server01 md5sum /etc/fstab /etc/hosts)" = "$before" ] || fail "the second run changed fstab or hosts"
assert_working_pair var-www "Hello, World!"

# A non-root ssh user with passwordless sudo (labadmin, given the admin key and a sudoers rule
# for this part only): the exported script and `apply` reach root through the same privilege
# wrapper (SudoPolicy), and both find every step done.
labadmin_access() {
  local n
  for n in server01 server02; do
    "$LAB" exec "$n" sh -c "$1"
  done
}
labadmin_access 'install -d -o labadmin -g labadmin -m 700 /home/labadmin/.ssh &&
  install -o labadmin -g labadmin -m 600 /root/.ssh/authorized_keys /home/labadmin/.ssh/ &&
  echo "labadmin ALL=(ALL) NOPASSWD: ALL" >/etc/sudoers.d/ghw-labadmin &&
  chmod 440 /etc/sudoers.d/ghw-labadmin'
jq '.servers[].ssh.user = "labadmin"' "$ADMIN/spec.json" >"$work/labadmin.json"
"$EXE" export "$work/labadmin.json" --assume-os debian --accept-split-brain-risk \
  --known-hosts "$ADMIN/known_hosts" -o "$work/labadmin.sh"
env -u GHW_SSH -u SSH_AUTH_SOCK bash "$work/labadmin.sh" --yes </dev/null >"$work/labadmin.log" 2>&1 ||
  { cat "$work/labadmin.log"; fail "the script failed for labadmin through sudo"; }
grep -Eq '^All [0-9]+ steps done: [0-9]+ already done, 0 applied now' "$work/labadmin.log" ||
  { cat "$work/labadmin.log"; fail "the script as labadmin did not find every step done"; }
env -u SSH_AUTH_SOCK "$EXE" apply "$work/labadmin.json" --known-hosts "$ADMIN/known_hosts" --yes \
  --accept-split-brain-risk </dev/null >"$work/labadmin-apply.log" 2>&1 ||
  { cat "$work/labadmin-apply.log"; fail "apply failed for labadmin through sudo"; }
grep -Eq '^apply: all [0-9]+ steps done: [0-9]+ already done, 0 applied now' "$work/labadmin-apply.log" ||
  { cat "$work/labadmin-apply.log"; fail "apply as labadmin did not find every step done"; }
labadmin_access 'rm -f /etc/sudoers.d/ghw-labadmin /home/labadmin/.ssh/authorized_keys'
echo "PASS: labadmin (sudo) found every step done, by the exported script and by apply"
echo "PASS: exported script built a working pair in ${first} s; the second run changed nothing"
