// The Prometheus endpoint for real: a Prometheus server (Debian's, started here on loopback
// with its own config and data folder, 1 s scrape interval) scrapes a running
// `perfdeck-cli run --metrics-listen` and its HTTP API gives the throughput back; promtool
// checks a scraped page; bad addresses and a port in use are refused naming the address.
#include "testhelpers.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace TestHelpers;

namespace {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

HttpResult httpGet(const QUrl &url, int timeoutMs = 5000) {
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return r;
}

QString tool(const char *name) {
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// A Prometheus server of the test's own: loopback only, a temporary data folder, killed by
// PID when the test ends.
class OwnPrometheus {
public:
    OwnPrometheus(const QString &dir, quint16 webPort, quint16 targetPort)
        : m_port(webPort) {
        QFile config(dir + QStringLiteral("/prometheus.yml"));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(QStringLiteral("global:\n"
                                        "  scrape_interval: 1s\n"
                                        "  scrape_timeout: 1s\n"
                                        "scrape_configs:\n"
                                        "  - job_name: perfdeck\n"
                                        "    static_configs:\n"
                                        "      - targets: ['127.0.0.1:%1']\n")
                             .arg(targetPort)
                             .toUtf8());
        }
        config.close();
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(tool("prometheus"),
                        {QStringLiteral("--config.file=") + config.fileName(),
                         QStringLiteral("--storage.tsdb.path=") + dir + QStringLiteral("/data"),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort),
                         QStringLiteral("--log.level=warn")});
    }
    ~OwnPrometheus() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }
    bool waitReady(int ms) {
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && m_process.state() == QProcess::Running) {
            if (httpGet(url(QStringLiteral("/-/ready")), 1000).status == 200)
                return true;
            QTest::qWait(200);
        }
        return false;
    }
    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    // The vector an instant query returns.
    QJsonArray query(const QString &promql) {
        QUrl u = url(QStringLiteral("/api/v1/query"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), promql);
        u.setQuery(q);
        const QJsonObject reply = QJsonDocument::fromJson(httpGet(u).body).object();
        return reply.value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("result"))
            .toArray();
    }
    QByteArray output() { return m_process.readAll(); }

private:
    QProcess m_process;
    quint16 m_port;
};

} // namespace

class TestMetricsServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void prometheusScrapesARunningCli() {
        if (tool("prometheus").isEmpty() || tool("promtool").isEmpty())
            QSKIP("prometheus is not installed (packaging/install-deps.sh installs it)");
        QTemporaryDir dir;
        const quint16 metricsPort = freePort();
        OwnPrometheus prometheus(dir.path(), freePort(), metricsPort);
        QVERIFY2(prometheus.waitReady(30000), prometheus.output().constData());

        QProcess cli;
        cli.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        cli.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("8"),
                   QStringLiteral("--interval"), QStringLiteral("0.5"),
                   QStringLiteral("--metrics-listen"),
                   QStringLiteral("127.0.0.1:%1").arg(metricsPort), QStringLiteral("--json"),
                   dir.filePath(QStringLiteral("r.json"))});
        const QByteArray announced = waitForStderr(cli, "/metrics", 10000);
        QVERIFY2(
            announced.contains(
                QStringLiteral("metrics: http://127.0.0.1:%1/metrics").arg(metricsPort).toUtf8()),
            announced.constData());

        // Prometheus scrapes every second: the rate comes back through its API mid-run.
        QJsonArray result;
        QElapsedTimer t;
        t.start();
        double value = 0;
        while (t.elapsed() < 15000 && cli.state() == QProcess::Running) {
            result = prometheus.query(QStringLiteral("perfdeck_run_throughput_bits_per_second"));
            if (!result.isEmpty()) {
                value = result.first()
                            .toObject()
                            .value(QStringLiteral("value"))
                            .toArray()
                            .at(1)
                            .toString()
                            .toDouble();
                if (value > 0)
                    break;
            }
            QTest::qWait(250);
        }
        QVERIFY2(value > 1e6, QJsonDocument(result).toJson().constData());
        const QJsonObject metric =
            result.first().toObject().value(QStringLiteral("metric")).toObject();
        QCOMPARE(metric.value(QStringLiteral("engine")).toString(), QStringLiteral("iperf3"));
        QCOMPARE(metric.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
        QCOMPARE(metric.value(QStringLiteral("client")).toString(), QStringLiteral("local"));
        QCOMPARE(metric.value(QStringLiteral("server")).toString(), QStringLiteral("local"));
        const QString runId = metric.value(QStringLiteral("run")).toString();
        QVERIFY(runId.startsWith(QLatin1String("run-")));
        const QJsonArray active = prometheus.query(QStringLiteral("perfdeck_runs_active"));
        QCOMPARE(active.size(), 1);

        // The page itself passes promtool's checks, served as text format 0.0.4.
        const HttpResult page =
            httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort)));
        QCOMPARE(page.status, 200);
        QVERIFY2(page.contentType.startsWith("text/plain; version=0.0.4"),
                 page.contentType.constData());
        const QStringList problems = promtoolProblems(page.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QVERIFY(page.body.contains(QByteArray("run=\"" + runId.toUtf8() + "\"")));
        QCOMPARE(
            httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/nothing").arg(metricsPort))).status,
            404);

        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        // The run Prometheus saw is the run in the results file.
        const QJsonObject doc = readJson(dir.filePath(QStringLiteral("r.json")));
        QCOMPARE(doc.value(QStringLiteral("runs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 runId);
    }

    void badAddressesAreRefusedBeforeAnyTest_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no port") << QStringList{QStringLiteral("--metrics-listen"),
                                                QStringLiteral("127.0.0.1")}
                                 << QStringLiteral("'127.0.0.1': expected ADDRESS:PORT");
        QTest::addRow("port out of range")
            << QStringList{QStringLiteral("--metrics-listen"), QStringLiteral(":70000")}
            << QStringLiteral("port must be a number");
        QTest::addRow("a name where an address is needed")
            << QStringList{QStringLiteral("--metrics-listen"), QStringLiteral("example:9464")}
            << QStringLiteral("'example' is not an IP address");
        QTest::addRow("unbracketed IPv6")
            << QStringList{QStringLiteral("--metrics-listen"), QStringLiteral("::1:9464")}
            << QStringLiteral("in brackets");
        QTest::addRow("statsd port 0")
            << QStringList{QStringLiteral("--statsd"), QStringLiteral("127.0.0.1:0")}
            << QStringLiteral("the port cannot be 0");
        QTest::addRow("statsd option-like host")
            << QStringList{QStringLiteral("--statsd"), QStringLiteral("-x:8125")}
            << QStringLiteral("cannot start with '-'");
        QTest::addRow("influx file in a missing folder")
            << QStringList{QStringLiteral("--influx-file"),
                           QStringLiteral("/nonexistent-perfdeck/x.lp")}
            << QStringLiteral("/nonexistent-perfdeck/x.lp");
    }
    void badAddressesAreRefusedBeforeAnyTest() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(
            QStringList{QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1")} +
            args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("[1/1]"))); // no test was started
    }

    void portInUseIsNamed() {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QString where = QStringLiteral("127.0.0.1:%1").arg(taken.serverPort());
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                    QStringLiteral("--metrics-listen"), where});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot listen for metrics on ") + where),
                 qPrintable(r.err));
    }

    void loopbackUnlessAskedOtherwise() {
        // ":0": the address left out is 127.0.0.1, never every interface.
        QProcess cli;
        cli.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        cli.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                   QStringLiteral("--metrics-listen"), QStringLiteral(":0")});
        const QByteArray err = waitForStderr(cli, "/metrics", 10000);
        QVERIFY2(err.contains("metrics: http://127.0.0.1:"), err.constData());
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
