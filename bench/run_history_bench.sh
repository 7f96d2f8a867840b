#!/bin/bash
# History benchmark: builds a 100,000-run database and times one pair's trend (open, query,
# HistoryTrend::compute), as `perfdeck-cli history trend` and the History dock do.
# Usage: bench/run_history_bench.sh [BUILD_DIR]   (default: build-bench, configured Release)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-bench}
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPERFDECK_BUILD_GUI=OFF \
        -DPERFDECK_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$BUILD" bench_history >/dev/null
"$BUILD/bench/bench_history" --runs 100000 --pairs 50
