// Paints one dashboard pane (status light, test and pair, live rate with a sparkline, progress
// bar with elapsed/total, CPU of the run's processes) straight from the model: 64 panes are
// 64 paint calls, not 64 widget trees.
#pragma once

#include <QStyledItemDelegate>

namespace Perfdeck {

class DashboardPaneDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int PaneWidth = 250;
    static constexpr int PaneHeight = 92;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The status light's colour ("running" green, "failed" red, ...).
    static QColor statusColor(const QString &status);
};

} // namespace Perfdeck
