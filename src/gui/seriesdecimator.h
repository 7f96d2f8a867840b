// Keeps a bounded, display-ready copy of a growing time series: consecutive points are folded
// into buckets that keep their minimum and maximum, so a one-hour run still shows its dips and
// spikes while the chart only ever draws a few hundred points per series.
#pragma once

#include <QList>
#include <QPointF>

namespace Perfdeck {

class SeriesDecimator final {
public:
    // maxPoints: upper bound of points() (at least 16). Changing it re-folds what is held.
    explicit SeriesDecimator(int maxPoints = 2048);

    void setMaxPoints(int maxPoints);
    int maxPoints() const { return m_maxPoints; }

    void append(const QPointF &point);
    void clear();

    // Raw points appended so far.
    qint64 count() const { return m_count; }
    // The points to draw, in x order, scaled in y by yScale; at most maxPoints() of them.
    QList<QPointF> points(double yScale = 1.0) const;
    double maxY() const { return m_maxY; }
    double maxX() const { return m_maxX; }
    // Raw points folded into each bucket (1 while nothing is decimated).
    int bucketSize() const { return m_bucketSize; }

private:
    struct Bucket {
        QPointF low;
        QPointF high;
        int count = 0;
    };
    static void merge(Bucket &into, const Bucket &other);
    void foldPairs();

    QList<Bucket> m_buckets;
    int m_maxPoints = 2048;
    int m_bucketSize = 1;
    qint64 m_count = 0;
    double m_maxY = 0;
    double m_maxX = 0;
};

} // namespace Perfdeck
