// The live dashboard: one compact pane per test (DashboardModel + DashboardPaneDelegate), the
// combined live graph, the interfaces' rates and a streaming log filtered by run, origin and
// level. One 10 Hz tick publishes what changed. Keys: P pause display, Delete (or A) abort the
// selected test, + / - zoom the graph, F follow the present.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListView;
class QSplitter;
class QTableWidget;
class QToolButton;
QT_END_NAMESPACE

namespace Perfdeck {

class DashboardLogFilter;
class DashboardLogModel;
class DashboardModel;
class LiveGraph;
class LiveRuns;
class ResourceMonitor;

class DashboardView final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setLiveRuns(LiveRuns *live);
    // Interface rates come from the runner's resource sampling.
    void setResourceMonitor(ResourceMonitor *monitor);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setFollowing(bool follow);
    bool isFollowing() const;
    // Stops the selected test (LiveRuns::stop); false when none is selected and active.
    bool abortSelected();
    // Publishes what changed (the timer calls it 10 times a second).
    void tick();

    DashboardModel *model() const { return m_model; }
    DashboardLogModel *logModel() const { return m_logModel; }
    DashboardLogFilter *logFilter() const { return m_logFilter; }
    QListView *paneView() const { return m_panes; }
    QListView *logListView() const { return m_logView; }
    LiveGraph *graph() const { return m_graph; }
    QTableWidget *interfaceTable() const { return m_interfaces; }
    QComboBox *runFilter() const { return m_runFilter; }
    QComboBox *originFilter() const { return m_originFilter; }
    QComboBox *levelFilter() const { return m_levelFilter; }

private:
    void updateGraph(double now);
    void updateInterfaces();
    void updateRunFilter();
    void updateSummary();
    double now() const { return double(m_clock.elapsed()) / 1000.0; }

    QPointer<LiveRuns> m_live;
    QPointer<ResourceMonitor> m_resources;
    DashboardModel *m_model = nullptr;
    DashboardLogModel *m_logModel = nullptr;
    DashboardLogFilter *m_logFilter = nullptr;
    QListView *m_panes = nullptr;
    LiveGraph *m_graph = nullptr;
    QTableWidget *m_interfaces = nullptr;
    QSplitter *m_graphSplit = nullptr; // the graph beside the interfaces
    QListView *m_logView = nullptr;
    QComboBox *m_runFilter = nullptr;
    QComboBox *m_originFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_followButton = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QHash<QString, int> m_samplesSeen; // run id -> samples already in the graph
    bool m_paused = false;
    bool m_interfacesDirty = false;
    bool m_runFilterDirty = false;
    // The interfaces got the width their first rows need (the user's splitter moves rule after).
    bool m_interfacesSized = false;
};

} // namespace Perfdeck
