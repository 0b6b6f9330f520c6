#!/usr/bin/env bash
# Benchmark (not a test): how long the survivor's site stalls when its peer goes silent, and how
# long the heal takes once the peer is back. On a fresh lab pair built by `apply --yes`, each run:
# server01 writes into the volume (in service), its private link is cut silently (packets
# dropped, as when it loses power), and server02's site is polled over HTTP from this machine
# (every 0.1 s, 1 s per request, the page as it was before) while a new file is written through server02's mount (2 s per
# write). The stall of each is the time from the cut to the first answer after which every
# answer came for 8 s. Then the link comes back and the heal time is the time until
# `heal info` counts 0 entries on both bricks, connected. Prints one line per run and the medians.
# Usage: failover_bench.sh PATH/TO/gluster-ha-wizard [RUNS]   (root; takes the lab lock)
# GHW_BENCH_OPTIONS="opt=value ..." sets volume options after apply (to compare other values).
set -euo pipefail
export LC_ALL=C LANG=C
EXE=$(readlink -f "$1")
RUNS=${2:-5}
LAB=$(readlink -f "$(dirname "$0")/../../tests/lab/lab.sh")
[ "$(id -u)" -eq 0 ] || { echo "failover_bench: needs root (the lab)" >&2; exit 2; }
exec 9>/tmp/ghw-lab.lock
flock 9
VOL=var-www
URL=http://198.18.1.12/
MAX_S=150
SETTLE_S=8
SHOWN=(network.ping-timeout client.tcp-user-timeout server.tcp-user-timeout
  client.keepalive-time client.keepalive-interval client.keepalive-count
  server.keepalive-time server.keepalive-interval server.keepalive-count)

now() { date +%s.%N; }
work=$(mktemp -d)
cleanup() {
  "$LAB" link server01 private up >/dev/null 2>&1 || true
  "$LAB" down >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# poll_http LOG: one line "T ok|fail" per request, T seconds since the epoch at its end.
poll_http() {
  while [ -e "$work/polling" ]; do
    if curl -fs --noproxy '*' -m 1 -o "$work/page" "$URL" && cmp -s "$work/page" "$work/expected"; then
      r=ok
    else r=fail; fi
    echo "$(now) $r" >>"$1"
    sleep 0.1
  done
}
# poll_write LOG RUN: a new file through server02's mount per attempt.
poll_write() {
  local i=0
  while [ -e "$work/polling" ]; do
    i=$((i + 1))
    if "$LAB" exec server02 timeout -k 1 2 sh -c "echo $i > /var/www/html/.bench-w-$2-$i" >/dev/null 2>&1; then
      r=ok
    else r=fail; fi
    echo "$(now) $r" >>"$1"
    sleep 0.1
  done
}
# stall LOG CUT: seconds from CUT to the first "ok" after the last "fail" (0 when none failed),
# or "-" when the log does not end with SETTLE_S seconds of answers.
stall() {
  awk -v cut="$2" -v settle="$SETTLE_S" '
    $2 == "fail" { first = ""; last_fail = $1; next }
    first == "" { first = $1 }
    END {
      if (first == "" || $1 - first < settle) { print "-"; exit }
      printf "%.1f\n", (last_fail == "" ? 0 : first - cut)
    }' "$1"
}
settled() { # LOG: the last SETTLE_S seconds all answered
  awk -v settle="$SETTLE_S" '$2 == "fail" { first = ""; next } first == "" { first = $1 }
    END { exit !(first != "" && $1 - first >= settle) }' "$1"
}
healed() {
  local out
  out=$("$LAB" exec server02 timeout 20 gluster volume heal "$VOL" info 2>/dev/null) || return 1
  [ "$(grep -c '^Status: Connected' <<<"$out")" = 2 ] &&
    ! grep -q '^Number of entries: [1-9]' <<<"$out"
}

"$LAB" fresh >"$work/fresh.log" 2>&1 || { cat "$work/fresh.log"; exit 1; }
A=$("$LAB" admin-dir)
"$EXE" apply "$A/spec.json" --yes --accept-split-brain-risk --known-hosts "$A/known_hosts" \
  >"$work/apply.log" 2>&1 || { cat "$work/apply.log"; exit 1; }
for kv in ${GHW_BENCH_OPTIONS:-}; do
  "$LAB" exec server01 gluster --mode=script volume set "$VOL" "${kv%%=*}" "${kv#*=}" >/dev/null
done
echo "options in effect:"
for o in "${SHOWN[@]}"; do
  "$LAB" exec server01 gluster volume get "$VOL" "$o" | awk -v o="$o" '$1 == o { printf "  %s %s\n", $1, $2 }'
done
until healed; do sleep 0.5; done
curl -fsS --noproxy '*' -m 10 -o "$work/expected" "$URL"

printf 'run\thttp_stall_s\twrite_stall_s\theal_s\n'
for run in $(seq 1 "$RUNS"); do
  rm -f "$work/http.log" "$work/write.log"
  "$LAB" exec server01 touch /run/bench-writing
  "$LAB" exec server01 bash -c 'while [ -e /run/bench-writing ]; do date +%s%N > /var/www/html/.bench-s01; sleep 0.2; done' \
    >/dev/null 2>&1 &
  writer=$!
  sleep 2
  cut=$(now)
  "$LAB" link server01 private down
  "$LAB" exec server01 rm -f /run/bench-writing
  : >"$work/polling"
  poll_http "$work/http.log" &
  ph=$!
  poll_write "$work/write.log" "$run" &
  pw=$!
  t0=$SECONDS
  while [ $((SECONDS - t0)) -lt "$MAX_S" ]; do
    sleep 1
    if [ -s "$work/http.log" ] && [ -s "$work/write.log" ] && settled "$work/http.log" && settled "$work/write.log"; then break; fi
  done
  rm -f "$work/polling"
  wait "$ph" "$pw" || true
  http_s=$(stall "$work/http.log" "$cut")
  write_s=$(stall "$work/write.log" "$cut")
  restored=$(now)
  "$LAB" link server01 private up
  wait "$writer" || true
  t0=$SECONDS
  until healed; do
    sleep 0.5
    [ $((SECONDS - t0)) -lt "$MAX_S" ] || break
  done
  heal_s=$(awk -v a="$restored" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
  healed || heal_s="-"
  printf '%d\t%s\t%s\t%s\n' "$run" "$http_s" "$write_s" "$heal_s" | tee -a "$work/results.tsv"
  "$LAB" exec server02 sh -c "rm -f /var/www/html/.bench-w-$run-*" || true
  until healed; do sleep 0.5; done
done
awk -F'\t' '
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { if ($2 != "-") h[++nh] = $2; if ($3 != "-") w[++nw] = $3; if ($4 != "-") e[++ne] = $4 }
  END {
    printf "median of %d runs: http stall %s s, write stall %s s, heal %s s\n", NR,
      nh ? median(h, nh) : "-", nw ? median(w, nw) : "-", ne ? median(e, ne) : "-"
  }' "$work/results.tsv"
