#!/bin/sh
# Builds and runs the chart benchmark (64 series x 36,000 points) on the offscreen platform.
# Usage: bench/run_chart_bench.sh [build-dir] [bench options, e.g. --every 10]
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
[ $# -gt 0 ] && shift
[ -f "$build/build.ninja" ] || cmake -S "$src" -B "$build" -G Ninja
ninja -C "$build" bench_gui_chart
QT_QPA_PLATFORM=offscreen "$build/bench/bench_gui_chart" "$@"
