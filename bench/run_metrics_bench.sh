#!/bin/bash
# /metrics scrape with 64 live runs (goal: under 5 ms) and the cost of LiveRuns per sample.
# Usage: bench/run_metrics_bench.sh [BUILD_DIR]   (default: build-bench, configured Release)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-bench}

if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPERFDECK_BUILD_GUI=OFF \
        -DPERFDECK_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$BUILD" bench_metrics >/dev/null
"$BUILD/bench/bench_metrics"
