#!/usr/bin/env bash
# perfdeck-probe pacing accuracy and CPU at 10k/100k/500k packets/s on loopback, next to
# iperf3 -u -b at the same rates (bench/probe_pacing.py prints the table).
# Usage: bench/run_probe_bench.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$SRC" -B "$BUILD" -G Ninja -DPERFDECK_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$BUILD" perfdeck-probe >/dev/null
/usr/bin/python3 "$SRC/bench/probe_pacing.py" "$BUILD/src/probe/perfdeck-probe" "${2:-3}"
