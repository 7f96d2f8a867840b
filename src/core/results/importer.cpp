#include "results/importer.h"

#include "engines/iperf3jsonparser.h"
#include "engines/netperfparser.h"
#include "results/flentreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Perfdeck {

namespace {

constexpr qsizetype SniffBytes = 4096;
// Spare capacity after the data lets the JSON parser work in place instead of copying.
constexpr qsizetype ReadPadding = 64;

QList<RunResult> readIperf3Json(const QByteArray &bytes, const ImportOptions &options,
                                QString *error, QStringList *warnings) {
    Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
    if (outcome.parsed)
        return {outcome.run};
    if (outcome.recovered && options.salvageTruncated) {
        warnings->append(outcome.parseError +
                         QStringLiteral("; imported the %1 complete intervals as a partial run")
                             .arg(outcome.run.intervals.size()));
        return {outcome.run};
    }
    *error = outcome.parseError;
    if (outcome.recovered)
        *error += QStringLiteral(" (%1 complete intervals could be kept with --salvage)")
                      .arg(outcome.run.intervals.size());
    return {};
}

QList<RunResult> readNetperfText(const QByteArray &bytes, const ImportOptions &, QString *error,
                                 QStringList *warnings) {
    const NetperfParseOutcome outcome = NetperfParser::parse(bytes);
    if (!outcome.parsed) {
        *error = outcome.error;
        return {};
    }
    warnings->append(outcome.run.warnings);
    return {outcome.run};
}

QList<RunResult> readFlent(const QByteArray &bytes, const ImportOptions &, QString *error,
                           QStringList *warnings) {
    const FlentReadOutcome outcome = FlentReader::read(bytes);
    if (outcome.runs.isEmpty())
        *error = outcome.error;
    warnings->append(outcome.warnings);
    return outcome.runs;
}

bool sniffJson(const QByteArray &head) {
    // Any JSON goes to the iperf3 reader, which says precisely why it is not iperf3's.
    const QByteArray t = head.trimmed();
    return t.startsWith('{') || t.startsWith('[');
}

QString uniqueId(const QString &source, QSet<QString> *used) {
    QString base = QFileInfo(source).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("run");
    QString id = base;
    for (int n = 2; used->contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    used->insert(id);
    return id;
}

void importInto(ImportOutcome &outcome, const QByteArray &bytes, const QString &source,
                const ImportOptions &options, QSet<QString> *usedIds) {
    if (bytes.trimmed().isEmpty()) {
        outcome.errors.append({source, QStringLiteral("empty file (nothing to import: was the "
                                                      "tool killed before it printed?)")});
        return;
    }
    const QByteArray head = bytes.left(SniffBytes);
    for (const ImportFormat &format : importFormats()) {
        if (!format.sniff(head))
            continue;
        QString error;
        QStringList warnings;
        const QList<RunResult> runs = format.read(bytes, options, &error, &warnings);
        for (const QString &w : std::as_const(warnings))
            outcome.warnings.append(source + QLatin1String(": ") + w);
        if (runs.isEmpty()) {
            outcome.errors.append({source, error.isEmpty() ? QStringLiteral("no runs") : error});
            return;
        }
        for (RunResult run : runs) {
            run.source = source;
            run.id = uniqueId(source, usedIds);
            outcome.runs.append(std::move(run));
        }
        return;
    }
    outcome.errors.append(
        {source, QStringLiteral("unrecognised content: not an iperf3 JSON "
                                "document (produce one with iperf3 -J), netperf "
                                "output (its banner and result, -k or -o) nor a flent "
                                ".flent.gz data file")});
}

} // namespace

const QList<ImportFormat> &importFormats() {
    static const QList<ImportFormat> formats = {
        // Before iperf3-json, which takes any JSON: flent's JSON is recognised by its keys.
        {QStringLiteral("flent"), FlentReader::looksLikeFlent, readFlent},
        {QStringLiteral("iperf3-json"), sniffJson, readIperf3Json},
        {QStringLiteral("netperf-text"), NetperfParser::looksLikeNetperf, readNetperfText},
    };
    return formats;
}

ImportOutcome importBytes(const QByteArray &bytes, const QString &source,
                          const ImportOptions &options) {
    ImportOutcome outcome;
    QSet<QString> used;
    importInto(outcome, bytes, source, options, &used);
    return outcome;
}

ImportOutcome importFiles(const QStringList &paths, const ImportOptions &options) {
    ImportOutcome outcome;
    QSet<QString> used;
    for (const QString &path : paths) {
        QFile file(path);
        if (QFileInfo(path).isDir()) {
            outcome.errors.append({path, QStringLiteral("is a directory, not a file")});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.errors.append(
                {path, QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        QByteArray bytes;
        const qint64 size = file.size();
        if (size > 0) {
            bytes.reserve(qsizetype(size) + ReadPadding);
            bytes.resize(qsizetype(size));
            const qint64 got = file.read(bytes.data(), size);
            if (got < 0) {
                outcome.errors.append(
                    {path, QStringLiteral("cannot read: %1").arg(file.errorString())});
                continue;
            }
            bytes.resize(qsizetype(got));
        } else {
            bytes = file.readAll(); // pipes and /proc files report size 0
        }
        importInto(outcome, bytes, path, options, &used);
    }
    return outcome;
}

} // namespace Perfdeck
