// perfdeck-cli serve for real: a run started through POST /api/runs with the token runs
// real iperf3 on loopback, shows in GET /api/runs and the event stream, DELETE stops it and
// GET /api/runs/ID gives its results document; control without the token, a foreign Host
// header (DNS rebinding), a foreign Origin and a target outside the allowed ones are refused;
// not on loopback, reading needs the token too.
#include "sshdfixture.h"
#include "testhelpers.h"
#include "webfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

namespace {

struct Reply {
    int status = 0;
    QByteArray headers;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// One request on its own connection, written by hand so the test controls every header.
Reply request(quint16 port, const QByteArray &method, const QByteArray &path,
              const QByteArray &token = {}, const QByteArray &body = {}, QByteArray host = {},
              const QByteArray &extra = {}) {
    if (host.isEmpty())
        host = "127.0.0.1:" + QByteArray::number(port);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    Reply r;
    if (!socket.waitForConnected(5000))
        return r;
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra;
    if (!token.isEmpty())
        text += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        text +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    socket.write(text + "\r\n" + body);
    QByteArray data;
    QElapsedTimer t;
    t.start();
    qsizetype want = -1;
    while (t.elapsed() < 30000 && (want < 0 || data.size() < want)) {
        if (!socket.waitForReadyRead(500) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (want < 0 && end >= 0) {
            static const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"),
                                                   QRegularExpression::CaseInsensitiveOption);
            const auto m = length.match(QString::fromLatin1(data.left(end)));
            want = m.hasMatch() ? end + 4 + m.captured(1).toLongLong() : -1;
        }
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    r.headers = data.left(end);
    r.body = data.mid(end + 4);
    r.status = data.mid(9, 3).toInt();
    return r;
}

} // namespace

class TestWebDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed (run packaging/install-deps.sh)");
    }

    void startWatchStopAndReadBack() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        ServeProcess serve({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--history-db"), db});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        const quint16 port = serve.port();
        QVERIFY(serve.token().size() >= 40);

        // The page and its script come from the binary, with a policy against other origins.
        const Reply page = request(port, "GET", "/");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<script src=\"/app.js\">"));
        QVERIFY(page.headers.contains("Content-Security-Policy: default-src 'self'"));
        QCOMPARE(request(port, "GET", "/app.js").status, 200);

        // Control without the token is refused; with it the run starts.
        const QByteArray spec = R"({"duration_s": 10, "interval_s": 0.5, "protocol": "tcp"})";
        QCOMPARE(request(port, "POST", "/api/runs", {}, spec).status, 401);
        QCOMPARE(request(port, "POST", "/api/runs", "wrong-token-wrong-token", spec).status, 401);
        const Reply started = request(port, "POST", "/api/runs", serve.token(), spec);
        QCOMPARE(started.status, 201);
        const QString id = started.json().object().value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("run-")), started.body.constData());

        // On loopback, reading needs no token; the rate appears and changes.
        QList<double> rates;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && rates.size() < 3) {
            const QJsonArray runs = request(port, "GET", "/api/runs").json().array();
            for (const QJsonValue &v : runs) {
                const QJsonObject run = v.toObject();
                if (run.value(QStringLiteral("id")).toString() == id &&
                    run.value(QStringLiteral("rate_bps")).toDouble() > 0 &&
                    (rates.isEmpty() ||
                     rates.last() != run.value(QStringLiteral("rate_bps")).toDouble()))
                    rates << run.value(QStringLiteral("rate_bps")).toDouble();
            }
            QTest::qWait(300);
        }
        QVERIFY2(rates.size() >= 2, qPrintable(QString::number(rates.size())));
        const Reply live = request(port, "GET", "/api/runs/" + id.toUtf8());
        QCOMPARE(live.status, 202); // still running: no results document yet
        const Reply status = request(port, "GET", "/api/status");
        QCOMPARE(status.json().object().value(QStringLiteral("active_runs")).toInt(), 1);

        // The event stream sends the runs and the log.
        {
            QTcpSocket events;
            events.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(events.waitForConnected(5000));
            events.write("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                         "\r\n\r\n");
            QByteArray stream;
            QTRY_VERIFY_WITH_TIMEOUT((stream += events.readAll()).count("event: runs") >= 2, 10000);
            QVERIFY(stream.contains("text/event-stream"));
            QVERIFY(stream.contains("event: log"));
            QVERIFY(stream.contains(id.toUtf8()));
        }

        // Stop: without the token refused, with it the run ends early with its data.
        QCOMPARE(request(port, "DELETE", "/api/runs/" + id.toUtf8()).status, 401);
        const Reply stopping = request(port, "DELETE", "/api/runs/" + id.toUtf8(), serve.token());
        QCOMPARE(stopping.status, 202);
        Reply done;
        QTRY_VERIFY_WITH_TIMEOUT(
            (done = request(port, "GET", "/api/runs/" + id.toUtf8())).status == 200, 15000);
        const QJsonObject doc = done.json().object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(),
                 QStringLiteral("perfdeck.results/1"));
        const QJsonObject run = doc.value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("id")).toString(), id);
        QVERIFY(run.value(QStringLiteral("duration_s")).toDouble() < 9.5);
        QVERIFY(!run.value(QStringLiteral("intervals")).toArray().isEmpty());
        const QJsonArray runs = request(port, "GET", "/api/runs").json().array();
        QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("stopped"));
        QCOMPARE(request(port, "DELETE", "/api/runs/" + id.toUtf8(), serve.token()).status, 409);
        QCOMPARE(request(port, "DELETE", "/api/runs/run-nothing", serve.token()).status, 404);
        const QJsonArray log = request(port, "GET", "/api/log").json().array();
        QVERIFY(log.size() > 3);

        // The run is in the history database (a real SQLite file), as runs of `run` are.
        QJsonArray stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            (stored = QJsonDocument::fromJson(
                          runCli({QStringLiteral("history"), QStringLiteral("list"),
                                  QStringLiteral("--history-db"), db, QStringLiteral("--json")})
                              .out.toUtf8())
                          .object()
                          .value(QStringLiteral("runs"))
                          .toArray())
                    .size() == 1,
            10000);
        QCOMPARE(stored.first().toObject().value(QStringLiteral("run_id")).toString(), id);
        QCOMPARE(stored.first().toObject().value(QStringLiteral("origin")).toString(),
                 QStringLiteral("run"));
    }

    // A run from the web whose client and server are inventory hosts reached over SSH (a real
    // sshd on loopback): both iperf3 ends start there, the run is measured and its document
    // names the hosts; a host the inventory does not know is refused, naming it; without
    // --known-hosts knowing the sshd, the run fails with the host key, not silently trusted.
    void runsOnInventoryHostsOverSsh() {
        if (!TestHelpers::SshdFixture::available())
            QSKIP("OpenSSH server (sshd) is not installed");
        TestHelpers::SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hosts = dir.filePath(QStringLiteral("hosts.yaml"));
        QFile f(hosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("format: perfdeck.hosts/1\nhosts:\n"
                               "  - name: alpha\n    address: 127.0.0.1\n    port: %1\n"
                               "    user: %2\n    auth: key\n    identity_file: %3\n"
                               "  - name: beta\n    address: 127.0.0.1\n    port: %1\n"
                               "    user: %2\n    auth: key\n    identity_file: %3\n")
                    .arg(sshd.port())
                    .arg(sshd.loginUser(), sshd.userKey())
                    .toUtf8());
        f.close();
        const QString knownHosts = sshd.writeKnownHosts();
        ServeProcess serve({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--hosts"), hosts, QStringLiteral("--known-hosts"),
                            knownHosts, QStringLiteral("--no-history")});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        const quint16 port = serve.port();

        const Reply unknown = request(port, "POST", "/api/runs", serve.token(),
                                      R"({"duration_s": 1, "client_host": "gamma"})");
        QCOMPARE(unknown.status, 403);
        QVERIFY2(unknown.body.contains("gamma"), unknown.body.constData());

        const Reply started =
            request(port, "POST", "/api/runs", serve.token(),
                    R"({"duration_s": 2, "interval_s": 0.5, "client_host": "alpha", )"
                    R"("server_host": "beta"})");
        QCOMPARE(started.status, 201);
        const QByteArray id =
            started.json().object().value(QStringLiteral("id")).toString().toUtf8();
        Reply done;
        QTRY_VERIFY_WITH_TIMEOUT((done = request(port, "GET", "/api/runs/" + id)).status == 200,
                                 60000);
        const QJsonObject run =
            done.json().object().value(QStringLiteral("runs")).toArray().first().toObject();
        QVERIFY2(run.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 done.body.constData());
        QCOMPARE(run.value(QStringLiteral("client_host")).toString(), QStringLiteral("alpha"));
        QCOMPARE(run.value(QStringLiteral("server_host")).toString(), QStringLiteral("beta"));
        QVERIFY(run.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);
        // The tools ran through the sshd: it logged the login user's sessions.
        QVERIFY2(sshd.log().contains(QLatin1String("Accepted publickey")), qPrintable(sshd.log()));

        // The same with a known_hosts that does not know the sshd: refused, the key named.
        ServeProcess strict({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--hosts"), hosts, QStringLiteral("--known-hosts"),
                             dir.filePath(QStringLiteral("empty_known_hosts")),
                             QStringLiteral("--no-history")});
        QVERIFY2(strict.waitReady(), strict.stderrText().constData());
        const Reply refusedStart = request(strict.port(), "POST", "/api/runs", strict.token(),
                                           R"({"duration_s": 1, "client_host": "alpha"})");
        QCOMPARE(refusedStart.status, 201);
        const QByteArray refusedId =
            refusedStart.json().object().value(QStringLiteral("id")).toString().toUtf8();
        Reply failed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (failed = request(strict.port(), "GET", "/api/runs/" + refusedId)).status == 200,
            30000);
        const QJsonObject failedRun =
            failed.json().object().value(QStringLiteral("runs")).toArray().first().toObject();
        QVERIFY(failedRun.value(QStringLiteral("status")).toString() != QLatin1String("ok"));
        QVERIFY2(failedRun.value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("--accept-new-host-keys")),
                 failed.body.constData());
    }

    void browserShowsALiveRateAndStopsTheRun() {
        if (!browserAvailable())
            QSKIP("chromium and chromium-driver are not installed (packaging/install-deps.sh)");
        ServeProcess serve({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        QTemporaryDir profile;
        Browser browser(profile.path());
        QVERIFY2(browser.ok(), qPrintable(browser.error()));
        browser.open(QStringLiteral("http://127.0.0.1:%1/#token=%2")
                         .arg(serve.port())
                         .arg(QString::fromUtf8(serve.token())));
        QTRY_COMPARE_WITH_TIMEOUT(browser.text(QStringLiteral("#connection")),
                                  QStringLiteral("live"), 20000);
        // Start from the page's own form.
        QVERIFY(browser.setValue(QStringLiteral("#duration"), QStringLiteral("15")));
        QVERIFY(browser.click(QStringLiteral("#start")));
        QTRY_VERIFY_WITH_TIMEOUT(
            browser.text(QStringLiteral("#message")).startsWith(QLatin1String("started run-")),
            20000);
        const QString id = browser.text(QStringLiteral("#message")).section(QLatin1Char(' '), 1);
        const QString row = QStringLiteral("tr[data-run=\"%1\"]").arg(id);
        // The rate shown changes while the run goes on.
        QStringList rates;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && rates.size() < 3) {
            const QString rate = browser.text(row + QStringLiteral(" td.rate"));
            if (rate.contains(QLatin1String("bit/s")) && (rates.isEmpty() || rates.last() != rate))
                rates << rate;
            QTest::qWait(300);
        }
        QVERIFY2(rates.size() >= 2, qPrintable(rates.join(QLatin1String(" | "))));
        QCOMPARE(browser.text(row + QStringLiteral(" td.status")), QStringLiteral("running"));
        // Its Stop button ends the run early.
        QVERIFY(browser.click(row + QStringLiteral(" button.stop")));
        QTRY_VERIFY_WITH_TIMEOUT(
            browser.text(row + QStringLiteral(" td.status")).startsWith(QLatin1String("stopped")),
            15000);
        const QJsonObject doc =
            request(serve.port(), "GET", "/api/runs/" + id.toUtf8()).json().object();
        const QJsonObject run = doc.value(QStringLiteral("runs")).toArray().first().toObject();
        QVERIFY(run.value(QStringLiteral("duration_s")).toDouble() < 14);
    }

    void browserStartsARunTowardsAnInventoryHost() {
        if (!browserAvailable())
            QSKIP("chromium and chromium-driver are not installed (packaging/install-deps.sh)");
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        // The inventory host's own iperf3 server (started by the test, not by Perfdeck).
        const quint16 serverPort = freePort();
        OwnIperf3Server server(serverPort);
        QVERIFY2(server.waitListening(10000), server.output().constData());
        QTemporaryDir dir;
        const QString hosts = dir.filePath(QStringLiteral("hosts.yaml"));
        QFile f(hosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: perfdeck.hosts/1\nhosts:\n  - name: lab\n    address: 127.0.0.1\n");
        f.close();
        ServeProcess serve({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--hosts"), hosts});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        QTemporaryDir profile;
        Browser browser(profile.path());
        QVERIFY2(browser.ok(), qPrintable(browser.error()));
        browser.open(QStringLiteral("http://127.0.0.1:%1/#token=%2")
                         .arg(serve.port())
                         .arg(QString::fromUtf8(serve.token())));
        QTRY_COMPARE_WITH_TIMEOUT(browser.text(QStringLiteral("#connection")),
                                  QStringLiteral("live"), 20000);
        // The page offers the inventory's host beside the embedded server.
        const QString option = QStringLiteral("#target option[value=\"127.0.0.1\"]");
        QTRY_COMPARE_WITH_TIMEOUT(browser.text(option), QStringLiteral("127.0.0.1"), 10000);
        QVERIFY(browser.click(option));
        QVERIFY(browser.setValue(QStringLiteral("#port"), QString::number(serverPort)));
        QVERIFY(browser.setValue(QStringLiteral("#duration"), QStringLiteral("1")));
        QVERIFY(browser.click(QStringLiteral("#start")));
        QTRY_VERIFY_WITH_TIMEOUT(
            browser.text(QStringLiteral("#message")).startsWith(QLatin1String("started run-")),
            20000);
        const QString id = browser.text(QStringLiteral("#message")).section(QLatin1Char(' '), 1);
        const QString row = QStringLiteral("tr[data-run=\"%1\"]").arg(id);
        // The row may not be drawn yet right after the start (empty text): wait for an end.
        QTRY_VERIFY_WITH_TIMEOUT(
            !browser.text(row + QStringLiteral(" td.status")).isEmpty() &&
                browser.text(row + QStringLiteral(" td.status")) != QLatin1String("starting") &&
                browser.text(row + QStringLiteral(" td.status")) != QLatin1String("running"),
            20000);
        QCOMPARE(browser.text(row + QStringLiteral(" td.status")), QStringLiteral("finished"));
        // Measured against that server: its port is in the results document.
        const QJsonObject doc =
            request(serve.port(), "GET", "/api/runs/" + id.toUtf8()).json().object();
        const QJsonObject run = doc.value(QStringLiteral("runs")).toArray().first().toObject();
        QVERIFY2(run.value(QStringLiteral("server"))
                     .toString()
                     .endsWith(QStringLiteral(":%1").arg(serverPort)),
                 qPrintable(run.value(QStringLiteral("server")).toString()));
        QVERIFY(run.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("throughput_bps"))
                    .toDouble() > 0);

        // The page also offers the inventory's hosts as client and server host: with the
        // server started there, the choice of an existing server is off.
        const QString serverHost = QStringLiteral("#server-host option[value=\"lab\"]");
        QTRY_COMPARE_WITH_TIMEOUT(browser.text(serverHost), QStringLiteral("lab"), 10000);
        QVERIFY(browser.click(QStringLiteral("#client-host option[value=\"lab\"]")));
        QVERIFY(browser.click(serverHost));
        QTRY_COMPARE_WITH_TIMEOUT(
            browser.script(QStringLiteral("return document.getElementById('target').disabled")),
            QJsonValue(true), 5000);
        QVERIFY(browser.click(QStringLiteral("#start")));
        QTRY_VERIFY_WITH_TIMEOUT(
            browser.text(QStringLiteral("#message")) != QStringLiteral("started ") + id &&
                browser.text(QStringLiteral("#message")).startsWith(QLatin1String("started run-")),
            20000);
        const QString hostRun =
            browser.text(QStringLiteral("#message")).section(QLatin1Char(' '), 1);
        Reply hostDone;
        QTRY_VERIFY_WITH_TIMEOUT(
            (hostDone = request(serve.port(), "GET", "/api/runs/" + hostRun.toUtf8())).status ==
                200,
            30000);
        const QJsonObject onHost =
            hostDone.json().object().value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(onHost.value(QStringLiteral("client_host")).toString(), QStringLiteral("lab"));
        QCOMPARE(onHost.value(QStringLiteral("server_host")).toString(), QStringLiteral("lab"));
        QVERIFY2(onHost.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 hostDone.body.constData());
    }

    void refusedRequests_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray spec = R"({"duration_s": 1})";
        QTest::addRow("DNS rebinding: foreign Host")
            << QByteArray("GET") << QByteArray("/api/runs") << QByteArray()
            << QByteArray("evil.example:%1") << QByteArray() << 403
            << QStringLiteral("is not this server's address");
        QTest::addRow("foreign Host on the page too")
            << QByteArray("GET") << QByteArray("/") << QByteArray() << QByteArray("evil.example")
            << QByteArray() << 403 << QStringLiteral("Host");
        QTest::addRow("foreign Origin for control")
            << QByteArray("POST") << QByteArray("/api/runs") << spec << QByteArray()
            << QByteArray("Origin: http://evil.example\r\n") << 403
            << QStringLiteral("another origin");
        QTest::addRow("arbitrary target address")
            << QByteArray("POST") << QByteArray("/api/runs")
            << QByteArray(R"({"duration_s": 1, "host": "192.0.2.1"})") << QByteArray()
            << QByteArray() << 403 << QStringLiteral("target '192.0.2.1' is not allowed");
        QTest::addRow("remote client host")
            << QByteArray("POST") << QByteArray("/api/runs")
            << QByteArray(R"({"duration_s": 1, "client_host": "lab-1"})") << QByteArray()
            << QByteArray() << 403 << QStringLiteral("'lab-1'");
        QTest::addRow("not JSON") << QByteArray("POST") << QByteArray("/api/runs")
                                  << QByteArray("duration=5") << QByteArray() << QByteArray() << 400
                                  << QStringLiteral("JSON object");
        QTest::addRow("invalid spec")
            << QByteArray("POST") << QByteArray("/api/runs") << QByteArray(R"({"duration_s": -3})")
            << QByteArray() << QByteArray() << 400 << QStringLiteral("duration");
        QTest::addRow("unknown API")
            << QByteArray("GET") << QByteArray("/api/nothing") << QByteArray() << QByteArray()
            << QByteArray() << 404 << QStringLiteral("no such API");
    }
    void refusedRequests() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, extra);
        QFETCH(int, status);
        QFETCH(QString, message);
        static ServeProcess *serve = nullptr;
        if (!serve) {
            serve = new ServeProcess({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
            QVERIFY2(serve->waitReady(), serve->stderrText().constData());
            connect(qApp, &QCoreApplication::aboutToQuit, qApp, [] { delete serve; });
        }
        host.replace("%1", QByteArray::number(serve->port()));
        const Reply r = request(serve->port(), method, path, serve->token(), body, host, extra);
        QCOMPARE(r.status, status);
        QVERIFY2(QString::fromUtf8(r.body).contains(message), r.body.constData());
        // Nothing was started by any of these.
        QCOMPARE(request(serve->port(), "GET", "/api/status")
                     .json()
                     .object()
                     .value(QStringLiteral("runs"))
                     .toInt(),
                 0);
    }

    void awayFromLoopbackReadingNeedsTheTokenToo() {
        // 0.0.0.0 listens on every interface; the test talks to it over loopback only.
        QTemporaryDir dir;
        const QString tokenFile = dir.filePath(QStringLiteral("token"));
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0123456789abcdef-from-a-file\n");
        f.close();
        ServeProcess serve({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                            QStringLiteral("--token-file"), tokenFile});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        QCOMPARE(serve.token(), QByteArray("0123456789abcdef-from-a-file"));
        QVERIFY(serve.stderrText().contains("every request needs the token"));
        QCOMPARE(request(serve.port(), "GET", "/api/runs").status, 401);
        QCOMPARE(request(serve.port(), "GET", "/api/runs", serve.token()).status, 200);
        // The page itself carries no data and loads.
        QCOMPARE(request(serve.port(), "GET", "/").status, 200);
    }

    void badStartOptionsAreNamed_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("listen without port")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
            << QStringLiteral("expected ADDRESS:PORT");
        QTest::addRow("missing token file")
            << QStringList{QStringLiteral("--token-file"), QStringLiteral("/nonexistent/t")}
            << QStringLiteral("/nonexistent/t");
        QTest::addRow("cert without key")
            << QStringList{QStringLiteral("--listen"), QStringLiteral(":0"),
                           QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/c.pem")}
            << QStringLiteral("both --tls-cert and --tls-key");
    }
    void badStartOptionsAreNamed() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{QStringLiteral("serve")} + args, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void servesHttpsWithTheGivenCertificate() {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.pem"));
        const QString key = dir.filePath(QStringLiteral("k.pem"));
        // An EC key: quick to make, and openssl prints no progress dots for it.
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(make.waitForFinished(30000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        ServeProcess serve({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(serve.waitReady(), serve.stderrText().constData());
        QVERIFY(serve.stderrText().contains("serving https://127.0.0.1:"));
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), serve.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate(), QSslCertificate::fromPath(cert).first());
        socket.write("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:" +
                     QByteArray::number(serve.port()) + "\r\n\r\n");
        QByteArray data;
        QTRY_VERIFY_WITH_TIMEOUT((data += socket.readAll()).contains("\"tls\":true"), 10000);
        QVERIFY(data.startsWith("HTTP/1.1 200"));
        // Plain HTTP on the TLS port gets no answer.
        QCOMPARE(request(serve.port(), "GET", "/api/status").status, 0);
    }
};

QTEST_GUILESS_MAIN(TestWebDashboard)
#include "tst_webdashboard.moc"
