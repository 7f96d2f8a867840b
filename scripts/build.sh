#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages), then configures and builds Perfdeck into ./build.
# Set PERFDECK_SKIP_DEPS=1 to skip the package step on a machine that has them already.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${PERFDECK_SKIP_DEPS:-0}" != "1" ]; then
  bash packaging/install-deps.sh
fi
cmake --preset default >/dev/null
cmake --build --preset default -- -j"$(nproc)"
