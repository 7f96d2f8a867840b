#!/bin/sh
# Renders the main window offscreen during and after a real loopback iperf3 run and writes
# docs/screenshots/mainwindow-{running,finished,compare}.png (shown in the README), and the
# Test Plan view running a 2x2 plan on 127.0.0.2-5 (docs/screenshots/plan-{running,heatmap}.png).
# Usage: tools/screenshots.sh [build-dir]   (needs iperf3; uses only 127.0.0.1)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
[ -f "$build/build.ninja" ] || cmake -S "$src" -B "$build" -G Ninja
ninja -C "$build" tst_screenshots tst_planview
mkdir -p "$src/docs/screenshots"
# A fixed size and style so the images do not depend on the desktop they were made on. The
# offscreen platform's screen is 800x800 unless told otherwise, and a window is kept within its
# screen: a 1920x1080 one lets the tests' 1600x900 windows be that size.
screen=$(mktemp)
trap 'rm -f "$screen"' EXIT
printf '{"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]}\n' >"$screen"
QT_QPA_PLATFORM="offscreen:configfile=$screen" QT_STYLE_OVERRIDE=Fusion QT_LOGGING_RULES='qt.qpa.*=false' \
    PERFDECK_SCREENSHOT_DIR="$src/docs/screenshots" \
    "$build/tests/gui/tst_screenshots" duringAndAfterRun
QT_QPA_PLATFORM="offscreen:configfile=$screen" QT_STYLE_OVERRIDE=Fusion QT_LOGGING_RULES='qt.qpa.*=false' \
    PERFDECK_SCREENSHOT_DIR="$src/docs/screenshots" \
    "$build/tests/gui/tst_planview" twoByTwoPlanRunsLiveThenShowsHeatMap
ls -l "$src/docs/screenshots"
