#!/usr/bin/env bash
# Runs health_bench on a healthy lab pair, holding the lab's lock: the pair already on the lab is
# reused when healthy, else a fresh lab is built by the exported script (tests/lab/health-lib.sh).
# Usage: run-on-lab.sh PATH/TO/gluster-ha-wizard PATH/TO/health_bench [RUNS]
set -euo pipefail
BENCH=$(readlink -f "$2")
RUNS=${3:-10}
exec 9>/run/lock/ghw-lab.lock
flock 9
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/../../tests/lab/health-lib.sh" "$1"
ensure_pair
"$BENCH" "$EXE" "$ADMIN/spec.json" "$ADMIN/known_hosts" "$RUNS"
