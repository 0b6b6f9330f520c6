#!/usr/bin/env bash
# Leaves a healthy pair on the lab for a C++ test: reused when the lab already is one, else a
# fresh lab built by the exported script (health-lib.sh's ensure_pair).
# Usage: ensure-pair.sh PATH/TO/gluster-ha-wizard
set -euo pipefail
# shellcheck source=tests/lab/health-lib.sh
. "$(dirname "$(readlink -f "$0")")/health-lib.sh" "$@"
ensure_pair
