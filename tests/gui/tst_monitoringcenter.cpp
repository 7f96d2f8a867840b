// Run > Monitoring and Exporters in the real main window: the Prometheus endpoint, StatsD,
// the InfluxDB file and the web dashboard switched on in the dialog really serve (HTTP on
// loopback, a UDP socket of the test's), are saved with the session without the token, and
// reopen running, the web dashboard with the same token read back from a real keychain (a
// private Secret Service). A run started from the web page lands in the history database
// (a real SQLite file) and in the session's results table; the web may target the inventory's
// hosts (a real iperf3 server the test starts on loopback), following inventory edits. A
// session whose endpoint listens beyond this machine opens with its settings kept but nothing
// started.
#include "../integration/secretservicefixture.h"
#include "../integration/testhelpers.h"

#include "gui/inventorydock.h"
#include "gui/mainwindow.h"
#include "gui/monitoringcenter.h"
#include "gui/monitoringdialog.h"
#include "gui/runtablemodel.h"
#include "gui/sessioncontroller.h"
#include "monitor/exporters.h"
#include "results/historystore.h"
#include "results/historywriter.h"
#include "ssh/sshkeychain.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <algorithm>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

// One HTTP request on its own connection; status and body (read to Content-Length).
std::pair<int, QByteArray> http(quint16 port, const QByteArray &method, const QByteArray &path,
                                const QByteArray &token = {}, const QByteArray &body = {}) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {0, {}};
    QByteArray text =
        method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
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
    while (t.elapsed() < 15000 && (want < 0 || data.size() < want)) {
        if (!QTest::qWaitFor([&] { return socket.bytesAvailable() > 0; }, 500) &&
            socket.state() != QAbstractSocket::ConnectedState)
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
    return {data.mid(9, 3).toInt(), end >= 0 ? data.mid(end + 4) : QByteArray()};
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction *monitoringAction(MainWindow &w) {
    return w.findChild<QAction *>(QStringLiteral("actionMonitoring"));
}

} // namespace

class TestMonitoringCenter final : public QObject {
    Q_OBJECT

private:
    SecretServiceFixture m_keyring;
    bool m_keyringUp = false;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // Before anything in this process talks to D-Bus.
        m_keyringUp = m_keyring.start();
        if (!m_keyringUp)
            qWarning("no Secret Service: %s", qPrintable(m_keyring.error()));
        QVERIFY(m_dir.isValid());
        // The window files its runs in this database (read back below).
        qputenv("PERFDECK_HISTORY_DB", m_dir.filePath(QStringLiteral("history.sqlite")).toUtf8());
    }

    void settingsServeSaveAndReopenRunning() {
        if (!m_keyringUp)
            QSKIP("no Secret Service to keep the token in (gnome-keyring, dbus-daemon)");
        if (!iperf3Available())
            QSKIP("iperf3 is not installed");
        QUdpSocket statsd;
        QVERIFY(statsd.bind(QHostAddress::LocalHost, 0));
        const quint16 metricsPort = freePort();
        const quint16 webPort = freePort();
        const QString influx = m_dir.filePath(QStringLiteral("live.lp"));
        const QString sessionPath = m_dir.filePath(QStringLiteral("monitored.perfdeck"));
        QString token;
        QString tokenKey;
        {
            MainWindow w;
            w.show();
            QAction *action = monitoringAction(w);
            QVERIFY(action);
            action->trigger();
            MonitoringDialog *dialog = w.monitoring()->dialog();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            dialog->metricsBox()->setChecked(true);
            dialog->metricsEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(metricsPort));
            dialog->statsdBox()->setChecked(true);
            dialog->statsdEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(statsd.localPort()));
            dialog->influxBox()->setChecked(true);
            dialog->influxEdit()->setText(influx);
            dialog->webBox()->setChecked(true);
            dialog->webEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(webPort));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
            QVERIFY2(dialog->statusLabel()->text().isEmpty(),
                     qPrintable(dialog->statusLabel()->text()));
            QVERIFY(w.sessionController()->isModified());

            // Everything serves: /metrics, and the web page once its token came back from the
            // keychain (a new one, written there).
            QCOMPARE(w.monitoring()->metricsUrl(),
                     QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort));
            const auto metrics = http(metricsPort, "GET", "/metrics");
            QCOMPARE(metrics.first, 200);
            QVERIFY(metrics.second.contains("perfdeck_runs_active"));
            QTRY_VERIFY_WITH_TIMEOUT(!w.monitoring()->webUrl().isEmpty(), 10000);
            token = w.monitoring()->webToken();
            QVERIFY(token.size() >= 40);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->tokenEdit()->text(), token, 5000);
            QCOMPARE(http(webPort, "GET", "/").first, 200);
            tokenKey = w.monitoring()->settings().webTokenKey;
            QVERIFY(!tokenKey.isEmpty());

            // OK closes the dialog; the session saved now keeps the settings, not the token.
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_VERIFY(!w.monitoring()->dialog());
            Session session = w.currentSession();
            QString error;
            QVERIFY2(session.save(sessionPath, &error), qPrintable(error));
            const QByteArray bytes = readFile(sessionPath);
            QVERIFY(!bytes.contains(token.toUtf8()));
            QVERIFY(bytes.contains(tokenKey.toUtf8()));
            QVERIFY(bytes.contains(QByteArray::number(metricsPort)));
        }
        // The window is gone: nothing listens any more.
        QCOMPARE(http(webPort, "GET", "/").first, 0);

        Session loaded;
        QString error;
        QVERIFY2(Session::load(sessionPath, &loaded, &error), qPrintable(error));
        MainWindow w;
        w.show();
        w.showSession(loaded);
        MonitoringCenter *center = w.monitoring();
        QCOMPARE(center->settings(), loaded.monitoring);
        QCOMPARE(center->metricsUrl(),
                 QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort));
        QTRY_VERIFY_WITH_TIMEOUT(!center->webUrl().isEmpty(), 10000);
        QCOMPARE(center->webToken(), token); // from the keychain, not regenerated
        // The dialog shows what the session had.
        monitoringAction(w)->trigger();
        MonitoringDialog *dialog = center->dialog();
        QVERIFY(dialog->webBox()->isChecked());
        QCOMPARE(dialog->influxEdit()->text(), influx);
        QCOMPARE(dialog->tokenEdit()->text(), token);

        // A run started from the web page: shown live, stored in the history when it ends,
        // and the StatsD socket and the line-protocol file got its figures.
        const auto started = http(webPort, "POST", "/api/runs", token.toUtf8(),
                                  R"({"duration_s": 2, "interval_s": 0.5, "protocol": "tcp"})");
        QCOMPARE(started.first, 201);
        const QString id =
            QJsonDocument::fromJson(started.second).object().value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("run-")), started.second.constData());
        QTRY_VERIFY_WITH_TIMEOUT(http(webPort, "GET", "/api/runs/" + id.toUtf8()).first == 200,
                                 30000);
        w.historyWriter()->flush();
        HistoryStore store(HistoryStore::resolvePath(QString()));
        QVERIFY2(store.open(&error), qPrintable(error));
        HistoryFilter all;
        const QList<HistoryEntry> entries = store.list(all, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(std::any_of(entries.cbegin(), entries.cend(),
                             [&id](const HistoryEntry &e) { return e.runId == id; }),
                 qPrintable(id));
        QTRY_VERIFY_WITH_TIMEOUT(statsd.hasPendingDatagrams(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(influx).contains(id.toUtf8()), 5000);

        // New Token: another token, kept in the keychain under the same entry.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newTokenButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!center->webToken().isEmpty() && center->webToken() != token,
                                 10000);
        QCOMPARE(center->settings().webTokenKey, tokenKey);
    }

    void webRunsTargetInventoryHostsAndJoinTheResults() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed");
        // The inventory host's server, started by the test (not by Perfdeck).
        const quint16 serverPort = freePort();
        OwnIperf3Server server(serverPort);
        QVERIFY2(server.waitListening(10000), server.output().constData());

        Session session;
        Host lab;
        lab.name = QStringLiteral("lab");
        lab.address = QStringLiteral("127.0.0.1");
        session.inventory.hosts << lab;
        MainWindow w;
        w.show();
        w.showSession(session);
        monitoringAction(w)->trigger();
        MonitoringDialog *dialog = w.monitoring()->dialog();
        const quint16 webPort = freePort();
        dialog->webBox()->setChecked(true);
        dialog->webEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(webPort));
        QVERIFY(dialog->apply());
        QTRY_VERIFY_WITH_TIMEOUT(!w.monitoring()->webUrl().isEmpty(), 10000);
        const QByteArray token = w.monitoring()->webToken().toUtf8();

        // The page and scripts learn the targets from /api/status.
        const auto status = http(webPort, "GET", "/api/status", token);
        QCOMPARE(status.first, 200);
        QCOMPARE(QJsonDocument::fromJson(status.second).object().value("targets").toArray(),
                 QJsonArray({"127.0.0.1"}));
        // An address that is no inventory host is refused.
        const QByteArray elsewhere = R"({"duration_s": 1, "host": "127.0.0.9", "port": )" +
                                     QByteArray::number(serverPort) + "}";
        QCOMPARE(http(webPort, "POST", "/api/runs", token, elsewhere).first, 403);

        // A run towards the inventory host: measured against its server, and in the results.
        const QByteArray toLab = R"({"duration_s": 2, "interval_s": 0.5, "host": "127.0.0.1", )"
                                 R"("port": )" +
                                 QByteArray::number(serverPort) + "}";
        const auto started = http(webPort, "POST", "/api/runs", token, toLab);
        QCOMPARE(started.first, 201);
        const QString id =
            QJsonDocument::fromJson(started.second).object().value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("run-")), started.second.constData());
        RunTableModel *results = w.runModel();
        // In the table from its start, with its progress while it goes (not only at its end;
        // iperf3 3.12 against a server Perfdeck did not start has no live rate).
        QVERIFY(results->record(id));
        QVERIFY(results->record(id)->running);
        QTRY_VERIFY_WITH_TIMEOUT(!results->record(id)->running || results->record(id)->elapsedS > 0,
                                 15000);
        QVERIFY2(results->record(id)->running, "the run ended before its progress was shown");
        QTRY_VERIFY_WITH_TIMEOUT(results->record(id) && !results->record(id)->running, 30000);
        QCOMPARE(results->rowCount(), 1);
        const RunResult &run = results->record(id)->result;
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        QVERIFY(run.summary.throughputBps.value_or(0) > 0);
        QVERIFY2(run.server.contains(QString::number(serverPort)), qPrintable(run.server));
        QVERIFY(w.sessionController()->isModified());
        QVERIFY(w.currentSession().runs.size() == 1);
        // Re-run repeats it against the same server.
        QVERIFY2(results->record(id)->rerunProblem.isEmpty(),
                 qPrintable(results->record(id)->rerunProblem));
        QCOMPARE(results->record(id)->spec.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(results->record(id)->spec.port, int(serverPort));

        // The inventory loses the host: the web loses the target at once.
        w.inventoryDock()->deleteHosts({"lab"});
        QCOMPARE(http(webPort, "POST", "/api/runs", token, toLab).first, 403);
        QVERIFY(QJsonDocument::fromJson(http(webPort, "GET", "/api/status", token).second)
                    .object()
                    .value("targets")
                    .toArray()
                    .isEmpty());
    }

    void sessionListeningBeyondThisMachineOpensStopped() {
        Session session;
        session.monitoring.metricsEnabled = true;
        session.monitoring.metricsListen = QStringLiteral("0.0.0.0:%1").arg(freePort());
        MainWindow w;
        w.showSession(session);
        QCOMPARE(w.monitoring()->settings(), session.monitoring); // kept for saving
        QVERIFY(w.monitoring()->metricsUrl().isEmpty());          // not started
        // Turned on in the dialog, it starts (the user asked for it).
        w.monitoring()->openDialog();
        MonitoringDialog *dialog = w.monitoring()->dialog();
        QVERIFY(dialog->metricsBox()->isChecked());
        QVERIFY(dialog->apply());
        QVERIFY(!w.monitoring()->metricsUrl().isEmpty());
        // A port in use is named and nothing changes.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        dialog->metricsEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()));
        QVERIFY(!dialog->apply());
        QVERIFY2(dialog->statusLabel()->text().contains(QString::number(taken.serverPort())),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(w.monitoring()->settings().metricsListen, session.monitoring.metricsListen);
        // A new session switches everything off.
        w.showSession(Session());
        QVERIFY(w.monitoring()->metricsUrl().isEmpty());
        QVERIFY(!w.monitoring()->settings().anyEnabled());
    }
};

QTEST_MAIN(TestMonitoringCenter)
#include "tst_monitoringcenter.moc"
