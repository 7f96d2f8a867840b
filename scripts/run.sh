#!/usr/bin/env bash
# Sets up and builds Perfdeck, then runs the main job: an iperf3 test against the embedded
# loopback server (perfdeck-cli run). Extra arguments go to `perfdeck-cli run`, e.g.
#   scripts/run.sh --duration 5 --parallel 4 --json results.json
# `scripts/run.sh --gui` starts the desktop application instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ "${1:-}" = "--gui" ]; then
  shift
  exec ./build/src/app/perfdeck "$@"
fi
exec ./build/src/cli/perfdeck-cli run "$@"
