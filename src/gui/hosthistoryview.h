// The check history of one inventory host, read from the history database: every health
// check filed for it (by the GUI's Check, scheduled or manual, and by `perfdeck-cli hosts
// check`), newest first, with the whole check of the selected row and the host's round-trip
// time over time. Reads run off the UI thread on a connection of their own, and only while
// the view is shown: a refresh asked for while hidden is done when it is shown again.
#pragma once

#include "inventory/hoststatus.h"

#include <QFutureWatcher>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QPushButton;
class QScatterSeries;
class QSplitter;
class QTableView;
class QValueAxis;
QT_END_NAMESPACE

namespace Perfdeck {

class HostCheckModel;

class HostHistoryView final : public QWidget {
    Q_OBJECT
public:
    explicit HostHistoryView(QWidget *parent = nullptr);
    ~HostHistoryView() override;

    // The database file (already resolved). Empty: nothing is read.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    // The host whose checks are shown; empty when none (or several) are selected.
    void setHost(const QString &host);
    QString host() const { return m_host; }
    // How many of the newest checks are read (0: all).
    void setLimit(int checks);
    int limit() const;
    // Reads the checks again (coalesced while a read runs; deferred while hidden).
    void refresh();
    bool isBusy() const { return m_watcher.isRunning() || m_refreshAgain; }

    // What the view shows (tests read these).
    HostCheckModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QString statusText() const;
    QString detailsText() const;

Q_SIGNALS:
    // A read finished and its checks are shown.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Loaded {
        QString host;
        QList<HostStatus> checks;
        QString error;
        QString notice;
        bool noDatabase = false;
    };
    static Loaded load(const QString &path, const QString &host, int limit);

    void onLoaded();
    void display(const Loaded &result);
    void drawTrend();
    void showSelected();
    void selectNearest(const QPointF &point);

    QString m_databasePath;
    QString m_host;
    HostCheckModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_limit = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_rtt = nullptr;
    QScatterSeries *m_failed = nullptr;
    QScatterSeries *m_warnings = nullptr;
    QScatterSeries *m_selected = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_rttAxis = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_listSplitter = nullptr;
    bool m_userSized = false; // a splitter handle was dragged: keep the user's sizes

    QFutureWatcher<Loaded> m_watcher;
    bool m_refreshAgain = false;
    bool m_stale = false; // a refresh was asked for while hidden
};

} // namespace Perfdeck
