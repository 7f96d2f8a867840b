// The end of an iperf3 -J run is parsed off the UI thread: a long -P run's document is tens of
// megabytes, and parsing it on the thread that runs the event loop froze the window. The fake
// tool impersonates iperf3 3.12 printing a large real-shaped document (tcp_p4.json with its
// interval repeated); a timer on the event loop must keep ticking while the run finishes.
#include "engines/iperf3jsonparser.h"
#include "exec/jobrunner.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

// tcp_p4.json with its first interval repeated count times (start/end advanced each time).
QByteArray longDocument(int count) {
    QFile f(QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_p4.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject first = doc.value(QLatin1String("intervals")).toArray().first().toObject();
    auto shifted = [](QJsonObject o, int i) {
        o.insert(QLatin1String("start"), double(i));
        o.insert(QLatin1String("end"), double(i + 1));
        return o;
    };
    QJsonArray intervals;
    for (int i = 0; i < count; ++i) {
        QJsonObject interval = first;
        QJsonArray streams;
        for (const QJsonValue &s : first.value(QLatin1String("streams")).toArray())
            streams.append(shifted(s.toObject(), i));
        interval.insert(QLatin1String("streams"), streams);
        interval.insert(QLatin1String("sum"),
                        shifted(first.value(QLatin1String("sum")).toObject(), i));
        intervals.append(interval);
    }
    doc.insert(QLatin1String("intervals"), intervals);
    return QJsonDocument(doc).toJson();
}

} // namespace

class TestIperf3FinalParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eventLoopRunsWhileTheDocumentIsParsed() {
        // The parse must block its thread for a noticeable time on this machine, or the test
        // proves nothing: grow the document (bounded) until it takes at least 200 ms.
        int intervals = 20000;
        QByteArray document;
        qint64 parseMs = 0;
        for (int attempt = 0; attempt < 5; ++attempt, intervals *= 2) {
            document = longDocument(intervals);
            QVERIFY(document.size() > 20'000'000);
            QElapsedTimer parseClock;
            parseClock.start();
            const Iperf3ParseOutcome direct = Iperf3JsonParser::parse(document);
            parseMs = parseClock.elapsed();
            QVERIFY2(direct.parsed, qPrintable(direct.parseError));
            QCOMPARE(direct.run.intervals.size(), intervals);
            if (parseMs >= 200)
                break;
        }
        QVERIFY2(parseMs >= 200, qPrintable(QStringLiteral("parse of %1 intervals took only %2 "
                                                           "ms: make the document larger")
                                                .arg(intervals)
                                                .arg(parseMs)));
        const int Intervals = intervals;

        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("long.json"));
        QFile out(json);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(document);
        out.close();
        const QString link = dir.filePath(QStringLiteral("iperf3"));
        QVERIFY(QFile::link(QStringLiteral(PERFDECK_FAKE_TOOL), link));
        qputenv("FAKE_IPERF3_VERSION", "iperf 3.12 (cJSON 1.7.15)");
        qputenv("FAKE_IPERF3_JSON", json.toUtf8());

        JobRunner runner;
        runner.setIperf3Path(link);
        Recorder r;
        record(runner, r);
        // The longest stretch the event loop did not run, from the client's start to the end.
        QElapsedTimer tickClock;
        qint64 lastTick = -1;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = tickClock.elapsed();
            if (lastTick >= 0)
                longestGap = qMax(longestGap, now - lastTick);
            lastTick = now;
        });
        connect(&runner, &JobRunner::runFinished, this, [&ticker] { ticker.stop(); });
        TestSpec spec;
        spec.durationS = 1;
        spec.parallel = 4;
        runner.start({spec});
        QTRY_VERIFY_WITH_TIMEOUT(!runner.processIds().isEmpty(), 15000);
        tickClock.start();
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 120000);
        qunsetenv("FAKE_IPERF3_VERSION");
        qunsetenv("FAKE_IPERF3_JSON");
        const RunResult &res = r.results.first();
        QVERIFY2(res.status == RunStatus::Ok, qPrintable(res.error));
        QCOMPARE(res.intervals.size(), Intervals);
        QCOMPARE(res.streams, 4);
        QVERIFY2(longestGap < parseMs / 2,
                 qPrintable(QStringLiteral("the event loop stood still for %1 ms; the parse "
                                           "alone takes %2 ms")
                                .arg(longestGap)
                                .arg(parseMs)));
    }
};

QTEST_GUILESS_MAIN(TestIperf3FinalParse)
#include "tst_iperf3finalparse.moc"
