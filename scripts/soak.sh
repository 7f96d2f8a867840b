#!/usr/bin/env bash
# Soak (not in CI; takes minutes): 1,000 short loopback runs through one JobRunner and 200
# with their server over SSH (a throw-away loopback sshd), sampling perfdeck's RSS, open
# descriptors, threads and child processes; prints the figures and whether each is flat
# within 5 % after the warm-up. Exit 0 when flat. Needs iperf3; the SSH phase needs root and
# sshd (packaging/install-deps.sh). Bounded: --max-minutes (default 40) stops it early.
# Usage: scripts/soak.sh [BUILD_DIR] [--local N] [--ssh N] [--batch N] [--concurrency N]
#                        [--max-minutes M]
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$SRC/build
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  BUILD=$1
  shift
fi
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$SRC" -B "$BUILD" -G Ninja -DPERFDECK_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$BUILD" bench_soak >/dev/null
exec "$BUILD/bench/bench_soak" "$@"
