#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Perfdeck needs.
# Idempotent and non-interactive: packages already present are skipped by apt.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt's own strings (dialog buttons, --help lines) in German and French (docs/LANGUAGES.md).
  qt6-translations-l10n
  qt6-declarative-dev qt6-svg-dev libgl-dev libqt6sql6-sqlite
  libssh2-1-dev libyaml-cpp-dev qtkeychain-qt6-dev
  iperf3 openssh-server iproute2 procps
  # QoS tests: DSCP remarking and loss in network namespaces (tests/integration/tst_qosnetns).
  nftables
  poppler-utils python3 python3-scipy python3-jinja2 libpython3-dev jq
  libsimdjson-dev zlib1g-dev
  xvfb xauth fonts-dejavu-core
  # A real Secret Service for the keychain tests (Qt Keychain loads libsecret at run time).
  libsecret-1-0 gnome-keyring dbus-daemon dbus-bin
  # Exporters and web dashboard (Qt HTTP Server), tested against a real Prometheus and a real
  # headless Chromium.
  qt6-httpserver-dev qt6-websockets-dev prometheus chromium chromium-driver
  # The terminal dashboard of perfdeck-cli run is driven in tmux.
  tmux
  # Sanitizer builds and libFuzzer targets (scripts/sanitize.sh, scripts/fuzz.sh): clang, its
  # runtime libraries (ASan, UBSan, TSan, libFuzzer) and llvm-symbolizer for readable reports.
  clang libclang-rt-14-dev llvm
  # The Debian package and its checks (tests/integration/tst_debpackage, tst_clidocs).
  dpkg-dev lintian desktop-file-utils appstream bash-completion
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# netperf lives in Debian's non-free component; fetch it without touching /etc/apt.
if ! command -v netperf >/dev/null 2>&1; then
  T=$(mktemp -d)
  mkdir -p "$T/lists/partial"
  # The archive this system already uses: never an address assumed here.
  if ! mirror=$(bash "$(dirname "$0")/apt-mirror.sh"); then
    echo "install-deps: error: cannot install netperf: no Debian archive configured for apt" \
         "(see the message above)" >&2
    rm -rf "$T"
    exit 1
  fi
  read -r uri suite keyring <<<"$mirror"
  signed=""
  [ -n "$keyring" ] && signed="[signed-by=$keyring] "
  echo "deb $signed$uri $suite main non-free" >"$T/src.list"
  o=(-o "Dir::Etc::SourceList=$T/src.list" -o Dir::Etc::SourceParts=/dev/null
     -o "Dir::State::Lists=$T/lists")
  if $SUDO apt-get "${o[@]}" update -qq && \
     $SUDO apt-get "${o[@]}" install -y -qq --no-install-recommends netperf >/dev/null; then
    echo "install-deps: netperf installed from non-free"
  else
    echo "install-deps: warning: netperf could not be installed (netperf tests will be skipped)" >&2
  fi
  rm -rf "$T"
fi
# The prometheus package may start a system-wide server on port 9090; the tests start their own.
if command -v systemctl >/dev/null 2>&1 && systemctl is-enabled prometheus >/dev/null 2>&1; then
  $SUDO systemctl disable --now prometheus >/dev/null 2>&1 || true
fi
# The iperf3 package may start a system-wide daemon on port 5201; Perfdeck never needs it.
echo "install-deps: done"
