#!/usr/bin/env bash
# Remote start-up over SSH: Perfdeck's libssh2 layer beside OpenSSH's ssh (with and without
# ControlMaster), for 1 host and 10 loopback sshd in parallel, in the same run.
# Needs root (the sshd fixture logs in a throw-away user), sshd, ssh and iperf3.
# Usage: bench/run_ssh_bench.sh [BUILD_DIR]
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$SRC" -B "$BUILD" -G Ninja -DPERFDECK_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$BUILD" bench_ssh >/dev/null
"$BUILD/bench/bench_ssh"
