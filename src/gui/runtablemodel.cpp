#include "gui/runtablemodel.h"

#include "gui/runcolors.h"
#include "model/format.h"
#include "model/runlabel.h"
#include "qos/dscpclass.h"
#include "qos/patternrun.h"
#include "qos/qosclassresult.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

QString protocolText(Protocol protocol) {
    if (protocol == Protocol::Icmp)
        return RunTableModel::tr("ICMP");
    return protocol == Protocol::Udp ? RunTableModel::tr("UDP") : RunTableModel::tr("TCP");
}

QString directionText(const RunResult &run) {
    if (run.engine == Engine::Ping)
        return RunTableModel::tr("Round trip");
    if (isRequestResponse(run))
        return RunTableModel::tr("Request/response");
    switch (run.direction) {
    case Direction::Send:
        return RunTableModel::tr("Send");
    case Direction::Receive:
        return RunTableModel::tr("Receive");
    case Direction::Bidir:
        return RunTableModel::tr("Bidirectional");
    }
    return {};
}

QString statusText(const RunRecord &record) {
    if (record.running)
        return RunTableModel::tr("Running");
    switch (record.result.status) {
    case RunStatus::Ok:
        return RunTableModel::tr("OK");
    case RunStatus::Error:
        return RunTableModel::tr("Error");
    case RunStatus::Partial:
        return RunTableModel::tr("Partial");
    }
    return {};
}

// Sort key for an optional number: nulls sort before every value.
QVariant sortKey(const OptDouble &value) {
    return value ? QVariant(*value) : QVariant(-1e300);
}

// 170631 -> "171k": a rate that fits the column beside "9.41 Gbit/s".
QString compactCount(double value) {
    const double magnitude = std::fabs(value);
    const auto digits = [](double v) {
        return v >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', v >= 10 ? 1 : 2);
    };
    if (magnitude >= 1e6)
        return digits(value / 1e6) + QLatin1Char('M');
    if (magnitude >= 1e3)
        return digits(value / 1e3) + QLatin1Char('k');
    return digits(value);
}

QString latencyText(const OptDouble &us) {
    return us ? Format::latencyUs(*us) : Format::number({});
}

QString cpuText(const Summary &s) {
    if (!s.cpuLocalPercent && !s.cpuRemotePercent)
        return Format::number({});
    const auto one = [](const OptDouble &v) {
        return v ? Format::percent(*v, 0) : Format::number({});
    };
    return one(s.cpuLocalPercent) + QStringLiteral(" / ") + one(s.cpuRemotePercent);
}

QString targetText(const RunRecord &rec) {
    // Between inventory hosts the names say more than an address: "fra-perf1 → ams-edge".
    const QString ends = runEndsText(rec.result);
    if (!ends.isEmpty())
        return ends;
    const bool embedded =
        rec.result.embeddedServer || (rec.running && rec.spec.usesEmbeddedServer());
    if (embedded) {
        // Perfdeck's own server, on loopback or on the inventory host that ran it.
        const QString where =
            rec.result.serverHost.isEmpty() ? rec.spec.serverHost : rec.result.serverHost;
        if (where.isEmpty() || where == QLatin1String("local"))
            return RunTableModel::tr("embedded (127.0.0.1)");
        return RunTableModel::tr("embedded (%1)").arg(where);
    }
    return rec.result.server.isEmpty() ? rec.spec.targetLabel() : rec.result.server;
}

// "EF: kept", "EF: remarked to CS0 (100 %)" for a run whose class a probe checked; the class
// alone for a marked run nobody checked (yet); empty for an unmarked run.
QString dscpText(const RunRecord &rec) {
    if (!rec.result.qos.isEmpty()) {
        const QosClassResult q = QosClassResult::fromJson(rec.result.qos);
        return RunTableModel::tr("%1: %2").arg(DscpClass::nameOf(q.sentDscp), q.verdictText());
    }
    const std::optional<int> dscp = parseDscp(rec.spec.dscp);
    if (!dscp)
        return {};
    return rec.running ? RunTableModel::tr("%1: checking…").arg(DscpClass::nameOf(*dscp))
                       : DscpClass::nameOf(*dscp);
}

QString dscpToolTip(const RunRecord &rec) {
    if (rec.result.qos.isEmpty()) {
        if (!rec.dscpProblem.isEmpty())
            return rec.dscpProblem;
        return parseDscp(rec.spec.dscp)
                   ? RunTableModel::tr("Marked; no probe checked what arrived (tick Check beside "
                                       "the DSCP field)")
                   : QString();
    }
    const QosClassResult q = QosClassResult::fromJson(rec.result.qos);
    return RunTableModel::tr("Sent as %1, arrived as %2 (a perfdeck-probe flow of the class "
                             "beside the test)")
        .arg(DscpClass::label(q.sentDscp), q.receivedText());
}

QString toolText(const RunResult &run) {
    return run.test.isEmpty() ? toString(run.engine)
                              : toString(run.engine) + QLatin1Char(' ') + run.test;
}

} // namespace

RunTableModel::RunTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int RunTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &rec = m_records.at(index.row());
    const RunResult &r = rec.result;
    const Summary &s = r.summary;
    switch (role) {
    case RunIdRole:
        return r.id;
    case RunningRole:
        return rec.running;
    case StatusRole:
        return int(r.status);
    case Qt::ToolTipRole: {
        if (index.column() == ErrorColumn || index.column() == StatusColumn) {
            QStringList lines;
            if (!r.error.isEmpty())
                lines << r.error;
            lines << r.warnings;
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == TargetColumn && !r.server.isEmpty())
            return r.server;
        if (index.column() == DscpColumn) {
            if (const QString tip = dscpToolTip(rec); !tip.isEmpty())
                return tip;
        }
        QStringList lines{runTitle(r) + QStringLiteral(" (") + r.id + QLatin1Char(')')};
        // What both ends ran on, as the results document keeps it.
        for (const auto &[side, env] : {std::pair(tr("Client"), &r.clientEnvironment),
                                        std::pair(tr("Server"), &r.serverEnvironment)}) {
            if (!*env)
                continue;
            lines << QString() << QStringLiteral("%1 %2:").arg(side, (*env)->host);
            for (const QString &line : (*env)->detailLines())
                lines << QStringLiteral("  ") + line;
        }
        // What the run cost its hosts (monitor/ResourceMonitor), as stored in "resources".
        if (r.resources && !r.resources->isEmpty()) {
            lines << QString() << tr("Resources:");
            const auto pct = [](const OptDouble &v) {
                return v ? Format::percent(*v, 0) : QStringLiteral("–");
            };
            for (const ProcessUsage &p : r.resources->processes)
                lines << tr("  %1 %2 on %3: CPU mean %4, p90 %5, max %6; RSS max %7")
                             .arg(p.role, p.program, p.host, pct(p.cpuMeanPercent()),
                                  pct(p.cpuP90Percent()), pct(p.cpuMaxPercent()),
                                  p.rssMaxBytes() ? Format::bytes(*p.rssMaxBytes())
                                                  : QStringLiteral("–"));
            for (const InterfaceUsage &i : r.resources->interfaces) {
                QString line =
                    tr("  %1 on %2: rx mean %3, tx mean %4")
                        .arg(i.name, i.host, Format::bitrate(i.mean(&InterfaceSample::rxBps)),
                             Format::bitrate(i.mean(&InterfaceSample::txBps)));
                if (const OptDouble u = i.max(&InterfaceSample::utilisationPercent))
                    line += tr(", utilisation max %1").arg(Format::percent(*u, 0));
                lines << line;
            }
            for (const QString &note : r.resources->notes)
                lines << QStringLiteral("  ") + note;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == NumberColumn)
            return runColor(r.seq);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !rec.running && r.status != RunStatus::Ok)
            return QBrush(r.status == RunStatus::Error ? QColor(0xc0, 0x1c, 0x28)
                                                       : QColor(0xb5, 0x83, 0x5a));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ThroughputColumn || index.column() == NumberColumn ||
            (index.column() >= StreamsColumn && index.column() <= DurationColumn) ||
            (index.column() >= SentColumn && index.column() <= CpuColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case NumberColumn:
        return sort ? QVariant(r.seq) : QVariant(runLabel(r));
    case ToolColumn:
        return toolText(r);
    case StatusColumn:
        return sort ? QVariant(rec.running ? -1 : int(r.status)) : QVariant(statusText(rec));
    case StartedColumn:
        if (sort)
            return r.startedAt;
        return r.startedAt.isValid()
                   ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case TargetColumn:
        return targetText(rec);
    case ProtocolColumn:
        return protocolText(r.protocol);
    case DirectionColumn:
        return directionText(r);
    case StreamsColumn:
        return r.streams;
    case DurationColumn: {
        const OptDouble d = rec.running ? OptDouble(rec.elapsedS) : r.durationS;
        if (sort)
            return sortKey(d);
        return d ? tr("%1 s").arg(QLocale().toString(*d, 'f', 1)) : Format::number(d);
    }
    case ThroughputColumn: {
        // Request/response tests (netperf *_RR) measure transactions, not bits.
        if (!s.throughputBps && s.transactionsPerS)
            return sort ? sortKey(s.transactionsPerS)
                        : QVariant(tr("%1 trans/s").arg(compactCount(*s.transactionsPerS)));
        if (rec.running && !s.throughputBps && !rec.lastBps) {
            for (auto it = r.intervals.crbegin(); it != r.intervals.crend(); ++it) {
                if (it->transactionsPerS)
                    return sort ? sortKey(it->transactionsPerS)
                                : QVariant(
                                      tr("%1 trans/s").arg(compactCount(*it->transactionsPerS)));
            }
        }
        const OptDouble v = rec.running && !s.throughputBps ? rec.lastBps : s.throughputBps;
        return sort ? sortKey(v) : QVariant(Format::bitrate(v));
    }
    case SentColumn:
        return sort ? sortKey(s.sentBps) : QVariant(Format::bitrate(s.sentBps));
    case ReceivedColumn:
        return sort ? sortKey(s.receivedBps) : QVariant(Format::bitrate(s.receivedBps));
    case RetransmitsColumn:
        return sort ? sortKey(s.retransmits) : QVariant(Format::number(s.retransmits));
    case JitterColumn:
        if (sort)
            return sortKey(s.jitterMs);
        return s.jitterMs ? Format::latencyUs(*s.jitterMs * 1000.0) : Format::number({});
    case LossColumn:
        if (sort)
            return sortKey(s.lostPercent);
        return s.lostPercent ? Format::percent(*s.lostPercent) : Format::number({});
    case LatencyP50Column:
        return sort ? sortKey(s.latencyUs.p50) : QVariant(latencyText(s.latencyUs.p50));
    case LatencyP90Column:
        return sort ? sortKey(s.latencyUs.p90) : QVariant(latencyText(s.latencyUs.p90));
    case LatencyP99Column:
        return sort ? sortKey(s.latencyUs.p99) : QVariant(latencyText(s.latencyUs.p99));
    case CpuColumn:
        return sort ? sortKey(s.cpuLocalPercent) : QVariant(cpuText(s));
    case DscpColumn:
        return dscpText(rec);
    case ErrorColumn:
        return r.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("#");
    case ToolColumn:
        return tr("Tool");
    case LatencyP50Column:
        return tr("p50");
    case LatencyP90Column:
        return tr("p90");
    case LatencyP99Column:
        return tr("p99");
    case CpuColumn:
        return tr("CPU (local / remote)");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case TargetColumn:
        return tr("Target");
    case ProtocolColumn:
        return tr("Protocol");
    case DirectionColumn:
        return tr("Direction");
    case StreamsColumn:
        return tr("Streams");
    case DurationColumn:
        return tr("Duration");
    case ThroughputColumn:
        return tr("Throughput");
    case SentColumn:
        return tr("Sent");
    case ReceivedColumn:
        return tr("Received");
    case RetransmitsColumn:
        return tr("Retransmits");
    case JitterColumn:
        return tr("Jitter");
    case LossColumn:
        return tr("Loss");
    case DscpColumn:
        return tr("DSCP");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> RunTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunIdRole, "runId");
    names.insert(SortRole, "sortKey");
    names.insert(RunningRole, "running");
    names.insert(StatusRole, "status");
    return names;
}

namespace {

RunRecord runningRecord(const QString &runId, const TestSpec &spec, const QDateTime &startedAt) {
    RunRecord rec;
    rec.spec = spec;
    rec.running = true;
    rec.result.id = runId;
    rec.result.engine = PatternRun::engineOf(spec);
    rec.result.protocol = spec.protocol;
    rec.result.direction = spec.direction;
    rec.result.streams = spec.parallel;
    rec.result.server = spec.targetLabel();
    rec.result.embeddedServer = spec.usesEmbeddedServer();
    rec.result.clientHost = spec.clientHost;
    if (spec.usesEmbeddedServer())
        rec.result.serverHost = spec.serverHost;
    rec.result.startedAt = startedAt;
    return rec;
}

} // namespace

void RunTableModel::addRunning(const QString &runId, const TestSpec &spec,
                               const QDateTime &startedAt) {
    RunRecord rec = runningRecord(runId, spec, startedAt);
    rec.result.seq = nextNumber();
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(rec);
    endInsertRows();
}

bool RunTableModel::restartRunning(const QString &attemptId, const QString &runId,
                                   const TestSpec &spec, const QDateTime &startedAt) {
    const int row = rowOf(attemptId);
    if (row < 0 || !m_records.at(row).running)
        return false;
    RunRecord rec = runningRecord(runId, spec, startedAt);
    rec.result.seq = m_records.at(row).result.seq; // the same run to the user: the same number
    m_records[row] = rec;
    emitRowChanged(row);
    return true;
}

void RunTableModel::updateProgress(const QString &runId, double elapsedS) {
    const int row = rowOf(runId);
    if (row < 0)
        return;
    m_records[row].elapsedS = elapsedS;
    emitRowChanged(row);
}

void RunTableModel::updateLiveSample(const QString &runId, const IntervalSample &sample) {
    const int row = rowOf(runId);
    if (row < 0 || sample.omitted)
        return;
    m_records[row].lastBps = sample.bps;
    m_records[row].result.intervals.append(sample);
    emitRowChanged(row);
}

void RunTableModel::finishRun(const QString &runId, const RunResult &result) {
    const int row = rowOf(runId);
    if (row < 0) {
        addFinished(result);
        return;
    }
    RunRecord &rec = m_records[row];
    const QDateTime startedAt = rec.result.startedAt;
    const int seq = rec.result.seq;
    rec.result = result;
    // The number given when it started stays its name.
    rec.result.seq = seq;
    if (!rec.result.startedAt.isValid())
        rec.result.startedAt = startedAt;
    if (rec.result.server.isEmpty())
        rec.result.server = rec.spec.targetLabel();
    rec.running = false;
    emitRowChanged(row);
}

void RunTableModel::setRunQos(const QString &runId, const QJsonObject &qos,
                              const QString &problem) {
    const int row = rowOf(runId);
    if (row < 0)
        return;
    RunResult &result = m_records[row].result;
    if (!qos.isEmpty())
        result.qos = qos;
    m_records[row].dscpProblem = problem;
    if (!problem.isEmpty() && !result.warnings.contains(problem))
        result.warnings << problem;
    emitRowChanged(row);
}

void RunTableModel::addFinished(const RunResult &result, const TestSpec &spec,
                                const QString &rerunProblem) {
    RunRecord rec;
    rec.spec = spec;
    rec.rerunProblem = rerunProblem;
    rec.result = result;
    if (rec.result.seq <= 0 ||
        std::any_of(m_records.cbegin(), m_records.cend(),
                    [&result](const RunRecord &other) { return other.result.seq == result.seq; }))
        rec.result.seq = nextNumber();
    const int at = int(m_records.size());
    beginInsertRows({}, at, at);
    m_records.append(rec);
    endInsertRows();
}

void RunTableModel::setRecords(const QList<RunRecord> &records) {
    beginResetModel();
    m_records = records;
    // Runs of files written before runs had numbers get the numbers their order implies.
    int next = nextNumber();
    for (RunRecord &rec : m_records) {
        if (rec.result.seq <= 0)
            rec.result.seq = next++;
    }
    endResetModel();
}

int RunTableModel::nextNumber() const {
    int highest = 0;
    for (const RunRecord &rec : m_records)
        highest = std::max(highest, rec.result.seq);
    return highest + 1;
}

void RunTableModel::removeRuns(const QStringList &runIds) {
    for (const QString &id : runIds) {
        const int row = rowOf(id);
        if (row < 0 || m_records.at(row).running)
            continue;
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        endRemoveRows();
    }
}

void RunTableModel::clear() {
    setRecords({});
}

int RunTableModel::rowOf(const QString &runId) const {
    // Sessions hold tens to hundreds of runs: a linear scan is cheaper than keeping an index.
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).result.id == runId)
            return i;
    }
    return -1;
}

const RunRecord *RunTableModel::record(const QString &runId) const {
    const int row = rowOf(runId);
    return row < 0 ? nullptr : &m_records.at(row);
}

QList<RunResult> RunTableModel::finishedResults() const {
    QList<RunResult> results;
    for (const RunRecord &rec : m_records) {
        if (!rec.running)
            results.append(rec.result);
    }
    return results;
}

void RunTableModel::emitRowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Perfdeck
