#include "results/importer.h"

#include "engines/iperf3jsonparser.h"
#include "engines/iperf3streamparser.h"
#include "engines/netperfparser.h"
#include "results/flentreader.h"
#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr qsizetype SniffBytes = 4096;
constexpr qsizetype ReadPadding = 64;
// Far above real files (see sizeHint in importFormats()), far below the machine's memory: the
// parsers need a few times the file size while they work.
constexpr qint64 MaxIperf3Bytes = InputLimits::MaxIperf3FileBytes;
constexpr qint64 MaxNetperfBytes = InputLimits::MaxNetperfFileBytes;

QList<RunResult> readIperf3Json(const QByteArray &bytes, const ImportOptions &options,
                                QString *error, QStringList *warnings) {
    Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
    if (outcome.parsed) {
        warnings->append(outcome.run.warnings); // repaired defects, impossible values
        return {outcome.run};
    }
    if (outcome.recovered && options.salvageTruncated) {
        warnings->append(outcome.parseError +
                         Tr::tr("; imported the %1 complete intervals as a partial run")
                             .arg(outcome.run.intervals.size()));
        return {outcome.run};
    }
    *error = outcome.parseError;
    if (outcome.recovered)
        *error += Tr::tr(" (%1 complete intervals could be kept with --salvage)")
                      .arg(outcome.run.intervals.size());
    return {};
}

// iperf3 >= 3.17 --json-stream: one event per line, assembled into the document -J prints.
QList<RunResult> readIperf3Stream(const QByteArray &bytes, const ImportOptions &, QString *error,
                                  QStringList *warnings) {
    Iperf3StreamParser parser;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype to = bytes.indexOf('\n', from);
        if (to < 0)
            to = bytes.size();
        parser.feedLine(QByteArrayView(bytes).sliced(from, to - from));
        from = to + 1;
    }
    // A refused connection has no start event, only its error and an empty end.
    const bool failedEarly = parser.assembledDocument().contains(QLatin1String("error"));
    if (!parser.hasStart() && !failedEarly) {
        *error = Tr::tr("no \"start\" event: not a complete iperf3 --json-stream "
                        "output");
        return {};
    }
    Iperf3ParseOutcome outcome = Iperf3JsonParser::parseDocument(parser.assembledDocument());
    if (!outcome.parsed) {
        *error = outcome.parseError;
        return {};
    }
    if (parser.malformedLines() > 0)
        outcome.run.warnings << Tr::tr("%1 line(s) were not JSON events and were "
                                       "skipped (the first is line %2)")
                                    .arg(parser.malformedLines())
                                    .arg(parser.firstMalformedLine());
    if (!parser.hasEnd() && outcome.run.error.isEmpty())
        outcome.run.error = Tr::tr("the stream stops before its \"end\" event");
    warnings->append(outcome.run.warnings);
    return {outcome.run};
}

bool sniffJsonStream(const QByteArray &head) {
    static const QRegularExpression event(QStringLiteral(R"(^\s*\{\s*"event"\s*:)"));
    return event.match(QString::fromUtf8(head.left(64))).hasMatch();
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

QString sizeText(qint64 bytes) {
    if (bytes >= (qint64(1) << 30))
        return QStringLiteral("%1 GiB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 1);
    if (bytes >= (qint64(1) << 20))
        return QStringLiteral("%1 MiB").arg(double(bytes) / double(1 << 20), 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString tooLarge(const ImportFormat &format, const QString &size) {
    return Tr::tr("%1 is more than the %2 read as %3 (%4); not imported")
        .arg(size, sizeText(format.maxBytes), format.name, format.sizeHint);
}

const ImportFormat *detect(const QByteArray &head) {
    for (const ImportFormat &format : importFormats())
        if (format.sniff(head))
            return &format;
    return nullptr;
}

QString unrecognised() {
    return Tr::tr("unrecognised content: not an iperf3 JSON document (produce one with "
                  "iperf3 -J or --json-stream), netperf output (its banner and result, "
                  "-k or -o) nor a flent .flent.gz data file");
}

void importInto(ImportOutcome &outcome, const QByteArray &bytes, const ImportFormat *format,
                const QString &source, const ImportOptions &options, QSet<QString> *usedIds) {
    // Not bytes.trimmed(): that copies the whole content (tens of MB) to look at its ends.
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
    if (blank) {
        outcome.errors.append({source, Tr::tr("empty file (nothing to import: was the "
                                              "tool killed before it printed?)")});
        return;
    }
    if (!format) {
        outcome.errors.append({source, unrecognised()});
        return;
    }
    if (bytes.size() > format->maxBytes) {
        outcome.errors.append({source, tooLarge(*format, sizeText(bytes.size()))});
        return;
    }
    QString error;
    QStringList warnings;
    const QList<RunResult> runs = format->read(bytes, options, &error, &warnings);
    for (const QString &w : std::as_const(warnings))
        outcome.warnings.append(source + QLatin1String(": ") + w);
    if (runs.isEmpty()) {
        outcome.errors.append({source, error.isEmpty() ? Tr::tr("no runs") : error});
        return;
    }
    for (RunResult run : runs) {
        run.source = source;
        run.id = uniqueId(source, usedIds);
        outcome.runs.append(std::move(run));
    }
}

// Reads a file in bounded steps: the first bytes decide the format, and the format's size
// limit bounds the rest, also for pipes and devices that say nothing of their size.
bool readBounded(QFile &file, QByteArray *bytes, const ImportFormat **format, QString *error) {
    // Pipes, devices and /proc files say nothing (or 0) of their size: read those until the
    // end or the limit, whichever comes first.
    const qint64 declared = file.isSequential() ? 0 : file.size();
    const bool knownSize = declared > 0;
    auto readSome = [&](char *into, qint64 want) -> qint64 {
        const qint64 got = file.read(into, want);
        if (got < 0)
            *error = Tr::tr("cannot read: %1").arg(file.errorString());
        return got;
    };
    QByteArray head(SniffBytes, Qt::Uninitialized);
    qsizetype headSize = 0;
    // A pipe may deliver its first bytes in small pieces.
    while (headSize < SniffBytes) {
        const qint64 got = readSome(head.data() + headSize, SniffBytes - headSize);
        if (got < 0)
            return false;
        if (got == 0)
            break;
        headSize += qsizetype(got);
    }
    head.truncate(headSize);
    *format = detect(head);
    if (!*format) {
        *bytes = head; // enough to tell an empty file from an unknown one
        return true;
    }
    const qint64 limit = (*format)->maxBytes;
    if (declared > limit) {
        *error = tooLarge(**format, sizeText(declared));
        return false;
    }
    bytes->clear();
    // Spare capacity after the data lets the JSON parser work in place instead of copying.
    bytes->reserve(qsizetype(std::max(declared, qint64(head.size()))) + ReadPadding);
    bytes->append(head);
    constexpr qint64 Chunk = 1 << 20;
    // One byte past the limit is enough to know the content is too large.
    while (bytes->size() <= limit) {
        if (knownSize && file.atEnd())
            break;
        const qsizetype before = bytes->size();
        qint64 want = std::min<qint64>(Chunk, limit + 1 - before);
        if (knownSize && before < declared)
            want = std::min<qint64>(want, declared - before); // stays in the reserved space
        bytes->resize(before + qsizetype(want));
        const qint64 got = readSome(bytes->data() + before, want);
        if (got < 0)
            return false;
        bytes->resize(before + qsizetype(got));
        if (got == 0)
            break;
    }
    if (bytes->size() > limit) {
        *error = tooLarge(**format, Tr::tr("the content"));
        return false;
    }
    return true;
}

} // namespace

const QList<ImportFormat> &importFormats() {
    static const QList<ImportFormat> formats = {
        // Before iperf3-json, which takes any JSON: flent's JSON is recognised by its keys.
        {QStringLiteral("flent"), FlentReader::MaxFileBytes,
         Tr::tr("a 5-minute rrul file is about 0.3 MB compressed"), FlentReader::looksLikeFlent,
         readFlent},
        // Before iperf3-json: a stream's first line is JSON too.
        {QStringLiteral("iperf3-json-stream"), MaxIperf3Bytes,
         Tr::tr("a 10-minute -P 8 run is about 8 MB"), sniffJsonStream, readIperf3Stream},
        {QStringLiteral("iperf3-json"), MaxIperf3Bytes,
         Tr::tr("a 10-minute -P 8 run is about 8 MB"), sniffJson, readIperf3Json},
        {QStringLiteral("netperf-text"), MaxNetperfBytes,
         Tr::tr("a 24-hour run with 1 s interim results is about 15 MB"),
         NetperfParser::looksLikeNetperf, readNetperfText},
    };
    return formats;
}

ImportOutcome importBytes(const QByteArray &bytes, const QString &source,
                          const ImportOptions &options) {
    ImportOutcome outcome;
    QSet<QString> used;
    importInto(outcome, bytes, detect(bytes.left(SniffBytes)), source, options, &used);
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
            outcome.errors.append({path, Tr::tr("cannot read: %1").arg(file.errorString())});
            continue;
        }
        QByteArray bytes;
        const ImportFormat *format = nullptr;
        QString error;
        if (!readBounded(file, &bytes, &format, &error)) {
            outcome.errors.append({path, error});
            continue;
        }
        importInto(outcome, bytes, format, path, options, &used);
    }
    return outcome;
}

} // namespace Perfdeck
