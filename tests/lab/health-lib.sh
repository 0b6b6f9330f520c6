# shellcheck shell=bash
# Sourced by the health lab tests (health-*-test.sh): a working pair to break, the product's
# `health --json` run and timed, and assertions on its report (jq). The tests share the lab with
# others: each one starts from a healthy pair (reused when the lab already is one on nodes that
# boot systemd, else a fresh lab built by the exported script) and leaves it healthy again.
# Sourced with the test's arguments: $1 is the path of gluster-ha-wizard (EXE). Defines EXE,
# LAB, ADMIN, WORK, SSH and the functions below.
HEALTH_LIB_DIR=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
LAB=$HEALTH_LIB_DIR/lab.sh
# shellcheck source=tests/lab/pair-assertions.sh
. "$HEALTH_LIB_DIR/pair-assertions.sh"
[ "$(id -u)" -eq 0 ] || fail "the lab test needs root"
EXE=$(readlink -f "${1:-}")
[ -x "$EXE" ] && [ -f "$EXE" ] || fail "usage: $0 PATH/TO/gluster-ha-wizard"
command -v jq >/dev/null || fail "jq is missing (scripts/install-deps.sh installs it)"
export LC_ALL=C
ADMIN=$("$LAB" admin-dir)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
VOL=var-www
# shellcheck disable=SC2034 # used by the tests that source this
SSH=(ssh -F "$ADMIN/ssh_config" -n)

now_ms() { echo $(($(date +%s%N) / 1000000)); }
note() { printf '[health-test] %s\n' "$*"; }

# wait_until SECONDS CMD...: polls every 0.5 s; false when CMD never succeeded.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# Independent of the product: a working pair with nothing to heal, both peers connected and
# the volume's options as the setup left them (network.ping-timeout 4: the plan's failover
# options).
pair_is_healthy() {
  local n summary
  (assert_working_pair "$VOL" "Hello, World!") >/dev/null 2>&1 || return 1
  for n in server01 server02; do
    [ "$("$LAB" exec "$n" gluster peer status | grep -c 'State: Peer in Cluster (Connected)')" = 1 ] || return 1
  done
  summary=$("$LAB" exec server01 gluster volume heal "$VOL" info summary) || return 1
  [ "$(grep -c 'Status: Connected' <<<"$summary")" = 2 ] || return 1
  ! grep -Eq 'entries.*: [1-9]' <<<"$summary" || return 1
  [ "$("$LAB" exec server01 gluster volume get "$VOL" network.ping-timeout |
    awk '$1 == "network.ping-timeout" { print $2 }')" = 4 ]
}

ensure_pair() {
  if [ -f "$ADMIN/spec.json" ] && [ "$("$LAB" kind)" = systemd ] && pair_is_healthy; then
    note "reusing the healthy pair already on the lab"
    return
  fi
  local t0=$SECONDS
  "$LAB" fresh >"$WORK/fresh.log" 2>&1 || { cat "$WORK/fresh.log"; fail "lab.sh fresh failed"; }
  without_site
  "$EXE" export "$ADMIN/spec.json" --assume-os debian --accept-split-brain-risk -o "$WORK/pair.sh"
  GHW_SSH="ssh -F $ADMIN/ssh_config" bash "$WORK/pair.sh" --yes >"$WORK/pair.log" 2>&1 ||
    { cat "$WORK/pair.log"; fail "the exported script failed on a fresh lab"; }
  assert_working_pair "$VOL" "Hello, World!"
  note "fresh pair built in $((SECONDS - t0)) s"
}

# health [ARGS...]: runs `health SPEC --json ARGS`; sets HEALTH_RC and HEALTH_MS, keeps the
# report in $WORK/health.json (and a copy of each run in $WORK/health-N.json).
HEALTH_RUNS=0
health() {
  local t0
  t0=$(now_ms)
  set +e
  "$EXE" health "$ADMIN/spec.json" --known-hosts "$ADMIN/known_hosts" --json "$@" \
    >"$WORK/health.json" 2>"$WORK/health.err"
  HEALTH_RC=$?
  set -e
  HEALTH_MS=$(($(now_ms) - t0))
  HEALTH_RUNS=$((HEALTH_RUNS + 1))
  cp "$WORK/health.json" "$WORK/health-$HEALTH_RUNS.json"
  jq -e '.format == "gluster-ha-wizard/health"' "$WORK/health.json" >/dev/null ||
    { cat "$WORK/health.err"; fail "health printed no report (exit $HEALTH_RC)"; }
}

# The report's checks as lines "state id server subject" (for messages).
report_lines() {
  jq -r '.checks[] | "\(.state) \(.id) \(.server) \(.subject)"' "$WORK/health.json"
}

show_report() {
  echo "--- health exit $HEALTH_RC in $HEALTH_MS ms: $(jq -r .summary "$WORK/health.json")"
  report_lines | sed 's/^/    /'
}

expect_rc() {
  [ "$HEALTH_RC" = "$1" ] || { show_report; fail "health exited $HEALTH_RC, expected $1 ($2)"; }
}

# expect_check ID SERVER SUBJECT STATE: some check has exactly these (SUBJECT "*" = any).
expect_check() {
  jq -e --arg id "$1" --arg server "$2" --arg subject "$3" --arg state "$4" \
    '[.checks[] | select(.id == $id and .server == $server and .state == $state
       and ($subject == "*" or .subject == $subject))] | length > 0' "$WORK/health.json" >/dev/null ||
    { show_report; fail "no check $1 of '$2' ($3) in state $4"; }
}

expect_all_ok() {
  local bad
  bad=$(jq -r '[.checks[] | select(.state != "ok")] | length' "$WORK/health.json")
  [ "$bad" = 0 ] || { show_report; fail "$bad check(s) are not ok"; }
}

# health_until SECONDS RC [ARGS...]: runs health until it exits with RC; fails after SECONDS.
health_until() {
  local deadline=$((SECONDS + $1)) want=$2
  shift 2
  while :; do
    health "$@"
    [ "$HEALTH_RC" = "$want" ] && return 0
    [ "$SECONDS" -lt "$deadline" ] || { show_report; fail "health did not exit $want within the time"; }
    sleep 1
  done
}

# health_until_all_ok SECONDS: runs health until it exits 0 with every check ok. After a repair
# (a restart, a resolved split-brain) the self-heal daemon needs a moment to empty the heal
# queue, and until then health rightly warns "heal pending"; fails after SECONDS.
health_until_all_ok() {
  local deadline=$((SECONDS + $1))
  while :; do
    health
    if [ "$HEALTH_RC" = 0 ] &&
      [ "$(jq -r '[.checks[] | select(.state != "ok")] | length' "$WORK/health.json")" = 0 ]; then
      return 0
    fi
    [ "$SECONDS" -lt "$deadline" ] || { show_report; fail "health was not all ok within the time"; }
    sleep 1
  done
}

# Stops server02's glusterd, brick and self-heal daemon by their PID files (never by name).
kill_gluster_on() {
  "$LAB" exec "$1" sh -c 'for f in /var/run/glusterd.pid $(find /run/gluster -name "*.pid"); do
      [ -f "$f" ] && kill -TERM "$(cat "$f")"; done; true'
}

start_glusterd_on() {
  if [ "$("$LAB" kind)" = systemd ]; then
    "$LAB" exec "$1" systemctl start glusterd.service
  else # an init-less node: the unit's ExecStart, as notes/lab.md describes
    "$LAB" exec "$1" glusterd -p /var/run/glusterd.pid
  fi
}

# Nodes that boot systemd (lab.sh's default): the reboot, power-cut and cold-start tests need them.
need_systemd_nodes() {
  [ "$("$LAB" kind)" = systemd ] || fail "the lab's nodes do not boot systemd"
}

# http_body IP PATH: the body served by IP (empty when it does not answer within 2 s).
http_body() { curl -sS -m 2 "http://$1$2" 2>/dev/null || true; }
