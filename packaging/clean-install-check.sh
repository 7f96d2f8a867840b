#!/usr/bin/env bash
# Installs a perfdeck .deb on a clean Debian system and runs it: debootstrap (minbase) builds a
# throw-away root from the archive this machine's apt uses (packaging/apt-mirror.sh), apt inside
# it installs the package with exactly what its Depends pull in, and the installed
# perfdeck-cli runs a 1 s loopback test against its embedded iperf3 server, lists its profiles
# and templates, and renders a report with the shipped template (Jinja2).
# Needs root, debootstrap and the network to the archive (several minutes, ~250 MB of
# downloads), so it is not part of ctest: tests/integration/tst_debpackage checks the package
# on this machine instead. Usage: packaging/clean-install-check.sh PACKAGE.deb [ROOT_DIR]
set -euo pipefail
deb=$(realpath "$1")
keep_root=${2:+yes}
root=${2:-$(mktemp -d /tmp/perfdeck-clean-root.XXXXXX)}
here=$(cd "$(dirname "$0")" && pwd)
read -r uri suite keyring <<<"$(bash "$here/apt-mirror.sh")"

cleanup() {
  # Only what this script mounted, then the root itself.
  for m in "$root/proc" "$root/dev/pts" "$root/dev"; do
    mountpoint -q "$m" && umount -l "$m"
  done
  [ -n "$keep_root" ] || rm -rf "$root" "$root.debootstrap.log"
}
trap 'cleanup' EXIT

echo "clean-install-check: debootstrap $suite into $root"
debootstrap --variant=minbase ${keyring:+--keyring="$keyring"} "$suite" "$root" "$uri" \
  >"$root.debootstrap.log" 2>&1 || { tail -20 "$root.debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$root/tmp/perfdeck.deb"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
              LANG=C.UTF-8 "$@"; }
echo "clean-install-check: apt-get install ./perfdeck.deb"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  /tmp/perfdeck.deb >/dev/null
in_root dpkg -s perfdeck | grep -q '^Status: install ok installed'

echo "clean-install-check: perfdeck-cli run --duration 1"
in_root perfdeck-cli run --duration 1 --json /tmp/run.json --no-history
in_root perfdeck-cli profile list | grep -q '^throughput '
in_root perfdeck-cli template list | grep -q '^summary.html '
in_root perfdeck-cli report /tmp/run.json --template summary.md --out /tmp/report.md
grep -q 'iperf3' "$root/tmp/report.md"
in_root env QT_QPA_PLATFORM=offscreen perfdeck --version
in_root perfdeck-probe --version
echo "clean-install-check: ok"
