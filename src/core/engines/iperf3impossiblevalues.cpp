#include "engines/iperf3impossiblevalues.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

class Checker final {
public:
    explicit Checker(RunResult &run)
        : m_run(run) {}

    void check() {
        bool afterOmitted = false;
        for (qsizetype i = 0; i < m_run.intervals.size(); ++i) {
            IntervalSample &s = m_run.intervals[i];
            const QString where = QStringLiteral("interval %1 (%2-%3 s)")
                                      .arg(i + 1)
                                      .arg(s.startS, 0, 'f', 2)
                                      .arg(s.endS, 0, 'f', 2);
            retransmits(s.retransmits, where);
            for (StreamSample &st : s.streams)
                streamValues(st, where);
            for (StreamSample &st : s.reverseStreams)
                streamValues(st, where);
            loss(s.lostPackets, s.lostPercent, s.packets, where, afterOmitted);
            afterOmitted = s.omitted;
        }
        summary(m_run.summary, Tr::tr("the totals"));
        if (m_run.reverseSummary)
            summary(*m_run.reverseSummary, Tr::tr("the reverse totals"));
        if (m_badSockets > 0)
            note(Tr::tr("%1 stream(s) with an impossible socket number (shown as -1)")
                     .arg(m_badSockets));
        for (const QString &n : std::as_const(m_notes))
            m_run.warnings << n;
    }

private:
    void note(const QString &text) {
        if (m_notes.size() < 20 && !m_notes.contains(text))
            m_notes << text;
        else if (m_notes.size() == 20)
            m_notes << Tr::tr("more impossible values were set to null");
    }

    void retransmits(OptDouble &value, const QString &where) {
        if (!value)
            return;
        if (*value < 0 || *value >= 2147483648.0) {
            note(Tr::tr("%1: retransmits %2 is impossible (a negative count printed "
                        "unsigned, esnet/iperf#725); set to null")
                     .arg(where, QString::number(*value, 'f', 0)));
            value.reset();
        }
    }

    void streamValues(StreamSample &st, const QString &where) {
        if (st.id < 0)
            ++m_badSockets;
        retransmits(st.retransmits, where);
        if (st.lostPackets && *st.lostPackets < 0) {
            note(Tr::tr("%1: a stream's lost_packets %2 is impossible; set to null")
                     .arg(where, QString::number(*st.lostPackets, 'f', 0)));
            st.lostPackets.reset();
        }
    }

    void loss(OptDouble &lost, OptDouble &percent, const OptDouble &packets, const QString &where,
              bool afterOmitted) {
        const bool negative = (lost && *lost < 0) || (percent && *percent < 0);
        const bool above =
            (percent && *percent > 100) || (lost && packets && *packets >= 0 && *lost > *packets);
        if (!negative && !above)
            return;
        QString why;
        if (negative && afterOmitted)
            why = Tr::tr("iperf3's --omit bug, esnet/iperf#412 and #914");
        else
            why = Tr::tr("UDP packet counters wrap after 2^32 datagrams unless "
                         "--udp-counters-64bit is used, esnet/iperf#1892");
        note(Tr::tr("%1: lost %2/%3 (%4 %) is impossible (%5); loss set to null")
                 .arg(where, lost ? QString::number(*lost, 'f', 0) : QStringLiteral("?"),
                      packets ? QString::number(*packets, 'f', 0) : QStringLiteral("?"),
                      percent ? QString::number(*percent, 'g', 4) : QStringLiteral("?"), why));
        lost.reset();
        percent.reset();
    }

    void summary(Summary &s, const QString &where) {
        retransmits(s.retransmits, where);
        loss(s.lostPackets, s.lostPercent, s.packets, where, false);
    }

    RunResult &m_run;
    QStringList m_notes;
    int m_badSockets = 0;
};

} // namespace

void Iperf3ImpossibleValues::check(RunResult &run) {
    Checker(run).check();
}

} // namespace Perfdeck
