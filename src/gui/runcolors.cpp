#include "gui/runcolors.h"

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

// Distinct hues that stay readable on the light chart theme.
const QColor Palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                          QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                          QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
                          QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
constexpr int PaletteSize = int(sizeof(Palette) / sizeof(Palette[0]));

} // namespace

QColor runColor(int seq) {
    return Palette[std::max(0, seq - 1) % PaletteSize];
}

QColor streamColor(const QColor &runColor, int position) {
    // Grey runs have no hue to start from: start from blue.
    const int base = runColor.hsvHue() < 0 ? 210 : runColor.hsvHue();
    const int hue = int(std::lround(base + 137.508 * (position + 1))) % 360;
    // Alternate lighter and darker shades too, for readers who tell hues apart poorly.
    const int value = position % 2 == 0 ? 200 : 140;
    QColor color = QColor::fromHsv(hue, 190, value);
    color.setAlpha(220);
    return color;
}

} // namespace Perfdeck
