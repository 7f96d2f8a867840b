#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages), then configures and builds Perfdeck into ./build.
#   scripts/build.sh            the "default" preset (RelWithDebInfo) into build/: what
#                               scripts/run.sh starts and scripts/package.sh packages
#   scripts/build.sh PRESET     another configure preset of CMakePresets.json, e.g. "check"
#                               (ASan+UBSan, build-check/), which scripts/test.sh tests
# Set PERFDECK_SKIP_DEPS=1 to skip the package step on a machine that has them already.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
if [ "${PERFDECK_SKIP_DEPS:-0}" != "1" ]; then
  bash packaging/install-deps.sh
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
