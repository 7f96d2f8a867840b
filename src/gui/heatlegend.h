// The colour legend under the test plan's heat map: the scale as a band, its ends labelled
// with the lowest and highest value of the test shown (or the asymmetry ratios).
#pragma once

#include <QWidget>

namespace Perfdeck {

class HeatLegend final : public QWidget {
    Q_OBJECT
public:
    explicit HeatLegend(QWidget *parent = nullptr);

    // A value scale from low to high.
    void setValueScale(const QString &low, const QString &high);
    // Forward/reverse ratios from 0.5 to 2.
    void setAsymmetryScale();
    void clearScale();
    QString lowText() const { return m_low; }
    QString highText() const { return m_high; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_low;
    QString m_high;
    bool m_asymmetry = false;
};

} // namespace Perfdeck
