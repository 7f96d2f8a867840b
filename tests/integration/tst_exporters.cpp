// StatsD and InfluxDB exporters fed by a real iperf3 run on loopback: the StatsD datagrams a
// UDP socket receives (gauges per interval, counter increments, bounded size), and the line
// protocol file parsed back (escaping, nanosecond timestamps, flushed while the run goes on,
// an earlier file's content kept).
#include "monitor/influxlinewriter.h"
#include "monitor/liveruns.h"
#include "monitor/statsdpusher.h"
#include "testhelpers.h"

#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

TestSpec shortSpec(double seconds) {
    TestSpec spec;
    spec.durationS = seconds;
    spec.intervalS = 0.5;
    return spec;
}

// One point of line protocol read back, undoing the escapes (an independent reader).
struct Point {
    QString measurement;
    QMap<QString, QString> tags;
    QMap<QString, QString> fields; // raw values (strings still quoted)
    qint64 timestamp = 0;
    bool ok = false;
};

// Splits at unescaped `separator` outside double quotes.
QStringList splitUnescaped(const QString &text, QChar separator) {
    QStringList parts;
    QString current;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

QString unescape(const QString &text) {
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

Point parsePoint(const QString &line) {
    Point p;
    const QStringList sections = splitUnescaped(line, QLatin1Char(' '));
    if (sections.size() != 3)
        return p;
    const QStringList head = splitUnescaped(sections.at(0), QLatin1Char(','));
    p.measurement = unescape(head.first());
    for (int i = 1; i < head.size(); ++i) {
        const QStringList kv = splitUnescaped(head.at(i), QLatin1Char('='));
        if (kv.size() != 2)
            return p;
        p.tags.insert(unescape(kv.at(0)), unescape(kv.at(1)));
    }
    for (const QString &field : splitUnescaped(sections.at(1), QLatin1Char(','))) {
        const QStringList kv = splitUnescaped(field, QLatin1Char('='));
        if (kv.size() != 2)
            return p;
        p.fields.insert(unescape(kv.at(0)), kv.at(1));
    }
    bool ok = false;
    p.timestamp = sections.at(2).toLongLong(&ok);
    p.ok = ok;
    return p;
}

} // namespace

class TestExporters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void influxEscaping_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QByteArray>("field");
        QTest::addRow("plain") << QStringLiteral("lab-1") << QByteArray("lab-1")
                               << QByteArray("\"lab-1\"");
        QTest::addRow("space") << QStringLiteral("a b") << QByteArray("a\\ b")
                               << QByteArray("\"a b\"");
        QTest::addRow("comma and equals")
            << QStringLiteral("a,b=c") << QByteArray("a\\,b\\=c") << QByteArray("\"a,b=c\"");
        QTest::addRow("quote") << QStringLiteral("a\"b") << QByteArray("a\"b")
                               << QByteArray("\"a\\\"b\"");
        QTest::addRow("backslash")
            << QStringLiteral("a\\b") << QByteArray("a\\\\b") << QByteArray("\"a\\\\b\"");
        QTest::addRow("newline becomes a space")
            << QStringLiteral("a\nb") << QByteArray("a\\ b") << QByteArray("\"a b\"");
    }
    void influxEscaping() {
        QFETCH(QString, value);
        QFETCH(QByteArray, tag);
        QFETCH(QByteArray, field);
        QCOMPARE(InfluxLineWriter::escapeTag(value), tag);
        QCOMPARE(InfluxLineWriter::quoteField(value), field);
    }

    void influxFileFollowsARealRun() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.lp"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("earlier,run=x value=1 1\n");
        }
        JobRunner runner;
        LiveRuns live;
        live.attach(&runner);
        InfluxLineWriter writer(&live);
        writer.setFlushIntervalMs(200);
        QString error;
        QVERIFY2(writer.start(path, &error), qPrintable(error));
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        TestSpec spec = shortSpec(3);
        spec.clientHost = QStringLiteral("local");
        const qint64 before = InfluxLineWriter::nowNs();
        runner.start({spec});
        // Flushed while the run goes on: points are on disk before it ends.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 200 || done, 20000);
        QVERIFY2(!done, "no point was on disk before the run ended");
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        writer.stop();
        const qint64 after = InfluxLineWriter::nowNs();

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("earlier,run=x value=1 1"));
        const QString id = live.run(0).runId;
        QList<Point> points;
        for (int i = 1; i < lines.size(); ++i) {
            const Point p = parsePoint(lines.at(i));
            QVERIFY2(p.ok, qPrintable(lines.at(i)));
            points << p;
        }
        QVERIFY2(points.size() >= 4, qPrintable(lines.join('\n')));
        QCOMPARE(points.size(), writer.pointsWritten());
        qint64 previous = 0;
        for (const Point &p : std::as_const(points)) {
            QCOMPARE(p.measurement, QStringLiteral("perfdeck_run"));
            QCOMPARE(p.tags.value(QStringLiteral("run")), id);
            QCOMPARE(p.tags.value(QStringLiteral("engine")), QStringLiteral("iperf3"));
            QCOMPARE(p.tags.value(QStringLiteral("protocol")), QStringLiteral("tcp"));
            QCOMPARE(p.tags.value(QStringLiteral("client")), QStringLiteral("local"));
            QCOMPARE(p.tags.value(QStringLiteral("server")), QStringLiteral("local"));
            QVERIFY(p.timestamp >= before && p.timestamp <= after);
            QVERIFY(p.timestamp >= previous);
            previous = p.timestamp;
            QVERIFY(p.fields.value(QStringLiteral("throughput_bps")).toDouble() > 0);
        }
        QCOMPARE(points.first().fields.value(QStringLiteral("status")),
                 QStringLiteral("\"running\""));
        QCOMPARE(points.last().fields.value(QStringLiteral("status")),
                 QStringLiteral("\"finished\""));
        QCOMPARE(points.last().fields.value(QStringLiteral("progress_ratio")).toDouble(), 1.0);
        // The last point carries the run's own summary figure.
        QCOMPARE(points.last().fields.value(QStringLiteral("throughput_bps")).toDouble(),
                 runner.results().first().summary.throughputBps.value_or(-1));
    }

    void influxFileThatCannotBeOpenedIsNamed() {
        LiveRuns live;
        InfluxLineWriter writer(&live);
        QString error;
        QVERIFY(!writer.start(QStringLiteral("/nonexistent-dir/x.lp"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent-dir/x.lp")), qPrintable(error));
    }

    void statsdDatagramsArriveDuringARealRun() {
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        JobRunner runner;
        runner.setMaxConcurrent(2);
        LiveRuns live;
        live.attach(&runner);
        StatsdPusher pusher(&live);
        pusher.setFlushIntervalMs(200);
        QString error;
        const auto target = ListenAddress::parse(
            QStringLiteral("127.0.0.1:%1").arg(receiver.localPort()), true, &error);
        QVERIFY2(target, qPrintable(error));
        QVERIFY2(pusher.start(*target, &error), qPrintable(error));
        bool done = false;
        connect(&runner, &JobRunner::finished, this, [&] { done = true; });
        QList<QByteArray> datagrams;
        QList<bool> whileRunning;
        connect(&receiver, &QUdpSocket::readyRead, this, [&] {
            while (receiver.hasPendingDatagrams()) {
                datagrams << receiver.receiveDatagram().data();
                whileRunning << !done;
            }
        });
        runner.start({shortSpec(3), shortSpec(3)});
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        pusher.stop();
        QTRY_VERIFY_WITH_TIMEOUT(datagrams.size() == pusher.datagramsSent(), 5000);
        QVERIFY(whileRunning.count(true) >= 3);

        QStringList lines;
        for (const QByteArray &d : std::as_const(datagrams)) {
            QVERIFY(d.size() <= StatsdPusher::MaxDatagramBytes);
            lines += QString::fromUtf8(d).split(QLatin1Char('\n'));
        }
        const QString path0 = QStringLiteral("perfdeck.iperf3.tcp.local.local.") +
                              StatsdPusher::pathComponent(live.run(0).runId);
        int throughput = 0;
        double retransmits = 0;
        for (const QString &line : std::as_const(lines)) {
            // name:value|type
            static const QRegularExpression re(
                QStringLiteral("^[A-Za-z0-9_.-]+:[-+0-9.e]+\\|(g|c)$"));
            QVERIFY2(re.match(line).hasMatch(), qPrintable(line));
            if (line.startsWith(path0 + QLatin1String(".throughput_bps:"))) {
                ++throughput;
                QVERIFY(line.section(':', 1).section('|', 0, 0).toDouble() > 0);
            }
            if (line.startsWith(path0 + QLatin1String(".retransmits:")))
                retransmits += line.section(':', 1).section('|', 0, 0).toDouble();
        }
        // One gauge per interval sample and one with the final figure.
        QCOMPARE(throughput, live.run(0).samples + 1);
        // The counter's increments add up to the run's retransmits.
        QCOMPARE(retransmits, live.run(0).retransmits.value_or(0));
        QVERIFY(lines.contains(QStringLiteral("perfdeck.runs_active:2|g")));
        QVERIFY(lines.contains(QStringLiteral("perfdeck.runs_active:0|g")));
    }

    void statsdBatchesAreSplitAtTheBound() {
        // 64 runs' figures in one flush: several datagrams, none over the bound, no line cut.
        QUdpSocket receiver;
        QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
        JobRunner runner;
        LiveRuns live;
        live.attach(&runner);
        StatsdPusher pusher(&live);
        pusher.setFlushIntervalMs(60000);
        QString error;
        QVERIFY(pusher.start(
            *ListenAddress::parse(QStringLiteral("127.0.0.1:%1").arg(receiver.localPort()), true,
                                  &error),
            &error));
        for (int i = 0; i < 64; ++i) {
            Q_EMIT runner.runStarted(i, QStringLiteral("run-%1").arg(i, 8, 10, QChar('0')),
                                     TestSpec());
            IntervalSample s;
            s.endS = 1;
            s.bps = 1e9 + i;
            s.retransmits = 1;
            Q_EMIT runner.intervalSample(i, s);
        }
        pusher.flush();
        QTRY_VERIFY_WITH_TIMEOUT(receiver.hasPendingDatagrams(), 5000);
        QTest::qWait(200);
        int datagrams = 0;
        int lines = 0;
        QList<QByteArray> payloads;
        while (receiver.hasPendingDatagrams()) {
            const QByteArray d = receiver.receiveDatagram().data();
            payloads << d;
            ++datagrams;
            QVERIFY(d.size() <= StatsdPusher::MaxDatagramBytes);
            for (const QByteArray &line : d.split('\n')) {
                QVERIFY2(line.startsWith("perfdeck."), line.constData());
                QVERIFY2(line.endsWith("|g") || line.endsWith("|c"), line.constData());
                ++lines;
            }
        }
        QVERIFY(datagrams > 1);
        QCOMPARE(datagrams, pusher.datagramsSent());
        // throughput, progress, retransmits per run, plus runs_active: all in this batch.
        QCOMPARE(lines, 64 * 3 + 1);
        // Packed densely: a datagram was sent only when its next line did not fit.
        for (int i = 0; i + 1 < payloads.size(); ++i) {
            const qsizetype next = payloads.at(i + 1).indexOf('\n');
            QVERIFY(payloads.at(i).size() + 1 + (next < 0 ? payloads.at(i + 1).size() : next) >
                    StatsdPusher::MaxDatagramBytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
