#!/bin/bash
# Report benchmark: context, Jinja2 render of summary.html, PDF with vector charts for a
# 100-run session, and whole `perfdeck-cli report` processes.
# Usage: bench/run_report_bench.sh [BUILD_DIR] [RUNS]   (default: build-bench, Release; 100)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-bench}
RUNS=${2:-100}
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPERFDECK_BUILD_GUI=OFF \
        -DPERFDECK_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$BUILD" bench_report perfdeck-cli >/dev/null
"$BUILD/bench/bench_report" --runs "$RUNS" --cli "$BUILD/src/cli/perfdeck-cli"
