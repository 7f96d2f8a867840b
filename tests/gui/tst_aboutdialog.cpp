// Help > About Perfdeck: opens at once (the versions are detected off the UI thread, here with
// an iperf3 that takes a second to answer), lists the iperf3 found first on PATH with its path
// and version, says where netperf was looked for when it cannot start, and shows the Qt,
// libssh2, yaml-cpp, Python and Jinja2 versions this process runs with (checked against
// dpkg and Debian's python3); "Copy to clipboard" gives the text `perfdeck-cli about` prints,
// and that command reports the same versions.
#include "gui/aboutdialog.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

QString output(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The upstream part of an installed Debian package's version: "1.10.0" of "1.10.0-3+b1".
QString debianUpstreamVersion(const QString &package) {
    QString v = output(QStringLiteral("dpkg-query"),
                       {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), package});
    v = v.section(QLatin1Char(':'), -1);      // epoch
    v = v.section(QLatin1Char('-'), 0, 0);    // Debian revision
    return v.section(QLatin1Char('+'), 0, 0); // +dfsg, +b1
}

// The row of a component: its version and where/note cells.
struct Row {
    QString version;
    QString where;
    bool present = false;
};

Row row(const QTableWidget *table, const QString &key) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return {table->item(r, 1)->text(), table->item(r, 2)->text(), true};
    }
    return {};
}

} // namespace

class TestAboutDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_fakeIperf3;
    QString m_missingNetperf;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // An iperf3 first on PATH that answers after a second, with a version Debian lacks.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        m_fakeIperf3 = bin + QStringLiteral("/iperf3");
        QFile script(m_fakeIperf3);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nsleep 1\necho 'iperf 3.17.1 (cJSON 1.7.15)'\n"
                     "echo 'Optional features available: CPU affinity setting'\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("PATH", (bin + QLatin1Char(':')).toUtf8() + qgetenv("PATH"));
        m_missingNetperf = m_dir.filePath(QStringLiteral("nowhere/netperf"));
        qputenv("PERFDECK_NETPERF", m_missingNetperf.toUtf8());
        qunsetenv("PERFDECK_IPERF3");
    }

    void helpAboutShowsRuntimeVersions() {
        MainWindow window;
        window.show();
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        QElapsedTimer clock;
        clock.start();
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        // The slow iperf3 answers on a worker: the dialog is up long before it does.
        QVERIFY2(clock.elapsed() < 800, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(!dialog->isCollected());
        QVERIFY(!dialog->copyButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isCollected(), 30000);
        // Help > About again raises the same dialog.
        about->trigger();
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);

        const QTableWidget *table = dialog->componentTable();
        const Row iperf3 = row(table, QStringLiteral("iperf3"));
        QCOMPARE(iperf3.version, QStringLiteral("3.17.1"));
        QCOMPARE(iperf3.where, m_fakeIperf3);
        const Row netperf = row(table, QStringLiteral("netperf"));
        QVERIFY(netperf.present);
        QVERIFY(!dialog->versions().component(QStringLiteral("netperf"))->found);
        QVERIFY2(netperf.where.contains(m_missingNetperf), qPrintable(netperf.where));

        QCOMPARE(row(table, QStringLiteral("qt")).version, QString::fromLatin1(qVersion()));
        QCOMPARE(row(table, QStringLiteral("libssh2")).version,
                 debianUpstreamVersion(QStringLiteral("libssh2-1")));
        QCOMPARE(row(table, QStringLiteral("yaml-cpp")).version,
                 debianUpstreamVersion(QStringLiteral("libyaml-cpp0.7")));
        QCOMPARE(row(table, QStringLiteral("python")).version,
                 output(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import platform; print(platform.python_version())")}));
        QCOMPARE(row(table, QStringLiteral("python")).where, QStringLiteral("/usr"));
        QCOMPARE(row(table, QStringLiteral("jinja2")).version,
                 output(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import jinja2; print(jinja2.__version__)")}));
        const Row gate = row(table, QStringLiteral("perfdeck-gate"));
        QVERIFY2(QFileInfo(gate.where).isExecutable(), qPrintable(gate.where));
        QCOMPARE(row(table, QStringLiteral("build")).where, dialog->versions().build);
        QVERIFY(dialog->versions().build.contains(QStringLiteral("Qt " QT_VERSION_STR)));
    }

    void copyToClipboardMatchesCli() {
        auto *dialog = AboutDialog::showFor(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isCollected(), 30000);
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, dialog->versions().toText());
        QVERIFY2(text.startsWith(QStringLiteral("Perfdeck " PERFDECK_VERSION "\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("iperf3: 3.17.1 (%1)").arg(m_fakeIperf3)),
                 qPrintable(text));

        // perfdeck-cli about (same PATH) finds the same parts.
        QProcess cli;
        cli.start(QStringLiteral(PERFDECK_CLI),
                  {QStringLiteral("about"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("perfdeck.about/1"));
        QCOMPARE(json.value(QStringLiteral("perfdeck")).toString(),
                 QStringLiteral(PERFDECK_VERSION));
        QStringList compared;
        for (const QJsonValue &v : json.value(QStringLiteral("components")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(QStringLiteral("key")).toString();
            const ComponentVersion *mine = dialog->versions().component(key);
            QVERIFY2(mine, qPrintable(key));
            if (key == QLatin1String("perfdeck-gate") || key == QLatin1String("perfdeck-probe"))
                continue; // found beside each program: the CLI's and this test's differ
            QCOMPARE(c.value(QStringLiteral("found")).toBool(), mine->found);
            QCOMPARE(c.value(QStringLiteral("version")).toString(), mine->version);
            compared << key;
        }
        QVERIFY2(compared.size() >= 7, qPrintable(compared.join(QLatin1Char(' '))));
        QVERIFY(json.value(QStringLiteral("components"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(QStringLiteral("path")));
        dialog->close();
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
