#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (unit, integration with real iperf3 on
# loopback, offscreen GUI). The same command runs in CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
# Tests run one at a time: integration tests saturate loopback and the two cores, and
# timing-sensitive checks (live samples, cancel) must not compete with each other.
ctest --preset default --no-tests=ignore --timeout 600 "$@"
