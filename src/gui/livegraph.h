// The dashboard's combined live graph: every run's rate as a thin line in its colour and the
// total of the running tests as a thick one, over a time window that zooms (+/-) and follows
// the present unless the display is paused. Points go into bounded buffers; the widget paints
// on the dashboard's refresh tick only. Request/response runs (netperf TCP_RR) measure
// transactions, not bits: their dashed lines go against a trans/s axis on the right.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace Perfdeck {

class LiveGraph final : public QWidget {
    Q_OBJECT
public:
    explicit LiveGraph(QWidget *parent = nullptr);

    // seconds since the dashboard started
    // `transactions`: the value is transactions per second, not bit/s.
    void addPoint(const QString &runId, int colourSeq, double t, double value,
                  bool transactions = false);
    void addTotal(double t, double value);
    void clear();

    // The visible window in seconds (10 s to 1 h).
    void setWindowSeconds(double seconds);
    double windowSeconds() const { return m_window; }
    void zoomIn();
    void zoomOut();
    // Follow: the right edge is now(); otherwise it stays where it was when following ended.
    void setFollowing(bool follow, double now);
    bool isFollowing() const { return m_following; }
    void setNow(double now);
    double rightEdge() const { return m_right; }
    int seriesCount() const { return int(m_series.size()); }
    // Series drawn against the trans/s axis.
    int transactionSeriesCount() const;
    // The highest total added so far (bit/s), 0 without any.
    double highestTotal() const;

    QSize sizeHint() const override { return {600, 180}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series {
        int colourSeq = 0;
        bool transactions = false;
        QList<QPointF> points;
    };
    static void append(QList<QPointF> &points, const QPointF &p);

    QHash<QString, Series> m_series;
    QList<QPointF> m_total;
    double m_window = 60;
    double m_right = 0;
    bool m_following = true;
};

} // namespace Perfdeck
