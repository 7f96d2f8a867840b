// A ring drawn around one pane of a window (a dock, the chart), above everything else in it
// and transparent to the mouse, so the pane stays usable. Follows the pane when the window or
// the pane is resized or moved. The welcome tour points at panes with it.
#pragma once

#include <QPointer>
#include <QWidget>

namespace Perfdeck {

class PaneHighlight final : public QWidget {
    Q_OBJECT
public:
    // window: the top-level widget to draw in (the highlight is its child).
    explicit PaneHighlight(QWidget *window);

    // The pane to ring; nullptr hides the highlight.
    void setTarget(QWidget *pane);
    QWidget *target() const { return m_target; }
    // A widget of the same window that stays above the veil (the tour's panel).
    void setKeptAbove(QWidget *widget) { m_keptAbove = widget; }
    // The ringed area in the window's coordinates (empty when nothing is ringed).
    QRect ringRect() const;

Q_SIGNALS:
    // The ring moved, changed size, appeared or went.
    void ringChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    QPointer<QWidget> m_target;
    QPointer<QWidget> m_keptAbove;
};

} // namespace Perfdeck
