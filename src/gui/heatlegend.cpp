#include "gui/heatlegend.h"

#include "report/pdf/heatscale.h"

#include <QPainter>

#include <cmath>

namespace Perfdeck {

HeatLegend::HeatLegend(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void HeatLegend::setValueScale(const QString &low, const QString &high) {
    m_low = low;
    m_high = high;
    m_asymmetry = false;
    setToolTip(tr("Colour scale: %1 (lowest cell) to %2 (highest cell)").arg(low, high));
    show();
    update();
}

void HeatLegend::setAsymmetryScale() {
    m_low = tr("0.5: reverse faster");
    m_high = tr("2: forward faster");
    m_asymmetry = true;
    setToolTip(tr("Forward / reverse throughput of each pair; white is 1 (symmetric)"));
    show();
    update();
}

void HeatLegend::clearScale() {
    m_low.clear();
    m_high.clear();
    hide();
}

QSize HeatLegend::sizeHint() const {
    return QSize(fontMetrics().horizontalAdvance(QStringLiteral("0000.00 Mbit/s")) * 3,
                 fontMetrics().height() * 2 + 10);
}

void HeatLegend::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const int line = fontMetrics().height();
    const QRect band(2, 2, width() - 4, line - 2);
    const int steps = std::max(8, band.width() / 6);
    for (int i = 0; i < steps; ++i) {
        const double at = (i + 0.5) / steps;
        const QColor c = m_asymmetry ? HeatScale::asymmetryColor(std::pow(2.0, at * 2 - 1))
                                     : HeatScale::color(at);
        const int x0 = band.left() + band.width() * i / steps;
        const int x1 = band.left() + band.width() * (i + 1) / steps;
        p.fillRect(QRect(x0, band.top(), x1 - x0, band.height()), c);
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(band.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    const QRect labels(band.left(), band.bottom() + 3, band.width(), line);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, m_low);
    p.drawText(labels, Qt::AlignRight | Qt::AlignTop, m_high);
}

} // namespace Perfdeck
