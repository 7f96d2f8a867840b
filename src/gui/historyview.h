// The History dock: the runs stored in the history database with filters (pair, engine,
// profile, tag, date range), the chosen pair's trend (the same HistoryTrend as `perfdeck-cli
// history trend`: values, the baseline's CI band, regressions marked) and "Use as baseline",
// which hands the chosen runs to the statistics panel. Every query runs off the UI thread on
// a connection of its own.
#pragma once

#include "results/historystore.h"
#include "results/historytrend.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QChart;
class QChartView;

namespace Perfdeck {

class HistoryView final : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // The database file (already resolved); refresh() reads it.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    // Reads pairs, runs and the trend again with the current filters (coalesced while busy).
    void refresh();
    bool isBusy() const { return m_watcher.isRunning() || m_refreshAgain; }

    // Filters; the pair as "CLIENT..SERVER" ("" for every pair).
    void setPair(const QString &pair);
    QString pair() const;
    void setEngine(const QString &engine); // "", iperf3, netperf
    void setTag(const QString &tag);
    void setProfile(const QString &profile);
    void setDateRange(const QDate &since, const QDate &until); // invalid: no bound

    // What the view shows (tests read these; the table's rows hold the history ids).
    int runCount() const;
    QList<qint64> shownIds() const;
    const std::optional<HistoryTrend> &trend() const { return m_trend; }
    QString currentKind() const;
    QChartView *chartView() const { return m_chartView; }
    QString statusText() const;
    // The history ids "Use as baseline" takes: the selected ok rows, else the newest
    // window's worth of points of the shown series.
    QList<qint64> baselineIds() const;

    // {"pair", "engine", "profile", "tag", "since", "until", "kind"}: saved with the session.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

protected:
    // Table and trend side by side when there is room, one above the other in a narrow dock.
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // "history:<ids>" for StatisticsPanel::setBaseline, and how it reads.
    void useAsBaseline(const QString &baselineId, const QString &description);
    void stateChanged();

private:
    QSplitter *m_splitter = nullptr;
    struct Loaded {
        QList<HistoryPair> pairs;
        QList<HistoryEntry> entries;
        qint64 total = 0;
        std::optional<HistoryTrend> trend;
        QString error;
        QString notice;
    };
    static Loaded load(const QString &path, const HistoryFilter &filter, bool withTrend);

    HistoryFilter currentFilter() const;
    void onLoaded();
    void fillPairs(const QList<HistoryPair> &pairs);
    void fillTable(const QList<HistoryEntry> &entries);
    void fillKinds();
    void drawTrend();
    void filtersEdited();
    void chooseBaseline();

    QString m_databasePath;
    QComboBox *m_pair = nullptr;
    QComboBox *m_engine = nullptr;
    QLineEdit *m_profile = nullptr;
    QLineEdit *m_tag = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_useBaseline = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;

    QFutureWatcher<Loaded> m_watcher;
    bool m_refreshAgain = false;
    bool m_updating = false; // filling the widgets: their signals are not edits
    QString m_wantedPair;    // a pair restored before the pairs were read
    QString m_wantedKind;
    std::optional<HistoryTrend> m_trend;
};

} // namespace Perfdeck
