#!/usr/bin/env bash
# Builds Perfdeck (RelWithDebInfo, ./build) and its Debian package: build/perfdeck_VERSION_ARCH.deb.
# Then, optionally: lintian build/perfdeck_*.deb, or packaging/clean-install-check.sh on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cmake --build build --target package
ls -l build/perfdeck_*.deb
