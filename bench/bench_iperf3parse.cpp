// Throughput and peak memory of Iperf3JsonParser::parse on a big iperf3 -J document.
//   bench_iperf3parse generate TEMPLATE.json OUT.json [MB]  build a -P 8 document from a capture
//   bench_iperf3parse time FILE [REPEAT]                   best-of-N MB/s (fast and Qt paths)
//   bench_iperf3parse peak FILE                            one parse, then peak RSS (VmHWM)
//   bench_iperf3parse phases FILE OUT                      perfdeck-cli import's steps timed
// Peak memory has its own mode so that one process measures exactly one parse.
#include "engines/iperf3jsonparser.h"
#include "results/importer.h"
#include "results/resultsdocument.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <random>

using namespace Perfdeck;

namespace {

constexpr int Streams = 8;

long vmHwmKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QByteArray readPadded(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(f.size()) + 64); // lets the parser work in place
    bytes.resize(qsizetype(f.size()));
    f.read(bytes.data(), f.size());
    return bytes;
}

int generate(const QString &templatePath, const QString &outPath, double megabytes) {
    QFile f(templatePath);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject proto = doc[QLatin1String("intervals")][0].toObject();
    const QJsonObject protoStream = proto[QLatin1String("streams")][0].toObject();
    QJsonObject start = doc[QLatin1String("start")].toObject();
    QJsonObject testStart = start[QLatin1String("test_start")].toObject();
    testStart[QLatin1String("num_streams")] = Streams;

    std::mt19937 rng(42);
    std::uniform_real_distribution<double> jitter(0.8, 1.2);
    // One interval of 8 streams is about 4 KB of indented JSON.
    const int count = int(megabytes * 1e6 / 4300) + 1;
    QJsonArray intervals;
    for (int i = 0; i < count; ++i) {
        QJsonArray streams;
        double bytesSum = 0;
        double retrSum = 0;
        const double t0 = i * 1.000021;
        const double t1 = (i + 1) * 1.000021;
        for (int s = 0; s < Streams; ++s) {
            QJsonObject st = protoStream;
            const double bytes =
                std::floor(protoStream[QLatin1String("bytes")].toDouble() * jitter(rng) / Streams);
            const double retr = std::floor(jitter(rng) * 3) - 2;
            st[QLatin1String("socket")] = 5 + 2 * s;
            st[QLatin1String("start")] = t0;
            st[QLatin1String("end")] = t1;
            st[QLatin1String("seconds")] = t1 - t0;
            st[QLatin1String("bytes")] = bytes;
            st[QLatin1String("bits_per_second")] = bytes * 8 / (t1 - t0);
            st[QLatin1String("retransmits")] = std::max(0.0, retr);
            st[QLatin1String("snd_cwnd")] = std::floor(1047728 * jitter(rng));
            st[QLatin1String("rtt")] = std::floor(300 * jitter(rng));
            bytesSum += bytes;
            retrSum += std::max(0.0, retr);
            streams.append(st);
        }
        QJsonObject sum = proto[QLatin1String("sum")].toObject();
        sum[QLatin1String("start")] = t0;
        sum[QLatin1String("end")] = t1;
        sum[QLatin1String("seconds")] = t1 - t0;
        sum[QLatin1String("bytes")] = bytesSum;
        sum[QLatin1String("bits_per_second")] = bytesSum * 8 / (t1 - t0);
        sum[QLatin1String("retransmits")] = retrSum;
        QJsonObject interval;
        interval[QLatin1String("streams")] = streams;
        interval[QLatin1String("sum")] = sum;
        intervals.append(interval);
    }
    testStart[QLatin1String("duration")] = count;
    start[QLatin1String("test_start")] = testStart;
    doc[QLatin1String("start")] = start;
    doc[QLatin1String("intervals")] = intervals;
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return 2;
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    out.write(bytes);
    std::printf("generated %s: %.1f MB, %d intervals x %d streams\n", qPrintable(outPath),
                double(bytes.size()) / 1e6, count, Streams);
    return 0;
}

int timeParse(const QString &path, int repeat) {
    const QByteArray bytes = readPadded(path);
    const double mb = double(bytes.size()) / 1e6;
    double best = 1e300;
    qsizetype intervals = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!outcome.parsed) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(outcome.parseError));
            return 1;
        }
        intervals = outcome.run.intervals.size();
        best = std::min(best, s);
    }
    double bestQt = 1e300;
    for (int i = 0; i < std::max(1, repeat / 2); ++i) {
        QElapsedTimer t;
        t.start();
        const Iperf3ParseOutcome outcome =
            Iperf3JsonParser::parseDocument(QJsonDocument::fromJson(bytes).object());
        bestQt = std::min(bestQt, double(t.nsecsElapsed()) / 1e9);
        if (!outcome.parsed)
            return 1;
    }
    std::printf("file_mb=%.2f intervals=%lld repeat=%d best_s=%.4f mb_per_s=%.1f "
                "qt_path_best_s=%.4f qt_path_mb_per_s=%.1f\n",
                mb, static_cast<long long>(intervals), repeat, best, mb / best, bestQt,
                mb / bestQt);
    return 0;
}

int peak(const QString &path) {
    const long before = vmHwmKiB();
    const QByteArray bytes = readPadded(path);
    const long withFile = vmHwmKiB();
    QElapsedTimer t;
    t.start();
    const Iperf3ParseOutcome outcome = Iperf3JsonParser::parse(bytes);
    const double first = double(t.nsecsElapsed()) / 1e9;
    const long after = vmHwmKiB();
    std::printf("file_mb=%.2f intervals=%lld peak_rss_mb=%.1f start_rss_mb=%.1f "
                "file_loaded_rss_mb=%.1f first_parse_s=%.4f\n",
                double(bytes.size()) / 1e6, static_cast<long long>(outcome.run.intervals.size()),
                double(after) / 1024, double(before) / 1024, double(withFile) / 1024, first);
    return outcome.parsed ? 0 : 1;
}

// Where `perfdeck-cli import FILE --json OUT` spends its time, step by step, and what the
// QJsonObject tree it used to build cost.
int phases(const QString &path, const QString &out) {
    QElapsedTimer t;
    t.start();
    const ImportOutcome outcome = importFiles({path});
    const double importS = double(t.nsecsElapsed()) / 1e9;
    if (!outcome.ok())
        return 1;
    ResultsDocument document;
    document.generatedAt = QDateTime::currentDateTimeUtc(); // the same in both texts
    document.runs = outcome.runs;
    t.start();
    QByteArray bytes = document.toBytes();
    const double writeS = double(t.nsecsElapsed()) / 1e9;
    t.start();
    QString error;
    if (!FileIo::writeAtomically(out, bytes, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double saveS = double(t.nsecsElapsed()) / 1e9;
    const double outMb = double(bytes.size()) / 1e6;
    bytes = QByteArray();
    t.start();
    const QByteArray treeBytes = QJsonDocument(document.toJson()).toJson(QJsonDocument::Indented);
    const double treeS = double(t.nsecsElapsed()) / 1e9;
    std::printf(
        "read_and_parse_s=%.4f stream_write_s=%.4f save_s=%.4f out_mb=%.1f "
        "qjson_tree_write_s=%.4f same_document=%d\n",
        importS, writeS, saveS, outMb, treeS,
        int(QJsonDocument::fromJson(treeBytes) == QJsonDocument::fromJson(document.toBytes())));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3), args.size() > 4 ? args.at(4).toDouble() : 60);
    if (args.size() >= 3 && args.at(1) == QLatin1String("time"))
        return timeParse(args.at(2), args.size() > 3 ? args.at(3).toInt() : 5);
    if (args.size() >= 3 && args.at(1) == QLatin1String("peak"))
        return peak(args.at(2));
    if (args.size() >= 4 && args.at(1) == QLatin1String("phases"))
        return phases(args.at(2), args.at(3));
    std::fprintf(stderr,
                 "usage: %s generate TEMPLATE OUT [MB] | time FILE [REPEAT] | peak FILE | "
                 "phases FILE OUT\n",
                 argv[0]);
    return 2;
}
