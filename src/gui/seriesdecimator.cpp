#include "gui/seriesdecimator.h"

#include <algorithm>

namespace Perfdeck {

SeriesDecimator::SeriesDecimator(int maxPoints)
    : m_maxPoints(std::max(16, maxPoints)) {}

void SeriesDecimator::setMaxPoints(int maxPoints) {
    m_maxPoints = std::max(16, maxPoints);
    // Each bucket draws two points: fold until the buckets fit the new budget.
    while (m_buckets.size() * 2 > m_maxPoints)
        foldPairs();
}

void SeriesDecimator::append(const QPointF &point) {
    ++m_count;
    m_maxY = m_count == 1 ? point.y() : std::max(m_maxY, point.y());
    m_maxX = m_count == 1 ? point.x() : std::max(m_maxX, point.x());
    if (!m_buckets.isEmpty() && m_buckets.last().count < m_bucketSize) {
        merge(m_buckets.last(), Bucket{point, point, 1});
        return;
    }
    m_buckets.append(Bucket{point, point, 1});
    if (m_buckets.size() * 2 > m_maxPoints)
        foldPairs();
}

void SeriesDecimator::clear() {
    m_buckets.clear();
    m_bucketSize = 1;
    m_count = 0;
    m_maxY = 0;
    m_maxX = 0;
}

QList<QPointF> SeriesDecimator::points(double yScale) const {
    QList<QPointF> out;
    out.reserve(m_buckets.size() * 2);
    for (const Bucket &b : m_buckets) {
        // Draw the extremes in time order so the line goes through both.
        const bool lowFirst = b.low.x() <= b.high.x();
        const QPointF &first = lowFirst ? b.low : b.high;
        const QPointF &second = lowFirst ? b.high : b.low;
        out.append(QPointF(first.x(), first.y() * yScale));
        if (b.count > 1 && second != first)
            out.append(QPointF(second.x(), second.y() * yScale));
    }
    return out;
}

void SeriesDecimator::merge(Bucket &into, const Bucket &other) {
    if (other.low.y() < into.low.y())
        into.low = other.low;
    if (other.high.y() > into.high.y())
        into.high = other.high;
    into.count += other.count;
}

void SeriesDecimator::foldPairs() {
    // Doubling the bucket size keeps the amortised cost of append() constant.
    QList<Bucket> folded;
    folded.reserve(m_buckets.size() / 2 + 1);
    for (qsizetype i = 0; i < m_buckets.size(); i += 2) {
        Bucket b = m_buckets.at(i);
        if (i + 1 < m_buckets.size())
            merge(b, m_buckets.at(i + 1));
        folded.append(b);
    }
    m_buckets = folded;
    m_bucketSize *= 2;
}

} // namespace Perfdeck
