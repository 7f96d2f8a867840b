#include "gui/shapingsection.h"

#include "model/format.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Perfdeck {

ShapingSection::ShapingSection(QWidget *parent)
    : QGroupBox(tr("Shaping"), parent)
    , m_verdict(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_reason(new QLabel(this)) {
    setObjectName(QStringLiteral("shapingGroup"));
    setToolTip(tr("A token-bucket rate limit seen in this run's intervals: the initial burst "
                  "above the sustained rate, and whether the limiter queues (shaper) or drops "
                  "(policer). Best with 0.1 s intervals and a reverse run; the 'shaping' "
                  "profile runs such tests. 'perfdeck-cli shaping' prints the same."));
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_verdict, m_figures, m_reason}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_verdict->setObjectName(QStringLiteral("shapingVerdict"));
    m_figures->setObjectName(QStringLiteral("shapingFigures"));
    m_reason->setObjectName(QStringLiteral("shapingReason"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    setVisible(false);
}

void ShapingSection::setRun(const RunResult *run) {
    if (!run) {
        m_result.reset();
        setVisible(false);
        return;
    }
    m_result = ShapingDetector::analyse(*run);
    const ShapingResult &r = *m_result;
    const QString confidence = QString::number(r.confidence, 'f', 2);
    if (!r.shaped)
        m_verdict->setText(tr("Cannot tell"));
    else if (*r.shaped)
        m_verdict->setText(r.kind == ShapingKind::Policer
                               ? tr("Rate-limited by a policer (confidence %1)").arg(confidence)
                               : tr("Rate-limited by a shaper (confidence %1)").arg(confidence));
    else
        m_verdict->setText(tr("Not shaped (confidence %1)").arg(confidence));

    QStringList figures;
    if (r.sustainedBps) {
        QString sustained = tr("Sustained %1").arg(Format::bitrate(r.sustainedBps));
        if (r.sustainedWireBps && r.shaped.value_or(false))
            sustained += tr(" (%1 in Ethernet frames)").arg(Format::bitrate(r.sustainedWireBps));
        figures << sustained;
    }
    if (r.burstBytes && r.burstDurationS)
        figures << tr("burst %1 in %2 s at %3")
                       .arg(Format::bytes(*r.burstBytes),
                            QString::number(*r.burstDurationS, 'f', 2), Format::bitrate(r.peakBps));
    figures << (r.measuredAt == QLatin1String("sender")
                    ? tr("intervals used: %1, the sender's").arg(r.intervals)
                    : tr("intervals used: %1, the receiver's").arg(r.intervals));
    m_figures->setText(figures.join(QStringLiteral(" · ")));
    m_reason->setText(r.reason);
    setVisible(true);
}

QString ShapingSection::verdictText() const {
    return m_verdict->text();
}
QString ShapingSection::figuresText() const {
    return m_figures->text();
}
QString ShapingSection::reasonText() const {
    return m_reason->text();
}

} // namespace Perfdeck
