#!/usr/bin/env bash
# Multi-instance overhead: `perfdeck-cli run --instances 8` on loopback beside the same 8
# iperf3 server/client pairs started by this plain shell script, in one run (alternating, two
# rounds), with Perfdeck's own CPU time (utime+stime of the perfdeck-cli process from
# /proc/PID/stat, its tools excluded) while the tests run. Then the simulated 1,000-host x
# 3-test plan through the scheduler with a fake launcher (bench_plan).
# Goals (issue 9): throughput ratio >= 0.97, Perfdeck's own process < 2 % of one core,
# plan planning+scheduling < 1 s and < 200 MB.
# Usage: bench/run_instances_bench.sh [BUILD_DIR]   (PERFDECK_BENCH_DURATION=seconds, default 5)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$SRC" -B "$BUILD" -G Ninja -DPERFDECK_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$BUILD" perfdeck-cli perfdeck-gate bench_plan >/dev/null
CLI="$BUILD/src/cli/perfdeck-cli"
DUR=${PERFDECK_BENCH_DURATION:-5}
N=8
TICK=$(getconf CLK_TCK)
T=$(mktemp -d)
started=()
cleanup() {
  # Only the processes this script started, by PID.
  for pid in "${started[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  rm -rf "$T"
}
trap cleanup EXIT

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

shell_pairs() { # prints the summed receiver throughput in bit/s
  local ports=() servers=() clients=() i
  for i in $(seq 1 $N); do
    ports+=("$(free_port)")
  done
  for i in $(seq 0 $((N - 1))); do
    iperf3 -s -1 -B 127.0.0.1 -p "${ports[$i]}" >/dev/null 2>&1 &
    servers+=($!)
    started+=($!)
  done
  for i in $(seq 0 $((N - 1))); do
    for _ in $(seq 1 100); do
      ss -Hltn "sport = :${ports[$i]}" | grep -q . && break
      sleep 0.05
    done
  done
  for i in $(seq 0 $((N - 1))); do
    iperf3 -c 127.0.0.1 -p "${ports[$i]}" -t "$DUR" -J >"$T/shell$i.json" 2>/dev/null &
    clients+=($!)
    started+=($!)
  done
  wait "${clients[@]}" "${servers[@]}" || true
  jq -s '[.[].end.sum_received.bits_per_second // 0] | add' "$T"/shell*.json
  rm -f "$T"/shell*.json
}

perfdeck_run() { # prints "total_bps cpu_s wall_s skew_ms"
  local start end cpu=0 line rest
  start=$(date +%s.%N)
  "$CLI" run --instances $N --duration "$DUR" --json "$T/perfdeck.json" --quiet >/dev/null 2>&1 &
  local pid=$!
  started+=($pid)
  while kill -0 "$pid" 2>/dev/null; do
    if read -r line <"/proc/$pid/stat" 2>/dev/null; then
      rest=${line##*) }
      # shellcheck disable=SC2086
      set -- $rest
      cpu=$(( ${12} + ${13} ))
    fi
    sleep 0.1
  done
  wait "$pid" || true
  end=$(date +%s.%N)
  local total skew
  total=$(jq '[.runs[].summary.throughput_bps // 0] | add' "$T/perfdeck.json")
  skew=$(jq '.runs[0].start_skew_ms // "null"' "$T/perfdeck.json")
  echo "$total $(echo "scale=3; $cpu / $TICK" | bc) $(echo "$end - $start" | bc) $skew"
}

echo "$N iperf3 pairs on loopback, $DUR s, two alternating rounds (load: $(cut -d' ' -f1-3 /proc/loadavg))"
sum_ratio=0
for round in 1 2; do
  shell=$(shell_pairs)
  read -r pd cpu wall skew <<<"$(perfdeck_run)"
  ratio=$(echo "scale=4; $pd / $shell" | bc)
  share=$(echo "scale=2; 100 * $cpu / $wall" | bc)
  printf '  round %d: shell %.2f Gbit/s, perfdeck %.2f Gbit/s, ratio %.3f (goal >= 0.97);\n' \
    "$round" "$(echo "$shell / 1000000000" | bc -l)" "$(echo "$pd / 1000000000" | bc -l)" "$ratio"
  printf '           perfdeck-cli own CPU %.2f s over %.1f s = %.2f %% of one core (goal < 2 %%), start skew %s ms\n' \
    "$cpu" "$wall" "$share" "$skew"
  sum_ratio=$(echo "$sum_ratio + $ratio" | bc -l)
done
printf '  mean ratio %.3f\n' "$(echo "$sum_ratio / 2" | bc -l)"
echo
echo "simulated plan with a fake launcher:"
"$BUILD/bench/bench_plan"
