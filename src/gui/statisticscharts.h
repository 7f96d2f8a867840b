// The statistics panel's charts: the values in order with the mean and its interval band
// (outliers as red squares, excluded values as hollow grey circles, a click toggles one), a
// histogram with the Freedman-Diaconis bins of Stats::histogram, and a box plot with Tukey
// whiskers. The QtCharts objects are made once and updated with replace().
#pragma once

#include "results/valueselection.h"
#include "stats/analysis.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QPointF;
class QWidget;
QT_END_NAMESPACE

namespace Perfdeck {

class StatisticsCharts final : public QObject {
    Q_OBJECT
public:
    // What one drawing needs; the numbers are divided by scale and labelled with unit.
    struct Data {
        const std::vector<ValueSelection::Value> *entries = nullptr;
        QSet<qsizetype> excluded; // entry indices
        QSet<qsizetype> outliers; // entry indices, by any rule
        QSet<qsizetype> analysed; // entry indices the analysis used
        const std::optional<Stats::Analysis> *analysis = nullptr;
        double scale = 1;
        QString unit;
        bool perRun = true;
        QString levelText; // "95 %"
    };

    // Puts a chart view into each container (which gets a layout).
    StatisticsCharts(QWidget *valuesContainer, QWidget *histogramContainer,
                     QWidget *boxPlotContainer, QObject *parent = nullptr);
    ~StatisticsCharts() override;

    void update(const Data &data);

Q_SIGNALS:
    // A point of the values chart: index into the entries.
    void pointClicked(qsizetype entry);
    void pointHovered(qsizetype entry, bool state);

private:
    void updateValues(const Data &data);
    void updateDistribution(const Data &data);
    qsizetype entryAt(const QPointF &point) const;

    struct Charts;
    std::unique_ptr<Charts> m_charts;
    qsizetype m_entryCount = 0;
};

} // namespace Perfdeck
