#include "results/csvexport.h"

#include "util/fileio.h"

#include <QStringList>

namespace Perfdeck::CsvExport {

namespace {

QString cell(const OptDouble &value) {
    if (!value || !std::isfinite(*value))
        return QString();
    return QString::number(*value, 'g', 17);
}

QString text(const QString &value) {
    return textCell(value);
}

QString runColumns(const RunResult &r) {
    return QStringList{
        text(r.id),     toString(r.engine), toString(r.protocol),       toString(r.direction),
        text(r.client), text(r.server),     QString::number(r.streams), toString(r.status)}
        .join(QLatin1Char(','));
}

const QString RunHeader =
    QStringLiteral("run_id,engine,protocol,direction,client,server,streams,status");

} // namespace

// A text cell (run id, host, error message; numbers go through cell()). Quoted when it holds
// a separator, a quote or a line break (\r too: spreadsheets split rows on it). A cell that a
// spreadsheet would take for a formula (=, +, -, @, or a tab/CR before one) gets a leading '
// so opening the export never runs what an imported file or a tool's message put there.
QString textCell(const QString &value) {
    QString out = value;
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const bool formula = !out.isEmpty() && formulaStart.contains(out.front());
    if (formula)
        out.prepend(QLatin1Char('\''));
    if (!formula && !out.contains(QLatin1Char(',')) && !out.contains(QLatin1Char('"')) &&
        !out.contains(QLatin1Char('\n')) && !out.contains(QLatin1Char('\r')))
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray intervals(const QList<RunResult> &runs) {
    QString out =
        RunHeader + QStringLiteral(",start_s,end_s,bps,bytes,retransmits,snd_cwnd_bytes,rtt_us,"
                                   "jitter_ms,lost_packets,packets,lost_percent,"
                                   "transactions_per_s,reverse_bps,omitted\n");
    for (const RunResult &r : runs) {
        const QString prefix = runColumns(r);
        for (const IntervalSample &i : r.intervals) {
            out += prefix + QLatin1Char(',') +
                   QStringList{QString::number(i.startS, 'g', 10),
                               QString::number(i.endS, 'g', 10),
                               cell(i.bps),
                               cell(i.bytes),
                               cell(i.retransmits),
                               cell(i.sndCwndBytes),
                               cell(i.rttUs),
                               cell(i.jitterMs),
                               cell(i.lostPackets),
                               cell(i.packets),
                               cell(i.lostPercent),
                               cell(i.transactionsPerS),
                               cell(i.reverseBps),
                               i.omitted ? QStringLiteral("1") : QStringLiteral("0")}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

QByteArray summaries(const QList<RunResult> &runs) {
    QString out =
        RunHeader + QStringLiteral(",started_at,duration_s,throughput_bps,sent_bps,received_bps,"
                                   "retransmits,jitter_ms,lost_percent,rtt_mean_us,"
                                   "cpu_local_percent,cpu_remote_percent,transactions_per_s,"
                                   "error\n");
    for (const RunResult &r : runs) {
        const Summary &s = r.summary;
        out += runColumns(r) + QLatin1Char(',') +
               QStringList{r.startedAt.toUTC().toString(Qt::ISODate),
                           cell(r.durationS),
                           cell(s.throughputBps),
                           cell(s.sentBps),
                           cell(s.receivedBps),
                           cell(s.retransmits),
                           cell(s.jitterMs),
                           cell(s.lostPercent),
                           cell(s.rttMeanUs),
                           cell(s.cpuLocalPercent),
                           cell(s.cpuRemotePercent),
                           cell(s.transactionsPerS),
                           text(r.error)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error) {
    return FileIo::writeAtomically(path, bytes, error);
}

} // namespace Perfdeck::CsvExport
