#!/usr/bin/env bash
# A site that is already there survives `apply` (issue 12, item 1), on a fresh lab:
#  1. server01 has its own home page and a huge (2 GiB, allocated) file in /var/www; server02 has a page
#     of its own. apply refuses to copy what does not fit in the volume, naming server01, the
#     space needed and available; nothing is lost (it is all in /var/www.orig).
#  2. The huge file removed from /var/www.orig, apply resumes: both servers serve server01's
#     home page (not the test content), the replication test used a file of its own and removed
#     it, and apply reported what was copied from server01 and what stays where on server02.
#  3. apply again: the test writes and removes a file of its own again (the read and HTTP
#     steps find it with their checks); the site is unchanged.
# Usage: site-content-test.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
export LC_ALL=C LANG=C
EXE=$1
LAB=$(dirname "$(readlink -f "$0")")/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$(dirname "$(readlink -f "$0")")/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$LAB" fresh
ADMIN=$("$LAB" admin-dir)
OPTS=(--known-hosts "$ADMIN/known_hosts" --accept-split-brain-risk)
HOME_PAGE='<h1>Our shop</h1> <p>the site that was here before the pair</p>'
"$LAB" exec server01 sh -c "mkdir -p /var/www/html && printf '%s\n' '$HOME_PAGE' > /var/www/html/index.html &&
  echo 'about us' > /var/www/html/about.html && fallocate -l 2G /var/www/huge.bin"
"$LAB" exec server02 sh -c "mkdir -p /var/www/html && echo 'only on server02' > /var/www/html/server02-only.html"

echo "== apply: the previous content of server01 does not fit in the volume"
status=0
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply1.log" 2>&1 || status=$?
tail -n 8 "$work/apply1.log"
[ "$status" = 1 ] || fail "apply exited $status, not 1, with 2 GiB to copy into a 1 GiB volume"
grep -Eq '^server01: ! server01: not enough space to copy the previous content: /var/www.orig needs [0-9]+ KiB, the volume at /var/www has [0-9]+ KiB available' "$work/apply1.log" ||
  fail "the refusal does not name server01, the space needed and the space available"
"$LAB" exec server01 test -f /var/www.orig/html/index.html || fail "server01's home page is not kept in /var/www.orig"
"$LAB" exec server01 test -f /var/www.orig/huge.bin || fail "server01's huge file is not kept in /var/www.orig"
if "$LAB" exec server01 test -e /var/www/huge.bin; then fail "the huge file was copied after all"; fi

echo "== the huge file removed: apply resumes"
"$LAB" exec server01 rm /var/www.orig/huge.bin
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply2.log" 2>&1 ||
  { cat "$work/apply2.log"; fail "apply failed once the content fits"; }
tail -n 6 "$work/apply2.log"
assert_working_pair var-www "$HOME_PAGE"
for ip in 198.18.1.11 198.18.1.12; do
  [ "$(curl -sS -m 10 "http://$ip/about.html")" = "about us" ] || fail "http://$ip/about.html is not server01's page"
  code=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' "http://$ip/server02-only.html")
  [ "$code" = 404 ] || fail "server02's own page is served by $ip (HTTP $code): it was not to be copied"
done
"$LAB" exec server02 test -f /var/www.orig/html/server02-only.html || fail "server02's page is not kept in its /var/www.orig"
for n in server01 server02; do
  left=$("$LAB" exec "$n" sh -c 'ls -A /var/www /var/www/html | grep -E "gluster-ha-wizard-test" || true')
  [ -z "$left" ] || fail "the replication test left files behind on $n: $left"
done
# The test used a file of its own, said so, and checked it over HTTP on both addresses.
grep -Eq '^server01:   /var/www/html/index.html already holds other content .*the test writes /var/www/html/gluster-ha-wizard-test-[A-Za-z0-9]+\.html instead' "$work/apply2.log" ||
  fail "apply does not say that the test used a file of its own"
grep -Eq '^server01:   Removed the test file /var/www/html/gluster-ha-wizard-test-' "$work/apply2.log" ||
  fail "apply does not say that the test file was removed"
# What was copied from where and what stays where: reported live and summed up at the end.
grep -Eq '^Site content: server01: copied the previous content \(files: [0-9]+, [0-9]+ KiB\) from /var/www.orig on server01 into the volume at /var/www' "$work/apply2.log" ||
  fail "apply does not report what was copied from server01"
cat "$work/apply1.log" "$work/apply2.log" >"$work/both.log"
grep -Eq '^server01:   Site content: server01: the previous /var/www \(files: [0-9]+, [0-9]+ KiB\) is kept in /var/www.orig on server01' "$work/both.log" ||
  fail "apply does not report that server01's previous content is kept in /var/www.orig"
grep -Eq '^server02:   Site content: server02: the previous /var/www \(files: [0-9]+, [0-9]+ KiB\) stays in /var/www.orig on server02 only; it is NOT copied' "$work/both.log" ||
  fail "apply does not report that server02's previous content stays in its /var/www.orig"

grep -h 'Site content:\|the test writes\|Removed the test file' "$work/both.log"

echo "== apply again: only the replication test runs again"
before=$("$LAB" exec server01 md5sum /etc/fstab /var/www/html/index.html)
"$EXE" apply "$ADMIN/spec.json" --yes "${OPTS[@]}" >"$work/apply3.log" 2>&1 ||
  { cat "$work/apply3.log"; fail "the third apply failed"; }
tail -n 1 "$work/apply3.log"
grep -Eq '^apply: all [0-9]+ steps done: [0-9]+ already done, 2 applied now' "$work/apply3.log" ||
  fail "the third apply did more than write and remove the test's own file (the reads check it)"
[ "$("$LAB" exec server01 md5sum /etc/fstab /var/www/html/index.html)" = "$before" ] || fail "the third apply changed fstab or the home page"
assert_working_pair var-www "$HOME_PAGE"

echo "== health: the site's own page is what both must serve, and they do"
# health compares each server's HTTP answer with the test file as the volume holds it (here the
# site's page), not with the spec's test content. A heal may still be pending a moment after
# apply: ask again for up to 60 s.
healthy=""
for _ in $(seq 1 30); do
  if "$EXE" health "$ADMIN/spec.json" --known-hosts "$ADMIN/known_hosts" >"$work/health.log" 2>&1; then
    healthy=yes
    break
  fi
  sleep 2
done
[ -n "$healthy" ] || { cat "$work/health.log"; fail "health is not HEALTHY on a pair that serves its own home page"; }
grep -q 'HEALTHY' "$work/health.log" || { cat "$work/health.log"; fail "health did not say HEALTHY"; }
echo "PASS: a 2 GiB site refused for a 1 GiB volume naming server01 and both sizes; then server01's" \
  "home page served by both servers, the test on a file of its own, removed; copies and kept content reported"
