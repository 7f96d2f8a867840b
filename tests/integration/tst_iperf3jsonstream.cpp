// The iperf3 >= 3.17 path of Iperf3Run: the client's --json-stream lines become live samples
// and the assembled document the final result. Debian 12 has iperf3 3.12, so the fake tool
// impersonates a newer iperf3 (through a link named "iperf3") replaying streams converted
// from real captures (tests/data/iperf3/stream_*.jsonl).
#include "exec/jobrunner.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

struct Outcome {
    QList<IntervalSample> samples;
    QList<qint64> sampleTimes;
    RunResult result;
    qint64 doneAt = -1;
};

Outcome runWithFakeIperf3(const QString &streamFile, const TestSpec &spec) {
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("iperf3"));
    QFile::link(QStringLiteral(PERFDECK_FAKE_TOOL), link);
    qputenv("FAKE_IPERF3_STREAM", QByteArray(PERFDECK_TEST_DATA "/iperf3/") + streamFile.toUtf8());
    qputenv("FAKE_IPERF3_DELAY_MS", "400");
    Outcome o;
    JobRunner runner;
    runner.setIperf3Path(link);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&runner, &JobRunner::intervalSample, &runner,
                     [&o, &clock](int, const IntervalSample &s) {
                         o.samples << s;
                         o.sampleTimes << clock.elapsed();
                     });
    QObject::connect(&runner, &JobRunner::runFinished, &runner,
                     [&o, &clock](int, const RunResult &r) {
                         o.result = r;
                         o.doneAt = clock.elapsed();
                     });
    runner.start({spec});
    // The callers check doneAt: a run that did not finish in time fails there.
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&o] { return o.doneAt >= 0; }, 30000);
    return o;
}

} // namespace

class TestIperf3JsonStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samplesArriveLiveAndResultIsComplete() {
        TestSpec spec;
        spec.durationS = 2;
        spec.parallel = 2;
        spec.direction = Direction::Bidir;
        const Outcome o = runWithFakeIperf3(QStringLiteral("stream_tcp_p2_bidir.jsonl"), spec);
        QVERIFY(o.doneAt >= 0);
        QVERIFY2(o.samples.size() == 2, qPrintable(o.result.error));
        // Each sample arrived as its line was printed, well before the client ended.
        QVERIFY2(o.sampleTimes.first() < o.doneAt - 500,
                 qPrintable(QStringLiteral("%1 vs %2").arg(o.sampleTimes.first()).arg(o.doneAt)));
        QVERIFY(o.samples.first().bps.value_or(0) > 0);
        QVERIFY(o.samples.first().reverseBps.value_or(0) > 0);
        QVERIFY2(o.result.status == RunStatus::Ok, qPrintable(o.result.error));
        QCOMPARE_ENUM(o.result.direction, Direction::Bidir);
        QVERIFY(o.result.reverseSummary.has_value());
        QCOMPARE(o.result.intervals.size(), 2);
        QVERIFY(o.result.command.contains(QStringLiteral("--json-stream")));
    }

    void streamedErrorIsReported() {
        TestSpec spec;
        spec.durationS = 1;
        const Outcome o = runWithFakeIperf3(QStringLiteral("stream_error.jsonl"), spec);
        QVERIFY(o.doneAt >= 0);
        QCOMPARE_ENUM(o.result.status, RunStatus::Error);
        QVERIFY2(!o.result.error.isEmpty(), "the streamed error must reach the result");
    }
};

QTEST_GUILESS_MAIN(TestIperf3JsonStream)
#include "tst_iperf3jsonstream.moc"
