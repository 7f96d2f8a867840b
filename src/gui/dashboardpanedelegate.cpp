#include "gui/dashboardpanedelegate.h"

#include "gui/dashboardmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Perfdeck {

QColor DashboardPaneDelegate::statusColor(const QString &status) {
    // Compared with the translated texts the model gives.
    if (status == DashboardModel::statusText(LiveStatus::Running))
        return QColor(0x2e, 0xa0, 0x43);
    if (status == DashboardModel::statusText(LiveStatus::Starting))
        return QColor(0x3b, 0x82, 0xf6);
    if (status == DashboardModel::statusText(LiveStatus::Stopping))
        return QColor(0xe0, 0x8a, 0x00);
    if (status == DashboardModel::statusText(LiveStatus::Failed))
        return QColor(0xd0, 0x30, 0x30);
    if (status == DashboardModel::statusText(LiveStatus::Stopped))
        return QColor(0xb0, 0x80, 0x30);
    return QColor(0x80, 0x80, 0x80); // finished
}

QSize DashboardPaneDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &) const {
    // Five text lines, the paddings and gaps between them, the frame.
    return {PaneWidth, std::max(PaneHeight, 5 * QFontMetrics(option.font).height() + 6 + 12 + 5)};
}

void DashboardPaneDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    const QPalette &pal = option.palette;
    const QRect r = option.rect.adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                   selected ? 2 : 1));
    p->setBrush(pal.color(QPalette::Base));
    p->drawRoundedRect(r, 4, 4);

    const QString status = index.data(DashboardModel::StatusRole).toString();
    const QColor light = statusColor(status);
    const int pad = 6;
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    int y = r.top() + pad;

    // Line 1: status light, title, status word.
    p->setPen(Qt::NoPen);
    p->setBrush(light);
    p->drawEllipse(QRectF(r.left() + pad, y + line / 2.0 - 4, 8, 8));
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    const int statusWidth = fm.horizontalAdvance(status) + 4;
    const QRect titleRect(r.left() + pad + 12, y, r.width() - 2 * pad - 12 - statusWidth, line);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data(DashboardModel::TitleRole).toString(),
                                              Qt::ElideRight, titleRect.width()));
    p->setFont(option.font);
    p->setPen(light.darker(120));
    p->drawText(QRect(r.right() - pad - statusWidth, y, statusWidth, line),
                Qt::AlignRight | Qt::AlignVCenter, status);
    y += line;

    // Line 2: pair (muted).
    p->setPen(pal.color(QPalette::PlaceholderText));
    const QRect pairRect(r.left() + pad, y, r.width() - 2 * pad, line);
    p->drawText(pairRect, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(DashboardModel::PairRole).toString(), Qt::ElideMiddle,
                              pairRect.width()));
    y += line + 2;

    // Line 3: rate on the left, sparkline on the right.
    const int rateWidth = 96;
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRect(r.left() + pad, y, rateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                index.data(DashboardModel::RateTextRole).toString());
    p->setFont(option.font);
    const QList<double> spark = index.data(DashboardModel::SparklineRole).value<QList<double>>();
    const QRectF sparkRect(r.left() + pad + rateWidth, y + 1, r.width() - 2 * pad - rateWidth,
                           line - 2);
    if (spark.size() >= 2) {
        const double top = std::max(1e-9, *std::max_element(spark.cbegin(), spark.cend()));
        QPainterPath path;
        const double step = sparkRect.width() / double(spark.size() - 1);
        for (int i = 0; i < spark.size(); ++i) {
            const QPointF pt(sparkRect.left() + i * step,
                             sparkRect.bottom() - sparkRect.height() * spark.at(i) / top);
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        p->setPen(QPen(light, 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    y += line + 3;

    // Line 4: progress bar with elapsed / total.
    const double progress =
        std::clamp(index.data(DashboardModel::ProgressRole).toDouble(), 0.0, 1.0);
    const QRectF bar(r.left() + pad, y, r.width() - 2 * pad, line - 2);
    p->setPen(Qt::NoPen);
    p->setBrush(pal.color(QPalette::AlternateBase).darker(105));
    p->drawRoundedRect(bar, 2, 2);
    p->setBrush(light.lighter(150));
    p->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * progress, bar.height()), 2, 2);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(bar, Qt::AlignCenter, index.data(DashboardModel::TimeTextRole).toString());
    y += line;

    // Line 5: CPU of the run's processes.
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRect(r.left() + pad, y, r.width() - 2 * pad, line),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(DashboardModel::CpuTextRole).toString(), Qt::ElideRight,
                              r.width() - 2 * pad));
    p->restore();
}

} // namespace Perfdeck
