#include "gui/panehighlight.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace Perfdeck {

namespace {
constexpr int RingWidth = 4;
} // namespace

PaneHighlight::PaneHighlight(QWidget *window)
    : QWidget(window) {
    setObjectName(QStringLiteral("paneHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    window->installEventFilter(this);
    hide();
}

void PaneHighlight::setTarget(QWidget *pane) {
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = pane;
    if (m_target)
        m_target->installEventFilter(this);
    follow();
}

QRect PaneHighlight::ringRect() const {
    if (!m_target || !m_target->isVisible())
        return {};
    const QPoint topLeft = m_target->mapTo(parentWidget(), QPoint(0, 0));
    return QRect(topLeft, m_target->size());
}

bool PaneHighlight::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        // After the layout has placed the pane: its position is final then.
        QMetaObject::invokeMethod(this, &PaneHighlight::follow, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PaneHighlight::follow() {
    const QRect ring = ringRect();
    if (ring.isEmpty()) {
        hide();
        Q_EMIT ringChanged();
        return;
    }
    // The whole window: a dock's title bar and the pane's own children stay under the ring.
    setGeometry(parentWidget()->rect());
    show();
    raise();
    if (m_keptAbove)
        m_keptAbove->raise();
    update();
    Q_EMIT ringChanged();
}

void PaneHighlight::paintEvent(QPaintEvent *) {
    const QRect ring = ringRect();
    if (ring.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = palette().color(QPalette::Highlight);
    // A dim veil over the rest of the window, so the eye goes to the pane.
    QPainterPath veil;
    veil.addRect(rect());
    QPainterPath hole;
    hole.addRoundedRect(QRectF(ring), 6, 6);
    painter.fillPath(veil.subtracted(hole), QColor(0, 0, 0, 60));
    QPen pen(colour, RingWidth);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(
        QRectF(ring).adjusted(RingWidth / 2.0, RingWidth / 2.0, -RingWidth / 2.0, -RingWidth / 2.0),
        6, 6);
}

} // namespace Perfdeck
