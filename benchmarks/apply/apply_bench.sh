#!/usr/bin/env bash
# Benchmark (not a test): `apply --yes` on a fresh lab pair, against the same plan's commands run
# directly inside the nodes one after another (no SSH, no parallelism): check, then apply and
# verify where the check says "not done". Goal: ratio <= 0.8, thanks to parallel servers.
# Usage: apply_bench.sh PATH/TO/gluster-ha-wizard [ROUNDS]   (root; takes the lab lock)
set -euo pipefail
export LC_ALL=C LANG=C
EXE=$(readlink -f "$1")
ROUNDS=${2:-3}
LAB=$(readlink -f "$(dirname "$0")/../../tests/lab/lab.sh")
exec 9>/run/lock/ghw-lab.lock
flock 9
now() { date +%s.%N; }

direct_run() { # plan.json: every step's remote lines, run in its node in plan order
  python3 - "$1" <<'PY' >"$work/steps.tsv"
import json, sys
for s in json.load(open(sys.argv[1]))["steps"]:
    r = s["remote"]
    print("\t".join([s["server"]] + [r[k].replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") for k in ("check", "apply", "verify")]))
PY
  local server check apply verify
  while IFS=$'\t' read -r server check apply verify; do
    check=$(printf '%b' "$check"); apply=$(printf '%b' "$apply"); verify=$(printf '%b' "$verify")
    if "$LAB" exec "$server" bash -c "$check" >/dev/null 2>&1; then continue; fi
    "$LAB" exec "$server" bash -c "$apply" >/dev/null 2>&1 || { echo "direct: apply failed on $server" >&2; return 1; }
    "$LAB" exec "$server" bash -c "$verify" >/dev/null 2>&1 || { echo "direct: verify failed on $server" >&2; return 1; }
  done <"$work/steps.tsv"
}

work=$(mktemp -d)
trap 'rm -rf "$work"; "$LAB" down >/dev/null 2>&1 || true' EXIT
printf 'round\tapply_s\tdirect_s\tratio\n'
for round in $(seq 1 "$ROUNDS"); do
  "$LAB" fresh >/dev/null 2>&1
  A=$("$LAB" admin-dir)
  "$EXE" plan "$A/spec.json" --json --accept-split-brain-risk --known-hosts "$A/known_hosts" >"$work/plan.json" 2>/dev/null
  t0=$(now)
  "$EXE" apply "$A/spec.json" --yes --accept-split-brain-risk --known-hosts "$A/known_hosts" >/dev/null 2>&1
  t1=$(now)
  "$LAB" fresh >/dev/null 2>&1
  t2=$(now)
  direct_run "$work/plan.json"
  t3=$(now)
  awk -v r="$round" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" \
    'BEGIN { a = t1 - t0; d = t3 - t2; printf "%d\t%.2f\t%.2f\t%.2f\n", r, a, d, a / d }'
done
