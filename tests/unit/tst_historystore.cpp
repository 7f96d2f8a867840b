// The history database on real SQLite files: round trip, filters, pair names, migration of a
// hand-made schema-0 file, damaged files set aside (never deleted), a newer schema refused,
// two processes writing at once (this test binary started twice in writer mode), the trend's
// band and regression rule, and the history:PAIR syntax.
#include "inventory/hoststatus.h"
#include "model/runkind.h"
#include "results/historypairspec.h"
#include "results/historystore.h"
#include "results/historytrend.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Perfdeck;

namespace {

RunResult makeRun(const QString &id, const QDateTime &start, double bps,
                  const QString &clientHost = QStringLiteral("local"),
                  const QString &serverHost = QStringLiteral("local")) {
    RunResult run;
    run.id = id;
    run.engine = Engine::Iperf3;
    run.protocol = Protocol::Tcp;
    run.direction = Direction::Send;
    run.client = QStringLiteral("localhost");
    run.server = QStringLiteral("127.0.0.1:%1").arg(40000 + id.size());
    run.clientHost = clientHost;
    run.serverHost = serverHost;
    run.streams = 1;
    run.durationS = 10;
    run.startedAt = start;
    run.summary.throughputBps = bps;
    run.summary.retransmits = 2;
    IntervalSample interval;
    interval.startS = 0;
    interval.endS = 1;
    interval.bps = bps;
    run.intervals << interval;
    return run;
}

QDateTime day(int d, int hour = 10) {
    return QDateTime(QDate(2026, 11, d), QTime(hour, 0), Qt::UTC);
}

bool runSql(const QString &path, const QString &script) {
    const QString name = QStringLiteral("fixture-%1").arg(quintptr(&script));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QString statement;
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    qWarning() << q.lastError().text() << statement;
                    ok = false;
                }
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Builds the database at path from a hand-made SQL fixture of an older schema
// (tests/data/history/NAME).
bool loadFixture(const QString &name, const QString &path) {
    QFile fixture(QStringLiteral(PERFDECK_TEST_DATA "/history/") + name);
    return fixture.open(QIODevice::ReadOnly) && runSql(path, QString::fromUtf8(fixture.readAll()));
}

// Writer mode: `tst_historystore --insert-runs DB PREFIX N` stores N runs, one per
// transaction, and exits 0 only if every one was stored.
int insertRuns(const QString &path, const QString &prefix, int n) {
    HistoryStore store(path);
    QString error;
    if (!store.open(&error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        const int added = store.add(
            {makeRun(QStringLiteral("%1-%2").arg(prefix).arg(i), start.addMSecs(i), 1e9 + i)},
            HistoryMeta{}, &error);
        if (added != 1) {
            fprintf(stderr, "run %d: %s\n", i, qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestHistoryStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripKeepsTheWholeRun() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.sqlite"));
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(QFile::exists(path)); // the folder was created
        RunResult run = makeRun(QStringLiteral("tcp-1"), day(1), 9.5e9);
        run.warnings << QStringLiteral("a warning");
        HistoryMeta meta;
        meta.profile = QStringLiteral("throughput");
        meta.tags = {QStringLiteral("nightly"), QStringLiteral("lab 2")};
        QCOMPARE(store.add({run}, meta, &error), 1);
        const QList<HistoryEntry> entries = store.list({}, &error);
        QCOMPARE(entries.size(), 1);
        const HistoryEntry &e = entries.first();
        QCOMPARE(e.runId, QStringLiteral("tcp-1"));
        QCOMPARE(e.startedAt, day(1));
        QCOMPARE(e.pairClient, QStringLiteral("local"));
        QCOMPARE(e.pairServer, QStringLiteral("local"));
        QCOMPARE(e.profile, QStringLiteral("throughput"));
        QCOMPARE(e.tags, (QStringList{QStringLiteral("nightly"), QStringLiteral("lab 2")}));
        QCOMPARE(e.kind, RunKind::of(run).describe());
        QCOMPARE(e.throughputBps, OptDouble(9.5e9));
        QVERIFY(!e.transactionsPerS);
        const std::optional<RunResult> back = store.run(e.id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), run.toJson());
        // The same run again (an import of the same file) is not stored twice.
        QCOMPARE(store.add({run}, meta, &error), 0);
        QCOMPARE(store.count(&error), 1);
        QVERIFY(!store.run(999, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("999")), qPrintable(error));
    }

    void filtersSelectTheRuns() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        RunResult udp =
            makeRun(QStringLiteral("udp"), day(3), 1e8, QStringLiteral("a"), QStringLiteral("b"));
        udp.protocol = Protocol::Udp;
        RunResult failed =
            makeRun(QStringLiteral("err"), day(4), 0, QStringLiteral("a"), QStringLiteral("b"));
        failed.status = RunStatus::Error;
        failed.summary.throughputBps.reset();
        HistoryMeta tagged;
        tagged.tags = {QStringLiteral("100%_sure")};
        QCOMPARE(store.add({makeRun(QStringLiteral("t1"), day(1), 1e9)}, {}, &error), 1);
        QCOMPARE(store.add({makeRun(QStringLiteral("t2"), day(2), 2e9, QStringLiteral("a"),
                                    QStringLiteral("b")),
                            udp, failed},
                           tagged, &error),
                 3);
        auto ids = [&store](const HistoryFilter &filter) {
            QStringList result;
            QString why;
            for (const HistoryEntry &e : store.list(filter, &why))
                result << e.runId;
            return result;
        };
        HistoryFilter f;
        QCOMPARE(ids(f), (QStringList{"err", "udp", "t2", "t1"})); // newest first
        f.client = QStringLiteral("a");
        f.server = QStringLiteral("b");
        QCOMPARE(ids(f), (QStringList{"err", "udp", "t2"}));
        f.protocol = QStringLiteral("udp");
        QCOMPARE(ids(f), (QStringList{"udp"}));
        f = {};
        f.status = RunStatus::Ok;
        f.since = day(2);
        f.until = day(3);
        QCOMPARE(ids(f), (QStringList{"udp", "t2"}));
        f = {};
        f.tag = QStringLiteral("100%_sure");
        QCOMPARE(ids(f), (QStringList{"err", "udp", "t2"}));
        f.tag = QStringLiteral("100"); // a tag matches whole, LIKE wildcards are literal
        QCOMPARE(ids(f), QStringList());
        f = {};
        f.limit = 1;
        f.newestFirst = false;
        QCOMPARE(ids(f), (QStringList{"t1"}));
        const QList<HistoryPair> pairs = store.pairs(&error);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.first().client, QStringLiteral("a"));
        QCOMPARE(pairs.first().runs, 3);
    }

    void pairNames_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("clientHost");
        QTest::addColumn<QString>("serverHost");
        QTest::addColumn<QString>("pair");
        QTest::addRow("inventory names") << "10.0.0.1"
                                         << "10.0.0.2:5201"
                                         << "lab-a"
                                         << "lab-b"
                                         << "lab-a..lab-b";
        QTest::addRow("address without port") << "10.0.0.1"
                                              << "10.0.0.2:5201"
                                              << ""
                                              << ""
                                              << "10.0.0.1..10.0.0.2";
        QTest::addRow("bracketed v6") << "::1"
                                      << "[::1]:5201"
                                      << ""
                                      << ""
                                      << "::1..::1";
        QTest::addRow("bare v6") << "::1"
                                 << "fe80::1"
                                 << ""
                                 << ""
                                 << "::1..fe80::1";
        QTest::addRow("unknown") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "unknown..unknown";
    }
    void pairNames() {
        QFETCH(QString, client);
        QFETCH(QString, server);
        QFETCH(QString, clientHost);
        QFETCH(QString, serverHost);
        QFETCH(QString, pair);
        RunResult run;
        run.client = client;
        run.server = server;
        run.clientHost = clientHost;
        run.serverHost = serverHost;
        QCOMPARE(HistoryStore::pairClientOf(run) + QStringLiteral("..") +
                     HistoryStore::pairServerOf(run),
                 pair);
    }

    void migratesSchemaZero() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(loadFixture(QStringLiteral("v0.sql"), path));
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.notice().contains(
                     QStringLiteral("from schema 0 to %1").arg(HistoryStore::SchemaVersion)) &&
                     store.notice().contains(QLatin1String("3 run")),
                 qPrintable(store.notice()));
        HistoryFilter oldestFirst;
        oldestFirst.newestFirst = false;
        const QList<HistoryEntry> entries = store.list(oldestFirst, &error);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).runId, QStringLiteral("tcp-1"));
        QCOMPARE(entries.at(0).startedAt, day(1));
        QCOMPARE(entries.at(0).pairClient, QStringLiteral("local"));
        QCOMPARE(entries.at(0).throughputBps, OptDouble(9.1e9));
        QCOMPARE(entries.at(0).origin, QStringLiteral("migrated"));
        QCOMPARE(toString(entries.at(1).protocol), toString(Protocol::Udp));
        QCOMPARE(toString(entries.at(1).direction), toString(Direction::Receive));
        QCOMPARE(toString(entries.at(1).status), toString(RunStatus::Error));
        // The row without a document keeps what its columns said.
        QCOMPARE(toString(entries.at(2).engine), toString(Engine::Netperf));
        QCOMPARE(entries.at(2).pairClient, QStringLiteral("lab-a"));
        QCOMPARE(entries.at(2).pairServer, QStringLiteral("lab-b"));
        QCOMPARE(entries.at(2).startedAt, day(3));
        const std::optional<RunResult> run = store.run(entries.at(0).id, &error);
        QVERIFY(run);
        QCOMPARE(run->intervals.size(), 1);
        QCOMPARE(run->summary.retransmits, OptDouble(3));
        // New runs go in beside the migrated ones, and a second open migrates nothing.
        QCOMPARE(store.add({makeRun(QStringLiteral("new"), day(5), 1e9)}, {}, &error), 1);
        HistoryStore again(path);
        QVERIFY(again.open(&error));
        QVERIFY(again.notice().isEmpty());
        QCOMPARE(again.count(&error), 4);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "check");
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), HistoryStore::SchemaVersion);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void migratesSchemaOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(loadFixture(QStringLiteral("v1.sql"), path));
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.notice().contains(
                     QStringLiteral("from schema 1 to %1").arg(HistoryStore::SchemaVersion)),
                 qPrintable(store.notice()));
        const QList<HistoryEntry> entries = store.list({}, &error);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().id, 7);
        QCOMPARE(entries.first().startedAt, day(1));
        QCOMPARE(entries.first().tags, QStringList{QStringLiteral("nightly")});
        const std::optional<RunResult> run = store.run(7, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->summary.retransmits, OptDouble(3));
        QCOMPARE(store.add({makeRun(QStringLiteral("new"), day(5), 1e9)}, {}, &error), 1);
        HistoryFilter pair;
        pair.client = QStringLiteral("local");
        pair.server = QStringLiteral("local");
        QCOMPARE(store.trendEntries(pair, &error).size(), 2);
    }

    // Schema 3 added the host checks: a schema-2 file keeps its runs and takes checks.
    void migratesSchemaTwo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        QVERIFY(loadFixture(QStringLiteral("v2.sql"), path));
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.notice().contains(
                     QStringLiteral("from schema 2 to %1").arg(HistoryStore::SchemaVersion)),
                 qPrintable(store.notice()));
        QCOMPARE(store.count(&error), 1);
        QCOMPARE(store.run(3, &error)->summary.throughputBps, OptDouble(8.8e9));
        HostStatus check;
        check.host = QStringLiteral("lab-a");
        check.checkedAt = day(2);
        check.tcpReachable = true;
        check.rttMs = 0.4;
        check.grade();
        QCOMPARE(store.addHostChecks({check}, &error), 1);
        QCOMPARE(store.hostChecks(QStringLiteral("lab-a"), 0, &error), QList<HostStatus>{check});
    }

    // What `hosts check` and the inventory's Check file: every check of a host kept, read back
    // whole and newest first, one host apart from another; the same check filed twice (a
    // session saved again) is kept once; a check without host or time is not filed.
    void hostChecksRoundTrip() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<HostStatus> checks;
        for (int d = 1; d <= 3; ++d) {
            HostStatus s;
            s.host = QStringLiteral("lab-a");
            s.checkedAt = day(d);
            s.tcpReachable = true;
            s.tcpTarget = QStringLiteral("10.0.0.1:22");
            s.sshOk = d != 2;
            s.sshError = d == 2 ? QStringLiteral("authentication failed") : QString();
            s.rttMs = 0.5 * d;
            s.iperf3Path = QStringLiteral("/usr/bin/iperf3");
            s.iperf3Version = QStringLiteral("3.12");
            s.diskFreeBytes = qint64(d) << 30;
            s.load1 = 0.25;
            s.grade();
            checks << s;
        }
        HostStatus other = checks.first();
        other.host = QStringLiteral("lab-b");
        HostStatus undated;
        undated.host = QStringLiteral("lab-c");
        QCOMPARE(store.addHostChecks(checks + QList<HostStatus>{other, undated}, &error), 4);
        QCOMPARE(store.addHostChecks({checks.at(1)}, &error), 0);
        const QList<HostStatus> a = store.hostChecks(QStringLiteral("lab-a"), 0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(a, (QList<HostStatus>{checks.at(2), checks.at(1), checks.at(0)}));
        QCOMPARE(toString(a.at(1).level), toString(HostStatus::Level::Error));
        QCOMPARE(store.hostChecks(QStringLiteral("lab-a"), 1, &error).constFirst(), checks.at(2));
        QCOMPARE(store.hostChecks(QStringLiteral("lab-b"), 0, &error), QList<HostStatus>{other});
        QCOMPARE(store.hostChecks(QString(), 0, &error).size(), 4);
        QVERIFY(store.hostChecks(QStringLiteral("lab-c"), 0, &error).isEmpty());
    }

    void trendReadsOnlyTheCoveringIndex() {
        // What keeps a pair's trend fast on a 100,000-run file (bench/bench_history).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store(path);
            QString error;
            QVERIFY(store.open(&error));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "plan");
        QString plan;
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT id, run_id, started_at, kind, throughput_bps, "
                "transactions_per_s FROM runs INDEXED BY runs_trend WHERE pair_client = 'a' AND "
                "pair_server = 'b' AND "
                "status = 'ok' ORDER BY started_at ASC")));
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        QVERIFY2(plan.contains(QLatin1String("USING COVERING INDEX runs_trend")) &&
                     !plan.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(plan));
    }

    void damagedFileIsSetAside_data() {
        QTest::addColumn<QString>("damage");
        QTest::addRow("garbage bytes") << "garbage";
        QTest::addRow("header overwritten") << "header";
    }
    void damagedFileIsSetAside() {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QByteArray original;
        if (damage == QLatin1String("garbage")) {
            original = QByteArray("this is not a database\n").repeated(200);
        } else {
            {
                HistoryStore store(path);
                QString error;
                QVERIFY(store.open(&error));
                QCOMPARE(store.add({makeRun(QStringLiteral("x"), day(1), 1e9)}, {}, &error), 1);
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            original = file.readAll();
            original.replace(0, 16, QByteArray(16, 'Z')); // "SQLite format 3\0" gone
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(original);
        }
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.notice().contains(path) && store.notice().contains(QLatin1String("kept")),
                 qPrintable(store.notice()));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(store.notice().contains(aside.first()));
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original); // the damaged file is kept byte for byte
        QCOMPARE(store.count(&error), 0);   // and a fresh one works
        QCOMPARE(store.add({makeRun(QStringLiteral("y"), day(2), 1e9)}, {}, &error), 1);
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(runSql(path, QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY);\n"
                                            "PRAGMA user_version = 7;\n")));
        HistoryStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(QFile::exists(path));
    }

    void unwritableFolderNamesTheFile() {
        HistoryStore store(QStringLiteral("/proc/perfdeck-no/history.sqlite"));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("/proc/perfdeck-no/history.sqlite")),
                 qPrintable(error));
    }

    void twoProcessesWritingLoseNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        constexpr int PerProcess = 150;
        QProcess a;
        QProcess b;
        const QString self = QCoreApplication::applicationFilePath();
        a.start(self, {QStringLiteral("--insert-runs"), path, QStringLiteral("a"),
                       QString::number(PerProcess)});
        b.start(self, {QStringLiteral("--insert-runs"), path, QStringLiteral("b"),
                       QString::number(PerProcess)});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        HistoryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.count(&error), 2 * PerProcess);
    }

    void trendMarksADrop() {
        // 12 runs around 10 Gbit/s (+-1 %), then one at 9 Gbit/s, then back.
        QList<HistoryEntry> entries;
        const double values[] = {10.0, 10.1, 9.9,   10.05, 9.95, 10.0, 10.1,
                                 9.9,  10.0, 10.05, 9.95,  10.0, 9.0,  10.0};
        for (int i = 0; i < int(std::size(values)); ++i) {
            HistoryEntry e;
            e.id = i + 1;
            e.kind = QStringLiteral("iperf3 TCP send, 1 stream, 10 s");
            e.startedAt = day(1).addSecs(3600 * (14 - i)); // given newest first
            e.throughputBps = values[14 - 1 - i] * 1e9;
            entries << e;
        }
        HistoryEntry failed = entries.first();
        failed.status = RunStatus::Error;
        failed.id = 99;
        entries << failed;
        HistoryEntry rr;
        rr.id = 100;
        rr.kind = QStringLiteral("netperf TCP_RR");
        rr.startedAt = day(2);
        rr.transactionsPerS = 20000;
        entries << rr;
        const HistoryTrend trend =
            HistoryTrend::compute(QStringLiteral("a"), QStringLiteral("b"), entries);
        QCOMPARE(trend.series.size(), 2);
        const HistoryTrendSeries &s = trend.series.first();
        QCOMPARE(s.points.size(), 14); // the error run is no point
        QCOMPARE(s.metricKey, QStringLiteral("throughput_bps"));
        QCOMPARE(trend.series.at(1).metricKey, QStringLiteral("transactions_per_s"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!s.points.at(i).baselineMean); // fewer than 3 runs before it
        QVERIFY(s.points.at(3).baselineMean);
        QCOMPARE(s.points.at(3).baselineRuns, 3);
        QCOMPARE(s.points.at(12).baselineRuns, 10);
        QCOMPARE(s.regressions, 1);
        QVERIFY(s.points.at(12).regression);
        QCOMPARE(s.points.at(12).value, 9e9);
        // The band is the t interval of the 10 runs before it (scipy: t.ppf(0.975, 9)).
        double mean = 0;
        for (int i = 2; i < 12; ++i)
            mean += values[i];
        mean /= 10;
        QVERIFY(std::fabs(*s.points.at(12).baselineMean - mean * 1e9) < 1);
        double ss = 0;
        for (int i = 2; i < 12; ++i)
            ss += (values[i] - mean) * (values[i] - mean);
        const double sd = std::sqrt(ss / 9) * 1e9;
        const double t = 2.2621571627409915;
        QVERIFY(std::fabs(*s.points.at(12).ciLow - (mean * 1e9 - t * sd / std::sqrt(10.0))) < 1);
        QVERIFY(std::fabs(*s.points.at(12).predictionLow - (mean * 1e9 - t * sd * std::sqrt(1.1))) <
                1);
        QVERIFY(!s.points.at(13).regression); // back to normal
        const QJsonObject json = trend.toJson();
        QCOMPARE(json.value(QStringLiteral("series")).toArray().size(), 2);
    }

    void pairSpec_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("lastN");
        QTest::addRow("names") << "local..local" << true << "local"
                               << "local" << 10;
        QTest::addRow("last n") << "lab-a..lab-b:25" << true << "lab-a"
                                << "lab-b" << 25;
        QTest::addRow("ipv4") << "10.0.0.1..10.0.0.2:5" << true << "10.0.0.1"
                              << "10.0.0.2" << 5;
        QTest::addRow("bracketed v6") << "[::1]..[fe80::1]:3" << true << "::1"
                                      << "fe80::1" << 3;
        QTest::addRow("bare v6 server") << "a..fe80::1" << true << "a"
                                        << "fe80::1" << 10;
        QTest::addRow("no dots") << "local" << false << ""
                                 << "" << 0;
        QTest::addRow("empty server") << "a..:3" << false << ""
                                      << "" << 0;
        QTest::addRow("n too small") << "a..b:1" << false << ""
                                     << "" << 0;
        QTest::addRow("n not a number") << "a..b:x" << false << ""
                                        << "" << 0;
    }
    void pairSpec() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString error;
        const std::optional<HistoryPairSpec> spec = HistoryPairSpec::parse(text, &error);
        QCOMPARE(spec.has_value(), ok);
        if (!ok) {
            QVERIFY2(error.contains(text), qPrintable(error));
            return;
        }
        QTEST(spec->client, "client");
        QTEST(spec->server, "server");
        QTEST(spec->lastN, "lastN");
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--insert-runs") == 0)
        return insertRuns(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                          QString::fromLocal8Bit(argv[4]).toInt());
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
