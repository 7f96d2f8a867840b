#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ (clang, ASan+UBSan) for a bounded time each, seeded from
# tests/data and fuzz/seeds, after replaying the inputs of earlier crashes
# (tests/data/fuzz/TARGET/). Exits 1 when a target crashed, leaked, ran out of memory or time;
# the input that did it is in BUILD/fuzz/artifacts/. docs/guide/fuzzing.md says what to do then.
#
#   scripts/fuzz.sh                   every target for 30 s (the "asan" preset: whole core)
#   scripts/fuzz.sh --time 10         every target for 10 s
#   scripts/fuzz.sh --long            every target for 10 minutes
#   scripts/fuzz.sh --ci              CI's short pass (scripts/test.sh): the "fuzz-ci" preset
#                                     (only the readers the targets feed, build-fuzz/), 10 s each
#   scripts/fuzz.sh fuzz_profile      one target (names as in fuzz/, several allowed)
#   --build DIR (default build-asan; build-fuzz with --ci), --preset NAME (configures DIR when
#   it has no build.ninja yet; default asan; fuzz-ci with --ci), --no-build (use what DIR has)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=
build=
preset=
ci=0
do_build=1
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --long) seconds=600 ;;
    --time) seconds=$2; shift ;;
    --ci) ci=1 ;;
    --build) build=$2; shift ;;
    --preset) preset=$2; shift ;;
    --no-build) do_build=0 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    fuzz_*) targets+=("$1") ;;
    *) echo "fuzz.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
# --ci: each target 10 s, two at a time: 18 x 10 s / 2 = 1.5 min on top of a cold build of
# about 2 min (measured in docs/HARDENING.md), so that CI's whole run stays within its budget.
if [ "$ci" = 1 ]; then
  : "${seconds:=10}" "${build:=build-fuzz}" "${preset:=fuzz-ci}"
fi
: "${seconds:=30}" "${build:=build-asan}" "${preset:=asan}"
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi

if [ "$do_build" = 1 ]; then
  built=$(date +%s)
  [ -f "$build/build.ninja" ] || cmake --preset "$preset" -B "$build" >/dev/null
  cmake --build "$build" --target "${targets[@]}" -- -j2
  echo "fuzz.sh: $build built in $(( $(date +%s) - built )) s"
fi
fuzzing=$(date +%s)

# Seed files per target: the fixtures of tests/data a user's files look like.
seeds() {
  local d=tests/data
  case "$1" in
    fuzz_iperf3json|fuzz_iperf3jsonqt)
      ls $d/iperf3/*.json $d/iperf3/defects/*.json $d/iperf3/3.21/*.json ;;
    fuzz_iperf3text) ls $d/iperf3/*.txt ;;
    fuzz_iperf3stream) ls $d/iperf3/*.jsonl $d/iperf3/3.21/*.jsonl ;;
    fuzz_netperf) ls $d/netperf/*.txt ;;
    fuzz_flent) ls $d/flent/*.flent.gz ;;
    fuzz_import)
      ls $d/iperf3/tcp_basic.json $d/iperf3/stream_udp.jsonl $d/netperf/np_tcp_rr_k.txt \
         $d/flent/tcp_upload-*.flent.gz ;;
    fuzz_session) ls $d/session/*.json ;;
    fuzz_results) ls $d/stats/baseline.json $d/stats/rr_baseline.json $d/shaping/tbf20-send.json ;;
    fuzz_profile) ls profiles/*.yaml ;;
    fuzz_inventory) ls $d/inventory/*.yaml ;;
    fuzz_sshconfig) ls $d/inventory/ssh/config $d/inventory/ssh/config.d/*.conf ;;
    fuzz_ansibleini) ls $d/inventory/ansible/hosts.ini ;;
    fuzz_ansibleyaml)
      ls $d/inventory/ansible/inventory.yml $d/inventory/ansible/group_vars/*.yml ;;
    fuzz_knownhosts) ls fuzz/seeds/knownhosts/* ;;
    fuzz_probeparser) ls $d/probe/*.jsonl ;;
    fuzz_probedatagram) ls fuzz/seeds/probedatagram/* ;;
    # The patterns of profiles/presets.yaml, the tests and the docs (fuzz/seeds/trafficpattern).
    fuzz_trafficpattern) ls fuzz/seeds/trafficpattern/* ;;
  esac
}
dict() {
  case "$1" in
    fuzz_profile|fuzz_inventory|fuzz_ansibleyaml) echo "-dict=$root/fuzz/dict/yaml.dict" ;;
    fuzz_trafficpattern) echo "-dict=$root/fuzz/dict/pattern.dict" ;;
    fuzz_iperf3json|fuzz_iperf3jsonqt|fuzz_iperf3stream|fuzz_import|fuzz_session|fuzz_results|\
    fuzz_flent|fuzz_probeparser) echo "-dict=$root/fuzz/dict/json.dict" ;;
  esac
}

# One target: replay its regression inputs, then fuzz it for $seconds. Prints one line and
# leaves $work/$t.status (ok or failed) behind for the summary.
fuzz_one() {
  local t=$1
  local exe="$work/$t"
  local corpus="$work/corpus/$t"
  echo failed >"$work/$t.status"
  # CI's pass is reproducible: a fixed seed and a fresh corpus, so a CI machine runs the same
  # inputs as `fuzz.sh --ci` did here (a prefix of them when it is slower). A finding must come
  # from a change of the code, not from the luck of the draw; --time and --long explore.
  if [ "$ci" = 1 ]; then
    rm -rf "$corpus"
  fi
  local seeddir="$work/seeds/$t"
  rm -rf "$seeddir"
  mkdir -p "$corpus" "$seeddir"
  # Fixtures of different folders may share a name (udp_bidir.json): keep the folder in it.
  for f in $(seeds "$t"); do cp "$f" "$seeddir/$(echo "$f" | tr / _)"; done
  local common=(-rss_limit_mb=2048 -timeout=25 -max_len=65536
    "-artifact_prefix=$work/artifacts/$t-")
  if [ "$ci" = 1 ]; then
    common+=("-seed=${PERFDECK_FUZZ_SEED:-20261203}")
  fi
  # Inputs that crashed a target once must never crash it again.
  local regressions="tests/data/fuzz/$t"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    if ! "$exe" "${common[@]}" -runs=1 "$regressions"/* >"$work/$t.replay.log" 2>&1; then
      echo "fuzz.sh: $t: a regression input crashes again (log: $work/$t.replay.log)" >&2
      return
    fi
  fi
  local start
  start=$(date +%s)
  # shellcheck disable=SC2046
  if "$exe" "${common[@]}" $(dict "$t") -max_total_time="$seconds" -print_final_stats=1 \
       "$corpus" "$seeddir" >"$work/$t.log" 2>&1; then
    local runs cov
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$work/$t.log" | tail -1 | grep -o '[0-9]*' || echo '?')
    echo "fuzz.sh: $t: ok, ${runs:-?} inputs in $(( $(date +%s) - start )) s, coverage $cov"
    echo ok >"$work/$t.status"
  else
    echo "fuzz.sh: $t: FAILED (log: $work/$t.log)" >&2
    grep -m3 -E 'ERROR: |SUMMARY: |runtime error' "$work/$t.log" >&2 || true
  fi
}

work="$build/fuzz"
mkdir -p "$work/artifacts"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
# Qt prints warnings for some inputs (e.g. invalid UTF-8); they are not findings.
export QT_LOGGING_RULES="*.warning=false"
for t in "${targets[@]}"; do
  [ -x "$work/$t" ] || { echo "fuzz.sh: $work/$t is not built" >&2; exit 2; }
done
# Targets run side by side, one per core (PERFDECK_FUZZ_JOBS, default: the cores): each is one
# single-threaded process, so it runs as many inputs in its time as it would alone, and the
# pass takes 18 x 10 s / 2 on CI's two cores instead of 18 x 10 s.
jobs=${PERFDECK_FUZZ_JOBS:-$(nproc)}
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  fuzz_one "$t" &
  running=$((running + 1))
done
wait
failed=()
for t in "${targets[@]}"; do
  [ "$(cat "$work/$t.status" 2>/dev/null)" = ok ] || failed+=("$t")
done
# The closing line counts the targets the way test runners count tests.
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]}; crashing inputs in $work/artifacts/" >&2
  echo "fuzz: $(( ${#targets[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
  exit 1
fi
took=$(( $(date +%s) - fuzzing ))
echo "fuzz.sh: every target ran ${seconds} s without a finding (${took} s in all)"
echo "fuzz: ${#targets[@]} passed, 0 failed"
