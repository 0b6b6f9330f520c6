#!/usr/bin/env bash
# readme-command.sh NAME: prints the command of the README's first code block that runs
# scripts/NAME.sh (its comment removed), exactly as a newcomer types it; exit 1 if there is not
# exactly one. readme-command.sh --all prints every command of that block.
# .ci/run and the README test (tests/app) read the README through this one parser.
set -euo pipefail
readme=${GHW_README:-$(dirname "$(dirname "$(readlink -f "$0")")")/README.md}
name=${1:?usage: readme-command.sh NAME|--all}
# The first fenced block: its lines up to the closing fence, comments and blank lines removed.
commands=$(awk '/^```/ { if (inside) exit; inside = 1; next } inside' "$readme" |
  sed -E 's/[[:space:]]+#.*$//; s/^#.*$//; s/[[:space:]]+$//' | grep -v '^$' || true)
if [ "$name" = --all ]; then
  printf '%s\n' "$commands"
  exit 0
fi
matches=$(grep -E "(^|[ /])scripts/$name\.sh( |$)" <<<"$commands" || true)
if [ -z "$matches" ] || [ "$(wc -l <<<"$matches")" -ne 1 ]; then
  echo "readme-command.sh: the first code block of $readme has no single command running" \
    "scripts/$name.sh" >&2
  exit 1
fi
printf '%s\n' "$matches"
