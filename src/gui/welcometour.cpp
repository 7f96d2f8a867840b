#include "gui/welcometour.h"

#include "gui/mainwindow.h"
#include "gui/panehighlight.h"
#include "gui/throughputchart.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {

const QString ShownKey = QStringLiteral("welcomeTour/shown");
const QString ChartPane = QStringLiteral("chart");
constexpr int PanelWidth = 320;
constexpr int Gap = 12;

} // namespace

WelcomeTour::WelcomeTour(MainWindow *window)
    : QFrame(window)
    , m_window(window) {
    setObjectName(QStringLiteral("welcomeTour"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFixedWidth(PanelWidth);
    m_highlight = new PaneHighlight(window);
    m_highlight->setKeptAbove(this);

    m_steps = {
        {QStringLiteral("runDock"), tr("Run a test"),
         tr("Choose the engine (iperf3 or netperf), the target and the options here, then "
            "press Run. With the local server ticked, Perfdeck starts its own server on "
            "127.0.0.1: a first test needs no other machine.")},
        {ChartPane, tr("Watch it live"),
         tr("Every running test draws its throughput here as it goes. Finished runs are listed "
            "in the results table; select some to compare them here and in Statistics.")},
        {QStringLiteral("inventoryDock"), tr("Your hosts"),
         tr("Keep the machines you test here. Add them one by one, or import them from your "
            "~/.ssh/config or an Ansible inventory (Import ssh config…, Import Ansible…). "
            "Check tells whether each answers over SSH and has iperf3 and netperf.")},
        {QStringLiteral("planDock"), tr("Plan a matrix"),
         tr("Pick clients, servers and profiles: each cell of the grid is one test, run under "
            "the limits you set. Results go to the results table, Statistics and History. "
            "Help > Welcome Tour shows this tour again.")},
    };

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("tourCounter"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tourTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    m_tryRun = new QPushButton(tr("Run a Loopback Test"), this);
    m_tryRun->setObjectName(QStringLiteral("tourTryRun"));
    m_tryRun->setToolTip(tr("Runs the run panel's test now and moves on to the chart"));
    connect(m_tryRun, &QPushButton::clicked, this, [this] {
        if (m_window && m_window->runAction()->isEnabled()) {
            m_window->runAction()->trigger();
            next();
        }
    });

    m_skip = new QPushButton(tr("Skip Tour"), this);
    m_skip->setObjectName(QStringLiteral("tourSkip"));
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_next->setDefault(true);
    connect(m_skip, &QPushButton::clicked, this, &WelcomeTour::finish);
    // Escape anywhere in the window ends it too, as it closes a dialog (the tour is no dialog:
    // it leaves the window usable); only while it is shown.
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &WelcomeTour::finish);
    connect(m_back, &QPushButton::clicked, this, &WelcomeTour::back);
    connect(m_next, &QPushButton::clicked, this, &WelcomeTour::next);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_tryRun, 0, Qt::AlignLeft);
    layout->addLayout(buttons);

    // Beside the ring wherever it goes (window resized, dock moved).
    connect(m_highlight, &PaneHighlight::ringChanged, this, [this] {
        if (isVisible())
            place();
    });
    QSettings().setValue(ShownKey, true);
}

WelcomeTour::~WelcomeTour() {
    // The highlight is the window's child: it goes with the tour.
    delete m_highlight.data();
}

WelcomeTour *WelcomeTour::start(MainWindow *window) {
    auto *tour = window->findChild<WelcomeTour *>(QString(), Qt::FindDirectChildrenOnly);
    if (tour && tour->m_current < 0)
        tour = nullptr; // a finished one, about to be deleted
    if (!tour) {
        tour = new WelcomeTour(window);
        connect(tour, &WelcomeTour::finished, tour, &QObject::deleteLater);
    }
    tour->showStep(0);
    return tour;
}

bool WelcomeTour::shouldOfferOnStart(const QStringList &commandLineFiles) {
    const QByteArray asked = qgetenv("PERFDECK_WELCOME_TOUR");
    if (asked == "0" || !commandLineFiles.isEmpty())
        return false;
    if (QGuiApplication::platformName() == QLatin1String("offscreen") && asked != "1")
        return false;
    return !QSettings().value(ShownKey, false).toBool();
}

WelcomeTour *WelcomeTour::offerOnStart(MainWindow *window, const QStringList &commandLineFiles) {
    return shouldOfferOnStart(commandLineFiles) ? start(window) : nullptr;
}

QWidget *WelcomeTour::paneOf(const Step &step) const {
    if (!m_window)
        return nullptr;
    if (step.pane == ChartPane)
        return m_window->chart();
    return m_window->findChild<QDockWidget *>(step.pane);
}

PaneHighlight *WelcomeTour::highlight() const {
    return m_highlight;
}

QWidget *WelcomeTour::currentPane() const {
    return m_current >= 0 && m_current < m_steps.size() ? paneOf(m_steps.at(m_current)) : nullptr;
}

void WelcomeTour::showStep(int step) {
    if (!m_window || step < 0 || step >= m_steps.size())
        return;
    m_current = step;
    const Step &s = m_steps.at(step);
    QWidget *pane = paneOf(s);
    // A dock the user closed or that sits behind another tab is brought forward for its step;
    // one that was closed is closed again when the tour ends.
    if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
        if (dock->isHidden()) {
            m_openedDocks << dock;
            dock->show();
        }
        dock->raise();
    }
    m_counter->setText(tr("Step %1 of %2").arg(step + 1).arg(m_steps.size()));
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_tryRun->setVisible(step == 0);
    m_tryRun->setEnabled(m_window->runAction()->isEnabled());
    m_back->setEnabled(step > 0);
    m_next->setText(step + 1 == m_steps.size() ? tr("Finish") : tr("Next"));
    m_highlight->setTarget(pane);
    show();
    // The height the wrapped text needs at the panel's width (adjustSize() alone kept the
    // previous step's height when the layout had not caught up with the new text).
    if (QLayout *l = layout()) {
        l->invalidate();
        l->activate();
    }
    resize(PanelWidth,
           std::max(hasHeightForWidth() ? heightForWidth(PanelWidth) : 0, sizeHint().height()));
    place();
    raise();
    Q_EMIT stepChanged(step);
}

void WelcomeTour::next() {
    if (m_current + 1 >= m_steps.size())
        finish();
    else
        showStep(m_current + 1);
}

void WelcomeTour::back() {
    if (m_current > 0)
        showStep(m_current - 1);
}

void WelcomeTour::finish() {
    if (m_highlight)
        m_highlight->setTarget(nullptr);
    restoreDocks();
    hide();
    m_current = -1;
    Q_EMIT finished();
}

void WelcomeTour::restoreDocks() {
    for (const QPointer<QDockWidget> &dock : std::as_const(m_openedDocks)) {
        if (dock)
            dock->hide();
    }
    m_openedDocks.clear();
}

// Beside the pane when there is room (right, left, below, above), else inside its top-right
// corner; always within the window.
void WelcomeTour::place() {
    if (!m_window)
        return;
    const QRect area = m_window->rect().adjusted(Gap / 2, Gap / 2, -Gap / 2, -Gap / 2);
    const QSize size = this->size();
    const QRect ring = m_highlight->ringRect();
    QList<QPoint> candidates;
    if (!ring.isEmpty()) {
        candidates << QPoint(ring.right() + Gap, ring.top())
                   << QPoint(ring.left() - Gap - size.width(), ring.top())
                   << QPoint(ring.left(), ring.bottom() + Gap)
                   << QPoint(ring.left(), ring.top() - Gap - size.height())
                   << QPoint(ring.right() - Gap - size.width(), ring.top() + Gap);
    }
    QPoint chosen = candidates.isEmpty() ? area.center() - QPoint(size.width(), size.height()) / 2
                                         : candidates.last();
    for (const QPoint &p : std::as_const(candidates)) {
        QRect r(p, size);
        // Slide along the pane's edge to stay in the window, then test the fit.
        r.moveTop(qBound(area.top(), r.top(), area.bottom() - size.height()));
        r.moveLeft(qBound(area.left(), r.left(), area.right() - size.width()));
        if (area.contains(r) && !r.intersects(ring)) {
            chosen = r.topLeft();
            break;
        }
    }
    QRect r(chosen, size);
    r.moveTop(qBound(area.top(), r.top(), qMax(area.top(), area.bottom() - size.height())));
    r.moveLeft(qBound(area.left(), r.left(), qMax(area.left(), area.right() - size.width())));
    move(r.topLeft());
    raise();
}

} // namespace Perfdeck
