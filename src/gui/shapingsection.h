// The "Shaping" box of the statistics panel: for the one run selected, whether its path looks
// rate-limited by a token bucket, a shaper or a policer, with the sustained rate, the burst
// and why (qos/ShapingDetector, the same answer as `perfdeck-cli shaping`). Hidden otherwise.
#pragma once

#include "qos/shapingdetector.h"

#include <QGroupBox>

#include <optional>

class QLabel;

namespace Perfdeck {

class ShapingSection final : public QGroupBox {
    Q_OBJECT
public:
    explicit ShapingSection(QWidget *parent = nullptr);

    // The run to analyse; nullptr (several runs, none) hides the box.
    void setRun(const RunResult *run);
    const std::optional<ShapingResult> &result() const { return m_result; }
    QString verdictText() const;
    QString figuresText() const;
    QString reasonText() const;

private:
    QLabel *m_verdict = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_reason = nullptr;
    std::optional<ShapingResult> m_result;
};

} // namespace Perfdeck
