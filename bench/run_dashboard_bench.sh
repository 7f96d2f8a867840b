#!/bin/sh
# Builds and runs the dashboard benchmark (64 simulated live runs at 10 Hz) offscreen.
# Usage: bench/run_dashboard_bench.sh [build-dir] [--frames N]
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
[ $# -gt 0 ] && shift
[ -f "$build/build.ninja" ] || cmake -S "$src" -B "$build" -G Ninja
ninja -C "$build" bench_gui_dashboard
QT_QPA_PLATFORM=offscreen "$build/bench/bench_gui_dashboard" "$@"
