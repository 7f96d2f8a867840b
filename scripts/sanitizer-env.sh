# shellcheck shell=bash
# Sourced by scripts/test.sh and scripts/sanitize.sh: the sanitizer settings every test process
# (and every perfdeck-cli, perfdeck-probe or GUI it starts) inherits, and the check that none of
# them reported anything.
#
#   sanitizer_env LOGDIR      empty LOGDIR and export ASAN/UBSAN/LSAN/TSAN_OPTIONS that write
#                             each process's report into a file there (log_path), so a report
#                             never mixes with the output a test checks, and a report of a child
#                             process is not lost when its test passes anyway
#   sanitizer_reports LOGDIR  print each report found there (one file per process) and return 1,
#                             or return 0 when there is none
#
# UBSan stops the process at its first finding; LSan's suppressions (tests/sanitizers/lsan.supp)
# and TSan's (tests/sanitizers/tsan.supp) cover only libraries that are not ours or not
# instrumented, each with its reason.

sanitizer_env() {
  local logs=$1
  local supp
  supp="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/sanitizers"
  rm -rf "$logs"
  mkdir -p "$logs"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0:log_path=$logs/asan:${ASAN_OPTIONS:-}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=$logs/ubsan:${UBSAN_OPTIONS:-}"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
  export TSAN_OPTIONS="suppressions=$supp/tsan.supp:ignore_noninstrumented_modules=1:second_deadlock_stack=1:history_size=4:halt_on_error=0:log_path=$logs/tsan:${TSAN_OPTIONS:-}"
  # No gdb attach from QtTest's crash handler: the sanitizer's report has the stack, and under
  # TSan the attach hung until ctest's timeout for each crashed test.
  export QTEST_DISABLE_STACK_DUMP=1
}

sanitizer_reports() {
  local logs=$1
  local reports r
  reports=$(find "$logs" -type f -size +0 2>/dev/null | sort)
  [ -z "$reports" ] && return 0
  echo "sanitizer reports (one file per process, in $logs):" >&2
  for r in $reports; do
    echo "== $r" >&2
    grep -m5 -E 'ERROR: |WARNING: ThreadSanitizer|SUMMARY: |runtime error' "$r" >&2 || head -5 "$r" >&2
  done
  return 1
}
