#!/bin/sh
# Renders resources/icons/perfdeck.svg into the hicolor PNG sizes the package installs
# (resources/icons/hicolor/NxN/apps/perfdeck.png). Needs rsvg-convert (librsvg2-bin).
set -eu
icons=$(cd "$(dirname "$0")/../resources/icons" && pwd)
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icons/perfdeck.svg" \
        -o "$icons/hicolor/${size}x${size}/apps/perfdeck.png"
done
