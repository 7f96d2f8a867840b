// QoS tests on loopback with the real perfdeck-probe: a QosRun (reflector started through the
// local launcher) over IPv4 and IPv6, the CLI's `qos` command and its results document, a
// reflector that is fed hostile datagrams and keeps working, and the probe's lifetime (idle
// timeout, its controller closing stdin, a stop in the middle).
#include "testhelpers.h"

#include "exec/locallauncher.h"
#include "probedatagram.h"
#include "qos/probeparser.h"
#include "qos/qosclassresult.h"
#include "qos/qosrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <vector>

using namespace Perfdeck;

namespace {

const QString Probe = QStringLiteral(PERFDECK_PROBE_BIN);

struct RunOutcome {
    QList<RunResult> results;
    QString error;
    QStringList messages;
    int intervals = 0;
};

RunOutcome runQos(QosRequest request, HostLauncher *sender, HostLauncher *reflector,
                  int cancelAfterMs = -1) {
    request.probePath = Probe;
    QosRun run(request, sender, reflector);
    RunOutcome out;
    bool done = false;
    QObject ctx;
    QObject::connect(&run, &QosRun::finished, &ctx, [&] { done = true; });
    QObject::connect(&run, &QosRun::message, &ctx, [&](const QString &m) { out.messages << m; });
    QObject::connect(&run, &QosRun::intervalMeasured, &ctx,
                     [&](int, const IntervalSample &) { ++out.intervals; });
    run.start();
    if (cancelAfterMs >= 0) {
        QTest::qWait(cancelAfterMs);
        run.cancel();
    }
    if (!QTest::qWaitFor([&] { return done; }, int(request.durationS * 1000) + 30000))
        out.error = QStringLiteral("QosRun did not finish");
    out.results = run.results();
    if (out.error.isEmpty())
        out.error = run.error();
    return out;
}

// A reflector started by the test, its "listening" line read.
struct Reflector {
    QProcess process;
    ProbeParser output;
    bool start(const QStringList &extra = {}, const QString &bind = QStringLiteral("127.0.0.1")) {
        process.start(Probe, QStringList{QStringLiteral("reflect"), QStringLiteral("--bind"), bind,
                                         QStringLiteral("--port"), QStringLiteral("0")} +
                                 extra);
        if (!process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (output.listeningPort() == 0 && t.elapsed() < 10000) {
            process.waitForReadyRead(200);
            while (process.canReadLine())
                output.addLine(QString::fromUtf8(process.readLine()));
        }
        return output.listeningPort() != 0;
    }
    // Everything up to its exit.
    bool finish(int timeoutMs) {
        const bool ended = process.waitForFinished(timeoutMs);
        for (const QByteArray &line : process.readAll().split('\n'))
            if (!line.isEmpty())
                output.addLine(QString::fromUtf8(line));
        return ended;
    }
    ~Reflector() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

QList<DscpClass> classes(const QString &list, double pps = 200) {
    QString error;
    QList<DscpClass> out = *DscpClass::parseList(list, &error);
    for (DscpClass &c : out)
        c.pps = pps;
    return out;
}

} // namespace

class TstQosProbe final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(Probe).isExecutable(), qPrintable(Probe)); }

    void probeIsStatic() {
        // Linked statically so `hosts deploy --tools probe` can copy it to any Linux host.
        const QString probe = QStringLiteral(PERFDECK_STATIC_PROBE_BIN);
        if (probe.isEmpty())
            QSKIP("this build links perfdeck-probe dynamically (PERFDECK_STATIC_PROBE=OFF) and "
                  "builds no static copy");
        QProcess file;
        file.start(QStringLiteral("file"), {probe});
        if (!file.waitForFinished(10000) || file.exitCode() != 0)
            QSKIP("no file(1)");
        const QString text = QString::fromUtf8(file.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("statically linked")), qPrintable(text));
        // And the static binary runs: it answers --version.
        QProcess run;
        run.start(probe, {QStringLiteral("--version")});
        QVERIFY2(run.waitForFinished(10000), qPrintable(probe));
        QCOMPARE(run.exitCode(), 0);
        QVERIFY2(run.readAllStandardOutput().contains("perfdeck-probe"), qPrintable(probe));
    }

    void loopbackClassesArriveKept_data() {
        QTest::addColumn<QString>("address");
        QTest::addRow("ipv4") << "127.0.0.1";
        QTest::addRow("ipv6") << "::1";
    }
    void loopbackClassesArriveKept() {
        QFETCH(QString, address);
        LocalLauncher launcher(LocalLauncher::LocalHostName, address);
        QosRequest request;
        request.classes = classes(QStringLiteral("EF,AF41,CS1,CS0"));
        request.durationS = 2;
        request.intervalS = 0.5;
        const RunOutcome out = runQos(request, &launcher, &launcher);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error + u'\n' + out.messages.join(u'\n')));
        QCOMPARE(out.results.size(), 4);
        QVERIFY(out.intervals >= 4 * 3);
        const QList<int> codes{46, 34, 8, 0};
        for (int i = 0; i < 4; ++i) {
            const RunResult &r = out.results[i];
            QVERIFY2(r.status == RunStatus::Ok, qPrintable(r.error));
            QCOMPARE(toString(r.engine), toString(Engine::Probe));
            QCOMPARE(r.clientHost, LocalLauncher::LocalHostName);
            QVERIFY2(r.server.startsWith(address.contains(u':') ? u'[' + address : address),
                     qPrintable(r.server));
            QCOMPARE(r.summary.packets, 400.0);
            QCOMPARE(r.summary.lostPackets, 0.0);
            QVERIFY(r.summary.rttMeanUs.value_or(0) > 0);
            QVERIFY(r.summary.jitterMs.has_value());
            QCOMPARE(r.intervals.size(), 4);
            const QosClassResult q = QosClassResult::fromJson(r.qos);
            QCOMPARE(q.sentDscp, codes[i]);
            // On loopback nothing rewrites the marks: every datagram arrived as sent, and the
            // echo came back in the same class.
            QCOMPARE(q.receivedDscp, (QMap<int, qint64>{{codes[i], 400}}));
            QCOMPARE(q.returnDscp, (QMap<int, qint64>{{codes[i], 400}}));
            QCOMPARE(QosClassResult::toString(q.verdict),
                     QosClassResult::toString(QosClassResult::Verdict::Kept));
            QCOMPARE(r.group, out.results[0].group);
        }
    }

    void cancelKeepsWhatWasMeasured() {
        LocalLauncher launcher;
        QosRequest request;
        request.classes = classes(QStringLiteral("EF"));
        request.durationS = 30;
        request.intervalS = 0.5;
        QElapsedTimer t;
        t.start();
        const RunOutcome out = runQos(request, &launcher, &launcher, 1500);
        QVERIFY2(t.elapsed() < 10000, "cancel took too long");
        QCOMPARE(out.results.size(), 1);
        const RunResult &r = out.results[0];
        QCOMPARE(toString(r.status), toString(RunStatus::Partial));
        QVERIFY(r.summary.packets.value_or(0) > 100);
        QVERIFY(r.summary.packets.value_or(1e9) < 30 * 200);
        QCOMPARE(QosClassResult::toString(QosClassResult::fromJson(r.qos).verdict),
                 QosClassResult::toString(QosClassResult::Verdict::Kept));
    }

    void missingReflectorIsAnError() {
        // A port where nothing answers: the run ends with an error naming it, not a hang.
        LocalLauncher launcher;
        QUdpSocket placeholder;
        QVERIFY(placeholder.bind(QHostAddress::LocalHost, 0));
        const quint16 port = placeholder.localPort();
        placeholder.close(); // nothing listens there now
        QosRequest request;
        request.classes = classes(QStringLiteral("EF"));
        request.durationS = 1;
        request.targetHost = QStringLiteral("127.0.0.1");
        request.targetPort = port;
        const RunOutcome out = runQos(request, &launcher, nullptr);
        QCOMPARE(out.results.size(), 1);
        QCOMPARE(toString(out.results[0].status), toString(RunStatus::Error));
        QVERIFY2(out.results[0].error.contains(QStringLiteral("no reply from the reflector")),
                 qPrintable(out.results[0].error));
    }

    void reflectorSurvivesHostileDatagrams() {
        Reflector reflector;
        QVERIFY(reflector.start({QStringLiteral("--idle-timeout"), QStringLiteral("20")}));
        const quint16 port = reflector.output.listeningPort();
        QUdpSocket attacker;
        const QHostAddress to(QHostAddress::LocalHost);
        attacker.writeDatagram(QByteArray("abc"), to, port);    // too short
        attacker.writeDatagram(QByteArray(500, 'Z'), to, port); // wrong magic
        attacker.writeDatagram(QByteArray(), to, port);         // empty
        std::vector<std::uint8_t> b(200);
        probe::ProbeDatagram d;
        d.session = 7;
        d.sequence = 0;
        d.encode(b.data(), b.size());
        attacker.writeDatagram(reinterpret_cast<const char *>(b.data()), qint64(b.size()), to,
                               port);
        d.sequence = 1ull << 50; // a forged jump
        d.encode(b.data(), b.size());
        attacker.writeDatagram(reinterpret_cast<const char *>(b.data()), qint64(b.size()), to,
                               port);
        d.kind = probe::ProbeDatagram::Kind::Echo; // an echo sent to the reflector
        d.encode(b.data(), b.size());
        attacker.writeDatagram(reinterpret_cast<const char *>(b.data()), qint64(b.size()), to,
                               port);
        QTest::qWait(200);
        // Real traffic afterwards is measured as if nothing had happened.
        LocalLauncher launcher;
        QosRequest request;
        request.classes = classes(QStringLiteral("AF41"));
        request.durationS = 1;
        request.targetHost = QStringLiteral("127.0.0.1");
        request.targetPort = port;
        const RunOutcome out = runQos(request, &launcher, nullptr);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.results.value(0).summary.lostPackets, 0.0);
        QCOMPARE(
            QosClassResult::toString(QosClassResult::fromJson(out.results.value(0).qos).verdict),
            QosClassResult::toString(QosClassResult::Verdict::Kept));
        reflector.process.terminate();
        QVERIFY(reflector.finish(10000));
        const QJsonObject end = reflector.output.reflectorEnd();
        QCOMPARE(end.value(QLatin1String("reason")).toString(), QStringLiteral("signal"));
        QCOMPARE(end.value(QLatin1String("invalid")).toInt(), 3);
        QCOMPARE(end.value(QLatin1String("refused_sequence_jumps")).toInt(), 1);
        QCOMPARE(end.value(QLatin1String("wrong_kind")).toInt(), 1);
    }

    void reflectorEndsWhenIdle() {
        Reflector reflector;
        QElapsedTimer t;
        t.start();
        QVERIFY(reflector.start({QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
        QVERIFY(reflector.finish(10000));
        QVERIFY(t.elapsed() < 8000);
        QCOMPARE(reflector.output.endReason(), QStringLiteral("idle timeout"));
    }

    void reflectorEndsWhenItsControllerCloses() {
        Reflector reflector;
        QVERIFY(reflector.start({QStringLiteral("--watch-stdin")}));
        reflector.process.closeWriteChannel(); // what a dropped SSH channel looks like
        QVERIFY(reflector.finish(10000));
        QCOMPARE(reflector.output.endReason(), QStringLiteral("stdin closed"));
    }

    void badArgumentsAreErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no mode") << QStringList{} << "no mode";
        QTest::addRow("name, not address")
            << QStringList{"send", "--target", "localhost", "--port", "9", "--class", "EF:46:1:200"}
            << "not a numeric";
        QTest::addRow("bad class")
            << QStringList{"send", "--target", "127.0.0.1", "--port", "9", "--class", "EF:99:1:200"}
            << "DSCP must be 0-63";
        QTest::addRow("bind taken name")
            << QStringList{"reflect", "--bind", "no.such.host"} << "not a numeric";
    }
    void badArgumentsAreErrors() {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(Probe, args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const ProbeParser out = ProbeParser::parse(p.readAllStandardOutput());
        QFETCH(QString, message);
        QVERIFY2(out.probeError().contains(message), qPrintable(out.probeError()));
    }

    void cliQosJson() {
        const TestHelpers::CliResult r = TestHelpers::runCli(
            {QStringLiteral("qos"), QStringLiteral("--classes"), QStringLiteral("EF,AF41,CS0"),
             QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--rate"),
             QStringLiteral("300"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QLatin1String("format")).toString(),
                 QStringLiteral("perfdeck.results/1"));
        const QJsonArray runs = doc.value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        QStringList seen;
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            QCOMPARE(run.value(QLatin1String("engine")).toString(), QStringLiteral("probe"));
            const QJsonObject qos = run.value(QLatin1String("qos")).toObject();
            QCOMPARE(qos.value(QLatin1String("verdict")).toString(), QStringLiteral("kept"));
            seen << run.value(QLatin1String("class")).toString();
            QCOMPARE(run.value(QLatin1String("summary"))
                         .toObject()
                         .value(QLatin1String("packets"))
                         .toDouble(),
                     300.0);
        }
        QCOMPARE(seen, (QStringList{"EF", "AF41", "CS0"}));
    }

    void cliQosTable() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("qos.json"));
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        const TestHelpers::CliResult r = TestHelpers::runCli(
            {QStringLiteral("qos"), QStringLiteral("--classes"), QStringLiteral("EF,CS0"),
             QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--ipv6"),
             QStringLiteral("--results"), file, QStringLiteral("--history-db"), db,
             QStringLiteral("--tag"), QStringLiteral("dscp-audit")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("history: stored 2 runs in ") + db),
                 qPrintable(r.err));
        // The classes are in the history (a real SQLite file) like the runs of `run`.
        const TestHelpers::CliResult listed = TestHelpers::runCli(
            {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history-db"), db,
             QStringLiteral("--tag"), QStringLiteral("dscp-audit"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray stored = QJsonDocument::fromJson(listed.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("runs"))
                                      .toArray();
        QCOMPARE(stored.size(), 2);
        for (const QJsonValue &v : stored) {
            QCOMPARE(v.toObject().value(QLatin1String("engine")).toString(),
                     QStringLiteral("probe"));
            QCOMPARE(v.toObject().value(QLatin1String("profile")).toString(),
                     QStringLiteral("qos"));
        }
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("class")), qPrintable(r.out));
        QVERIFY2(lines[1].contains(QStringLiteral("EF (46)")) &&
                     lines[1].contains(QStringLiteral("kept")),
                 qPrintable(r.out));
        QVERIFY2(lines[2].contains(QStringLiteral("CS0 (0)")), qPrintable(r.out));
        const QJsonObject saved = TestHelpers::readJson(file);
        QCOMPARE(saved.value(QLatin1String("runs")).toArray().size(), 2);
        QVERIFY(saved.value(QLatin1String("runs"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("server"))
                    .toString()
                    .startsWith(QStringLiteral("[::1]:")));
    }

    void markedRunSaysWhatArrived_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("probed");
        QTest::addRow("with the probe") << QStringList{} << true;
        QTest::addRow("--no-dscp-probe") << QStringList{"--no-dscp-probe"} << false;
    }
    void markedRunSaysWhatArrived() {
        if (!TestHelpers::iperf3Available())
            QSKIP("needs iperf3");
        QFETCH(QStringList, extra);
        QFETCH(bool, probed);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.json"));
        const TestHelpers::CliResult r = TestHelpers::runCli(
            QStringList{QStringLiteral("run"), QStringLiteral("--dscp"), QStringLiteral("AF41"),
                        QStringLiteral("--duration"), QStringLiteral("2"),
                        QStringLiteral("--no-history"), QStringLiteral("--json"), file} +
            extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject run =
            TestHelpers::readJson(file).value(QLatin1String("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QLatin1String("engine")).toString(), QStringLiteral("iperf3"));
        const QJsonObject qos = run.value(QLatin1String("qos")).toObject();
        QCOMPARE(!qos.isEmpty(), probed);
        if (probed) {
            QCOMPARE(qos.value(QLatin1String("sent_dscp")).toInt(), 34);
            QCOMPARE(qos.value(QLatin1String("verdict")).toString(), QStringLiteral("kept"));
            QVERIFY2(r.err.contains(QStringLiteral("DSCP AF41 (34): kept")), qPrintable(r.err));
        }
    }

    void cliBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no classes") << QStringList{"qos"} << "--classes is required";
        QTest::addRow("bad class") << QStringList{"qos", "--classes", "EF,XY"} << "'XY'";
        QTest::addRow("target without port")
            << QStringList{"qos", "--classes", "EF", "--target", "127.0.0.1"} << "HOST:PORT";
        QTest::addRow("target and hosts")
            << QStringList{"qos", "--classes", "EF", "--target", "127.0.0.1:5", "--clients", "a"}
            << "either --target";
        QTest::addRow("rate zero")
            << QStringList{"qos", "--classes", "EF", "--rate", "0"} << "--rate";
        QTest::addRow("unknown host")
            << QStringList{"qos", "--classes", "EF", "--clients", "nowhere", "--servers", "local"}
            << "nowhere";
    }
    void cliBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const TestHelpers::CliResult r = TestHelpers::runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstQosProbe)
#include "tst_qosprobe.moc"
