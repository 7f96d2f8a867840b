// The history through the real perfdeck-cli: real iperf3 runs on loopback land in the
// database (and not with --no-history), imports land there once, `history list/show/trend`
// read them back, `stats --baseline history:PAIR` compares with them, a damaged file is set
// aside with a warning, and two perfdeck-cli processes running at once lose no run.
#include "results/historystore.h"
#include "results/resultsdocument.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;
using namespace TestHelpers;

namespace {

QJsonObject parse(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 countRuns(const QString &db) {
    HistoryStore store(db);
    QString error;
    if (!store.open(&error))
        return -1;
    return store.count(&error);
}

} // namespace

class TestCliHistory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!iperf3Available())
            QSKIP("iperf3 is not installed");
    }

    void runsLandAndReadBack() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        const QString results = dir.filePath(QStringLiteral("r.json"));
        CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--duration"),
                              QStringLiteral("1"), QStringLiteral("--repeat"), QStringLiteral("3"),
                              QStringLiteral("--history-db"), db, QStringLiteral("--tag"),
                              QStringLiteral("nightly,lab"), QStringLiteral("--json"), results});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("history: stored 3 runs in ") + db),
                 qPrintable(r.err));

        r = runCli({QStringLiteral("history"), QStringLiteral("list"),
                    QStringLiteral("--history-db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = parse(r.out).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        const QJsonObject newest = runs.first().toObject();
        QCOMPARE(newest[QStringLiteral("pair_client")].toString(), QStringLiteral("local"));
        QCOMPARE(newest[QStringLiteral("pair_server")].toString(), QStringLiteral("local"));
        QCOMPARE(newest[QStringLiteral("tags")].toArray(),
                 (QJsonArray{QStringLiteral("nightly"), QStringLiteral("lab")}));
        QCOMPARE(newest[QStringLiteral("origin")].toString(), QStringLiteral("run"));
        QVERIFY(newest[QStringLiteral("throughput_bps")].toDouble() > 0);

        // show --json gives the stored run as a results document, equal to what run wrote.
        ResultsDocument written;
        QString error;
        QVERIFY(ResultsDocument::load(results, &written, &error));
        const QString id = QString::number(newest[QStringLiteral("id")].toInteger());
        r = runCli({QStringLiteral("history"), QStringLiteral("show"), id,
                    QStringLiteral("--history-db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        ResultsDocument shown;
        QVERIFY2(ResultsDocument::fromBytes(r.out.toUtf8(), &shown, &error), qPrintable(error));
        QCOMPARE(shown.runs.size(), 1);
        const RunResult &last = written.runs.constLast();
        QCOMPARE(shown.runs.first().id, last.id);
        QCOMPARE(shown.runs.first().summary, last.summary);
        QCOMPARE(shown.runs.first().intervals.size(), last.intervals.size());
        r = runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("424242"),
                    QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("424242")), qPrintable(r.err));

        r = runCli({QStringLiteral("history"), QStringLiteral("trend"), QStringLiteral("--client"),
                    QStringLiteral("local"), QStringLiteral("--server"), QStringLiteral("local"),
                    QStringLiteral("--history-db"), db, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
        const QJsonArray series = parse(r.out).value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first()[QStringLiteral("points")].toArray().size(), 3);
        QCOMPARE(series.first()[QStringLiteral("metric")].toString(),
                 QStringLiteral("throughput_bps"));

        // A pair that has no runs names the pairs that do.
        r = runCli({QStringLiteral("history"), QStringLiteral("trend"), QStringLiteral("--client"),
                    QStringLiteral("x"), QStringLiteral("--server"), QStringLiteral("y"),
                    QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("local..local (3)")), qPrintable(r.err));

        // --no-history stores nothing.
        r = runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                    QStringLiteral("--quiet"), QStringLiteral("--no-history")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(countRuns(db), 3);
    }

    void statsAgainstHistoryBaseline() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        for (const QString &out : {first, second}) {
            const CliResult r =
                runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                        QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--quiet"),
                        QStringLiteral("--history-db"), db, QStringLiteral("--json"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // second.json's own runs are in the history too: the baseline is first.json's.
        CliResult r =
            runCli({QStringLiteral("stats"), second, QStringLiteral("--baseline"),
                    QStringLiteral("history:local..local:5"), QStringLiteral("--history-db"), db,
                    QStringLiteral("--json"), QStringLiteral("--resamples"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
        const QJsonObject comparison = parse(r.out).value(QStringLiteral("comparison")).toObject();
        QVERIFY2(comparison.contains(QLatin1String("verdict")), qPrintable(r.out));

        // The same comparison through the file gives the same change.
        r = runCli({QStringLiteral("stats"), second, QStringLiteral("--baseline"), first,
                    QStringLiteral("--json"), QStringLiteral("--resamples"), QStringLiteral("0")});
        const QJsonObject direct = parse(r.out).value(QStringLiteral("comparison")).toObject();
        QCOMPARE(comparison[QStringLiteral("change_percent")].toDouble(),
                 direct[QStringLiteral("change_percent")].toDouble());

        // first.json against the history: only its own runs (left out) and the later ones
        // (newest first: those are taken) - a pair with nothing else fails clearly.
        r = runCli({QStringLiteral("stats"), first, QStringLiteral("--baseline"),
                    QStringLiteral("history:nowhere..local"), QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no ok runs of nowhere..local")), qPrintable(r.err));
        r = runCli({QStringLiteral("stats"), first, QStringLiteral("--baseline"),
                    QStringLiteral("history:local"), QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("CLIENT..SERVER")), qPrintable(r.err));
    }

    void importsLandOnce() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        const QString file = QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_basic.json");
        CliResult r =
            runCli({QStringLiteral("import"), file, QStringLiteral("--json"),
                    dir.filePath(QStringLiteral("o.json")), QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("stored 1 run in")), qPrintable(r.err));
        r = runCli({QStringLiteral("import"), file, QStringLiteral("--json"),
                    dir.filePath(QStringLiteral("o.json")), QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("stored 0 runs in")) &&
                     r.err.contains(QLatin1String("1 already there")),
                 qPrintable(r.err));
        r = runCli({QStringLiteral("history"), QStringLiteral("list"),
                    QStringLiteral("--history-db"), db, QStringLiteral("--json")});
        const QJsonArray runs = parse(r.out).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first()[QStringLiteral("origin")].toString(), QStringLiteral("import"));
    }

    void environmentChoosesTheFile() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("env.sqlite"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PERFDECK_HISTORY_DB"), db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PERFDECK_CLI),
                {QStringLiteral("import"),
                 QStringLiteral(PERFDECK_TEST_DATA "/iperf3/udp_100m.json"),
                 QStringLiteral("--json"), dir.filePath(QStringLiteral("o.json"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(countRuns(db), 1);
    }

    void damagedDatabaseIsSetAside() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x7f'));
        }
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                    QStringLiteral("--quiet"), QStringLiteral("--history-db"), db});
        QCOMPARE(r.exitCode, 0); // the test itself is fine
        QVERIFY2(r.err.contains(QLatin1String("warning: ") + db) &&
                     r.err.contains(QLatin1String(".corrupt-")),
                 qPrintable(r.err));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(dir.filePath(aside.first())).size(), 8192);
        QCOMPARE(countRuns(db), 1);
    }

    void twoCliProcessesAtOnce() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        QList<QProcess *> processes;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(PERFDECK_CLI),
                     {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                      QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("--quiet"),
                      QStringLiteral("--history-db"), db});
            processes << p;
        }
        for (QProcess *p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(90000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        qDeleteAll(processes);
        QCOMPARE(countRuns(db), 4);
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no action") << QStringList{"history"} << "needs an action";
        QTest::addRow("unknown action") << QStringList{"history", "drop"} << "unknown action";
        QTest::addRow("trend without pair") << QStringList{"history", "trend"} << "--client A";
        QTest::addRow("bad date") << QStringList{"history", "list", "--since", "yesterday"}
                                  << "--since 'yesterday' is not a date";
        QTest::addRow("show without id") << QStringList{"history", "show"} << "needs one ID";
        QTest::addRow("show bad id") << QStringList{"history", "show", "x"} << "not a history id";
        QTest::addRow("both history options")
            << QStringList{"run", "--no-history", "--history-db", "x"} << "exclude each other";
    }
    void badArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (!args.contains(QLatin1String("--history-db")))
            args << QStringLiteral("--history-db") << dir.filePath(QStringLiteral("h.sqlite"));
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
