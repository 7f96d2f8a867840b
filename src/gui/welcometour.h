// The welcome tour: a short, non-modal walk through the main window's panes (the run panel,
// the live chart, the host inventory, the test plan), each ringed by a PaneHighlight while a
// small panel beside it says what it is for. Offered once, on the first start without files on
// the command line; skippable at any step; Help > Welcome Tour shows it again.
#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Perfdeck {

class MainWindow;
class PaneHighlight;

class WelcomeTour final : public QFrame {
    Q_OBJECT
public:
    explicit WelcomeTour(MainWindow *window);
    ~WelcomeTour() override;

    // Shows window's tour from its first step (the running one if there is one).
    static WelcomeTour *start(MainWindow *window);
    // At start-up: the tour, if Perfdeck has never shown it, no files were given on the
    // command line and the display is a real one (offscreen test runs get it only with
    // PERFDECK_WELCOME_TOUR=1; PERFDECK_WELCOME_TOUR=0 never offers it). nullptr otherwise.
    static WelcomeTour *offerOnStart(MainWindow *window, const QStringList &commandLineFiles);
    static bool shouldOfferOnStart(const QStringList &commandLineFiles);

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_current; }
    // The pane the current step points at.
    QWidget *currentPane() const;
    PaneHighlight *highlight() const;
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *tryRunButton() const { return m_tryRun; }

    void showStep(int step);
    void next();
    void back();
    // Ends the tour (Skip, or Finish on the last step): the panes are left as they were.
    void finish();

Q_SIGNALS:
    void stepChanged(int step);
    void finished();

private:
    struct Step {
        QString pane; // object name of a dock, or "chart"
        QString title;
        QString text;
    };

    QWidget *paneOf(const Step &step) const;
    void place();
    void restoreDocks();

    QPointer<MainWindow> m_window;
    QPointer<PaneHighlight> m_highlight; // the window's child: it may go first
    QList<Step> m_steps;
    int m_current = -1;
    QList<QPointer<QDockWidget>> m_openedDocks; // hidden before the tour showed them
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_tryRun = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace Perfdeck
