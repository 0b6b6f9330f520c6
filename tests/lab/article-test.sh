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
# shellcheck source=tests/lab/article-lib.sh
. "$(dirname "$(readlink -f "$0")")/article-lib.sh"
t0=$SECONDS
article_pair
article_seconds=$((SECONDS - t0))

article_step "assertions (inside the nodes, without SSH)"
assert_working_pair "$ARTICLE_VOL" "Hello, World!"
echo "PASS: the article on the lab: volume Started, replica 2, both bricks; /var/www glusterfs on both;" \
  "index.html replicated and served by both (article steps took ${article_seconds} s)"
