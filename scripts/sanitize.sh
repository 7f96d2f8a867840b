#!/usr/bin/env bash
# Builds Perfdeck with clang's sanitizers and runs tests under them (issue 13 item 3). Any
# report of any process (the test, or a perfdeck-cli/perfdeck-probe it starts) fails the run:
# every process writes its reports to BUILD/sanitizer-logs/, which must stay empty.
#
#   scripts/sanitize.sh               ASan+UBSan ("asan" preset, build-asan/): every unit test
#                                     and the integration tests listed below
#   scripts/sanitize.sh --gui         ASan+UBSan on every GUI test (offscreen; "asan" preset,
#                                     build-asan/, which builds the GUI library for them only)
#   scripts/sanitize.sh --tsan        TSan ("tsan" preset, build-tsan/): the threaded parts
#                                     (job runner, process groups, monitor, SSH)
#   scripts/sanitize.sh --ci          clang ASan+UBSan on the unit tests
#                                     that need no process, socket, SQLite or Python (readers of
#                                     outside input, statistics, plain logic) and on the SSH
#                                     client's and the process owner's tests, built by the
#                                     "fuzz-ci" preset into build-fuzz/ beside the fuzz targets
#                                     (fuzz/CMakeLists.txt lists them)
#   scripts/sanitize.sh --tsan-ci     CI's TSan pass (scripts/test.sh): the SSH client's and the
#                                     process owner's tests ("tsan-ci" preset, build-tsan-ci/,
#                                     about 20 files)
#   scripts/sanitize.sh --list        print the tests it would run, and stop
#   -R REGEX                          only the tests of the list matching REGEX
#   --no-build                        use what the build folder has
#
# Only --tsan-ci is part of scripts/test.sh, which runs the whole suite under GCC's ASan+UBSan
# itself (the "check" preset); docs/HARDENING.md says how long each pass takes.
# UBSan stops the process at its first finding (-fno-sanitize-recover=undefined); the settings
# and the check for reports are shared with scripts/test.sh (scripts/sanitizer-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

mode=asan
do_build=1
list_only=0
filter=
while [ $# -gt 0 ]; do
  case "$1" in
    --tsan) mode=tsan ;;
    --asan) mode=asan ;;
    --gui) mode=gui ;;
    --ci) mode=ci ;;
    --tsan-ci) mode=tsan-ci ;;
    --list) list_only=1 ;;
    --no-build) do_build=0 ;;
    -R) filter=$2; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "sanitize.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
build=build-$mode
preset=$mode
[ "$mode" = ci ] && build=build-fuzz && preset=fuzz-ci
[ "$mode" = gui ] && build=build-asan && preset=asan

# ASan+UBSan: all unit tests (parsers, statistics, sessions, templates, the embedded Python)
# and integration tests that drive real processes through every layer: the job runner and its
# process groups, iperf3/netperf runs, the CLI's commands, exporters, SSH against a real sshd,
# and the fault matrix's CLI and SSH cases (tools killed, disks full: the error paths).
asan_integration=(
  tst_managedprocess tst_processgroup tst_jobrunner tst_liveruns tst_instances
  tst_iperf3finalparse tst_iperf3jsonstream tst_netperfrun tst_resourcesampling
  tst_interfacecounters tst_environmentcollector
  tst_clirun tst_clifiles tst_cliimport tst_clistats tst_clireport tst_cliprofile
  tst_clihistory tst_exporters tst_metricsserver tst_patternrun tst_qosprobe
  tst_sshconnection tst_sshremoteprocess tst_sshlauncher tst_remoterun tst_hostchecker
  tst_faultscli tst_faultsssh
)
# TSan: where threads share data: the SSH connection's I/O thread, QtConcurrent parsing and
# port leases in the runs, the resource sampler, the exporters' and dashboard's servers.
tsan_tests=(
  tst_linesplitter tst_planscheduler tst_historystore
  tst_managedprocess tst_processgroup tst_jobrunner tst_liveruns tst_instances
  tst_iperf3finalparse tst_resourcesampling tst_exporters tst_metricsserver
  tst_sshconnection tst_sshremoteprocess tst_sshlauncher tst_remoterun tst_hostchecker
)

if [ "$mode" = asan ]; then
  tests=()
  for f in tests/unit/tst_*.cpp; do tests+=("$(basename "$f" .cpp)"); done
  tests+=("${asan_integration[@]}")
elif [ "$mode" = gui ]; then
  tests=()
  for f in tests/gui/tst_*.cpp; do tests+=("$(basename "$f" .cpp)"); done
elif [ "$mode" = tsan-ci ]; then
  read -r -a tests <<<"$(sed -n '/^ *set(remote_tests/,/)/p' fuzz/CMakeLists.txt |
    sed 's/set(remote_tests//; s/)//' | tr '\n' ' ')"
elif [ "$mode" = ci ]; then
  # The list lives where they are built (one place to change); see fuzz/CMakeLists.txt.
  read -r -a tests <<<"$(sed -n '/^ *set(\(reader\|remote\)_tests/,/)/p' fuzz/CMakeLists.txt |
    sed 's/set(reader_tests//; s/set(remote_tests//; s/)//' | tr '\n' ' ')"
else
  tests=("${tsan_tests[@]}")
fi
if [ -n "$filter" ]; then
  kept=()
  for t in "${tests[@]}"; do [[ $t =~ $filter ]] && kept+=("$t"); done
  tests=("${kept[@]}")
fi
if [ ${#tests[@]} -eq 0 ]; then
  echo "sanitize.sh: no test left to run" >&2
  exit 2
fi
if [ "$list_only" = 1 ]; then
  printf '%s\n' "${tests[@]}"
  exit 0
fi

start=$(date +%s)
if [ "$do_build" = 1 ]; then
  [ -f "$build/build.ninja" ] || cmake --preset "$preset" >/dev/null
  # A build-asan/ configured before the preset built the GUI library has no GUI tests.
  if [ "$mode" = gui ] && grep -q '^PERFDECK_BUILD_GUI:BOOL=OFF' "$build/CMakeCache.txt"; then
    cmake -B "$build" -DPERFDECK_BUILD_GUI=ON >/dev/null
  fi
  if [ "$mode" = ci ] || [ "$mode" = tsan-ci ]; then
    # Unit tests of readers: no processes started, nothing but the tests to build.
    cmake --build "$build" --target "${tests[@]}" -- -j"${JOBS:-2}"
  else
    # Only what the chosen tests need: they start the CLI, the fake tool, the probe and the gate.
    cmake --build "$build" --target "${tests[@]}" perfdeck-cli perfdeck-fake-tool \
      perfdeck-probe perfdeck-gate -- -j"${JOBS:-2}"
  fi
fi
built=$(date +%s)

logs="$root/$build/sanitizer-logs"
# shellcheck source=scripts/sanitizer-env.sh
source "$root/scripts/sanitizer-env.sh"
sanitizer_env "$logs"
export LANGUAGE=en

regex="^($(IFS='|'; echo "${tests[*]}"))\$"
status=0
# Each test keeps its usual limit (tests/*/CMakeLists.txt): 120 s unit, 300 s integration.
ctest --test-dir "$build" --no-tests=error --output-on-failure -R "$regex" \
  --test-output-size-failed 200000 || status=$?
finished=$(date +%s)

sanitizer_reports "$logs" || status=1
echo "sanitize.sh: $mode: ${#tests[@]} tests; build $((built - start)) s, tests $((finished - built)) s"
if [ "$status" = 0 ]; then
  echo "sanitize.sh: $mode: no sanitizer report, every test passed"
fi
exit "$status"
