#!/usr/bin/env bash
# readme_commands_test.sh: the two commands of the README's first code block are what the
# scripts do, as typed. Both lines are read by scripts/readme-command.sh (the parser .ci/run uses)
# and run with GHW_DRY_RUN=1 (each script says what it would do, and does nothing): as root they
# run straight away; as a normal user they go through sudo; where sudo is missing they name the
# `su -c` command and change nothing. A README whose commands name no script fails the parser.
# Dropping to the user `nobody` needs root: without root that part fails, it never skips.
set -euo pipefail
repo=$(dirname "$(dirname "$(dirname "$(readlink -f "$0")")")")
cd "$repo"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

mapfile -t lines < <(scripts/readme-command.sh --all)
[ ${#lines[@]} -eq 2 ] || fail "the README's first code block has ${#lines[@]} commands, not 2: ${lines[*]}"
run_line=$(scripts/readme-command.sh run) || fail "no README command runs scripts/run.sh"
test_line=$(scripts/readme-command.sh test) || fail "no README command runs scripts/test.sh"
echo "README: $run_line | $test_line"
for line in "$run_line" "$test_line"; do
  case $line in sudo* | *" sudo "*) fail "'$line' asks for sudo: the scripts get root themselves" ;; esac
done

# As root: each line runs its script (exit 0, the script's own dry-run account).
[ "$(id -u)" -eq 0 ] || fail "this test needs root (it runs the README's lines as root and as nobody)"
out=$(GHW_DRY_RUN=1 bash -c "$test_line") || fail "'$test_line' failed as root: $out"
grep -q '^dry run: scripts/test.sh as root: packages .*build .*tests' <<<"$out" ||
  fail "'$test_line' as root printed: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY GHW_DRY_RUN=1 bash -c "$run_line") ||
  fail "'$run_line' failed as root: $out"
grep -q '^dry run: scripts/run.sh: packages .*build (gluster-ha-wizard .*demo: .* demo up, then apply' \
  <<<"$out" || fail "'$run_line' as root printed: $out"

# .ci/run runs the README's test line itself.
out=$(GHW_DRY_RUN=1 .ci/run) || fail ".ci/run failed: $out"
grep -qxF "CI: running the README's test command: $test_line" <<<"$out" || fail ".ci/run printed: $out"
grep -q '^dry run: scripts/test.sh as root' <<<"$out" || fail ".ci/run did not run scripts/test.sh: $out"

# A normal user with sudo: the test line runs itself again through sudo.
if command -v sudo >/dev/null; then
  out=$(runuser -u nobody -- env GHW_DRY_RUN=1 HOME="$work" bash -c "$test_line" 2>&1) ||
    fail "'$test_line' as nobody (sudo present) failed: $out"
  grep -qF "dry run: would run: sudo $repo/scripts/test.sh" <<<"$out" ||
    fail "'$test_line' as nobody did not go through sudo: $out"
else
  echo "NOTE: sudo is not installed here: the through-sudo case is not exercised"
fi

# A normal user where sudo is not installed: the exact command to run, exit 1, nothing done.
mkdir "$work/bin"
for dir in /usr/local/bin /usr/bin /bin; do
  for tool in "$dir"/*; do
    name=${tool##*/}
    [ "$name" != sudo ] && [ ! -e "$work/bin/$name" ] && ln -s "$tool" "$work/bin/$name"
  done
done
status=0
out=$(runuser -u nobody -- env PATH="$work/bin" HOME="$work" bash -c "$test_line" 2>&1) || status=$?
[ "$status" -eq 1 ] || fail "'$test_line' as nobody without sudo: exit $status, expected 1: $out"
grep -qF "su -c $repo/scripts/test.sh" <<<"$out" ||
  fail "'$test_line' as nobody without sudo does not say what to run: $out"

# The parser fails when the README's commands and the scripts part: a renamed script.
sed 's|scripts/test\.sh|scripts/tests.sh|' README.md >"$work/README.md"
if GHW_README=$work/README.md scripts/readme-command.sh test >/dev/null 2>&1; then
  fail "a README whose test command names scripts/tests.sh was accepted"
fi
echo "README commands: both lines run as typed (root, sudo, no sudo) and .ci/run runs the test line"
