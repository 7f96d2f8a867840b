#!/bin/sh
# Makes every image in docs/screenshots/ from the real program, offscreen:
#   tst_screenshots       mainwindow-{running,finished,compare}.png (README: a loopback iperf3 run)
#   tst_planview          plan-{running,heatmap}.png (a 2x2 plan on 127.0.0.2-5)
#   tst_guidescreenshots  the user guide's: statistics-panel, shaping-panel, dashboard-4-tests,
#                         remote-hostkey-dialog, remote-hosts-checked, remote-run-picked,
#                         remote-run-live, remote-run-1024x700, qos-pattern, qos-pattern-running,
#                         web-dashboard (docs/guide/README.md lists which test makes which)
# Each test checks what its picture must show; with PERFDECK_SCREENSHOT_DIR set it also writes it.
# Usage: tools/screenshots.sh [build-dir]
# Needs iperf3, and for the remote pictures sshd (openssh-server), for web-dashboard chromium and
# chromium-driver (packaging/install-deps.sh); a test that lacks them skips, and its images stay
# as they were. Traffic goes to 127.0.0.0/8 only.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
[ -f "$build/build.ninja" ] || cmake -S "$src" -B "$build" -G Ninja
ninja -C "$build" tst_screenshots tst_planview tst_guidescreenshots
mkdir -p "$src/docs/screenshots"
# A fixed size and style so the images do not depend on the desktop they were made on. The
# offscreen platform's screen is 800x800 unless told otherwise, and a window is kept within its
# screen: a 1920x1080 one lets the tests' 1600x900 windows be that size.
screen=$(mktemp)
history=$(mktemp -d)
trap 'rm -rf "$screen" "$history"' EXIT
printf '{"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]}\n' >"$screen"
shoot() {
    LANGUAGE=en QT_QPA_PLATFORM="offscreen:configfile=$screen" QT_STYLE_OVERRIDE=Fusion \
        QT_LOGGING_RULES='qt.qpa.*=false' PERFDECK_HISTORY_DB="$history/history.sqlite" \
        PERFDECK_SCREENSHOT_DIR="$src/docs/screenshots" "$build/tests/gui/$@"
}
shoot tst_screenshots duringAndAfterRun
shoot tst_planview twoByTwoPlanRunsLiveThenShowsHeatMap
shoot tst_guidescreenshots
ls -l "$src/docs/screenshots"
