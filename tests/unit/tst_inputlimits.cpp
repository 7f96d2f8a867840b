// Input limits (util/InputLimits) through the real loaders: crafted YAML alias bombs and deep
// nesting, endless devices and oversized hand-written files, JSON nested past the limit, runs
// with more streams or intervals than any tool gives. Each is refused (or cut, keeping what was
// read) with an error naming the file and the limit, quickly, without taking the memory.
#include "engines/iperf3jsonparser.h"
#include "inventory/ansibleimporter.h"
#include "inventory/inventoryloader.h"
#include "inventory/sshconfigimporter.h"
#include "profiles/profileloader.h"
#include "results/resultsdocument.h"
#include "results/session.h"
#include "ssh/knownhosts.h"
#include "util/inputlimits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// "Billion laughs": 9 levels of 10 aliases each stand for 10^9 nodes in about 500 bytes.
QByteArray aliasBomb(const QByteArray &indent) {
    QByteArray yaml = indent + "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level <= 8; ++level) {
        yaml +=
            indent + "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
        yaml += "]\n";
    }
    return yaml;
}

QByteArray deepYaml(int depth) {
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// What each loader reports for a file, one line per problem ("FILE:LINE:COL: message").
QString loadErrors(const QString &loader, const QString &path) {
    if (loader == QLatin1String("profile")) {
        ProfileLoader l;
        return l.load(path) ? QString() : l.errorString();
    }
    if (loader == QLatin1String("inventory")) {
        InventoryLoader l;
        return l.load(path) ? QString() : l.errorString();
    }
    if (loader == QLatin1String("ansible")) {
        AnsibleImporter a;
        return a.import(path) ? QString() : InventoryIssue::join(a.errors());
    }
    if (loader == QLatin1String("ssh-config")) {
        SshConfigImporter s;
        return s.import(path) ? QString() : InventoryIssue::join(s.errors());
    }
    qFatal("unknown loader");
}

} // namespace

class TestInputLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void yamlAliasBombIsRefused_data() {
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addRow("profile variables")
            << "profile"
            << "bomb.yaml"
            << "name: bomb\nvariables:\n" + aliasBomb("  ") + "tests:\n  - duration: 1\n";
        QTest::addRow("inventory") << "inventory"
                                   << "hosts.yaml"
                                   << "format: perfdeck.hosts/1\n" + aliasBomb("") +
                                          "hosts:\n  - name: a\n    address: 127.0.0.1\n";
        QTest::addRow("ansible yaml")
            << "ansible"
            << "hosts.yml"
            << "all:\n  vars:\n" + aliasBomb("    ") + "  hosts:\n    a:\n";
    }
    void yamlAliasBombIsRefused() {
        QFETCH(QString, loader);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, yaml);
        QVERIFY(yaml.size() < 1024);
        QTemporaryDir dir;
        const QString path = write(dir, fileName, yaml);
        const QString errors = loadErrors(loader, path);
        // The level whose aliases pass 1,000,000 nodes: l5 (10^6 and more) on its line.
        const int line = int(yaml.left(yaml.indexOf("l5:")).count('\n')) + 1;
        QVERIFY2(errors.startsWith(QStringLiteral("%1:%2:").arg(path).arg(line)),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("more than 1,000,000 YAML nodes once aliases are "
                                               "expanded (the input limit")),
                 qPrintable(errors));
    }

    void yamlNestingIsLimited_data() {
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("column");
        // yaml-cpp recurses once per level; 100,000 levels would overflow a worker's stack. The
        // column is that of the bracket that opens level 129 (the top-level map is level 1).
        QTest::addRow("profile tests, 100,000 levels")
            << "profile"
            << "deep.yaml"
            << "name: deep\ntests: " + deepYaml(100000) + "\n"
            << 8 + 127;
        QTest::addRow("profile, 129 levels") << "profile"
                                             << "deep.yaml"
                                             << "name: deep\ntests: " + deepYaml(128) + "\n"
                                             << 8 + 127;
        QTest::addRow("inventory hosts")
            << "inventory"
            << "hosts.yaml"
            << "format: perfdeck.hosts/1\nhosts: " + deepYaml(100000) + "\n"
            << 8 + 127;
        // all: and vars: are levels 2 and 3.
        QTest::addRow("ansible yaml") << "ansible"
                                      << "hosts.yml"
                                      << "all:\n  vars:\n    x: " + deepYaml(100000) + "\n"
                                      << 8 + 125;
    }
    void yamlNestingIsLimited() {
        QFETCH(QString, loader);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, yaml);
        QFETCH(int, column);
        QTemporaryDir dir;
        const QString path = write(dir, fileName, yaml);
        const QString errors = loadErrors(loader, path);
        const QString where =
            QStringLiteral("%1:%2:%3: ").arg(path).arg(yaml.count('\n')).arg(column);
        const QString expected = where + QLatin1String("YAML nested deeper than 128 levels (the "
                                                       "input limit)");
        QVERIFY2(errors.startsWith(expected), qPrintable(errors.left(300) + " / " + expected));
    }

    void yamlWithinTheLimitsLoads() {
        // 128 levels and a few aliases are fine: the limits refuse only what no user writes.
        int line = 0;
        int column = 0;
        QCOMPARE(InputLimits::checkYaml("a: " + deepYaml(127), &line, &column), QString());
        QCOMPARE(InputLimits::checkYaml("d: &d {a: 1}\nx: *d\ny: *d\n", &line, &column), QString());
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("p.yaml"),
                                   "name: p\ndefaults: &d {duration: 2}\n"
                                   "tests:\n  - name: a\n    duration: 3\n");
        ProfileLoader loader;
        const auto profile = loader.load(path);
        QVERIFY2(profile, qPrintable(loader.errorString()));
        QCOMPARE(profile->tests.size(), 1);
    }

    void endlessDevicesAreNotReadForever_data() {
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("profile") << "profile"
                                 << "cannot read the profile: ";
        QTest::addRow("inventory") << "inventory"
                                   << "cannot read the inventory: ";
        QTest::addRow("ansible") << "ansible"
                                 << "cannot read the Ansible inventory: ";
        QTest::addRow("ssh config") << "ssh-config"
                                    << "cannot read the ssh configuration: ";
    }
    void endlessDevicesAreNotReadForever() {
        // These loaders read /dev/zero until memory ran out; they stop at 16 MiB now.
        QFETCH(QString, loader);
        QFETCH(QString, prefix);
        QElapsedTimer timer;
        timer.start();
        const QString errors = loadErrors(loader, QStringLiteral("/dev/zero"));
        QCOMPARE(errors, QStringLiteral("/dev/zero: ") + prefix +
                             QStringLiteral("the input is larger than 16 MiB (a device or an "
                                            "endless stream?); refusing to read more"));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void oversizedFilesAreRefusedUnread_data() {
        QTest::addColumn<QString>("loader");
        QTest::addRow("profile") << "profile";
        QTest::addRow("inventory") << "inventory";
        QTest::addRow("ansible") << "ansible";
        QTest::addRow("ssh config") << "ssh-config";
    }
    void oversizedFilesAreRefusedUnread() {
        QFETCH(QString, loader);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(InputLimits::MaxConfigBytes + (1 << 20))); // sparse: 17 MiB
        f.close();
        const QString errors = loadErrors(loader, path);
        QVERIFY2(errors.startsWith(path + QLatin1String(": ")), qPrintable(errors));
        QVERIFY2(errors.endsWith(QLatin1String("the file is too large (17 MiB; at most 16 MiB "
                                               "are read)")),
                 qPrintable(errors));
    }

    void knownHostsFromAnEndlessDeviceKnowsNothing() {
        // A known_hosts that cannot be read trusts nothing: every key is asked about.
        QElapsedTimer timer;
        timer.start();
        const KnownHosts hosts = KnownHosts::load(QStringLiteral("/dev/zero"));
        QVERIFY(hosts.entries().isEmpty());
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void deepJsonNamesTheLimit_data() {
        QTest::addColumn<QString>("kind");
        QTest::addRow("session") << "session";
        QTest::addRow("results") << "results";
    }
    void deepJsonNamesTheLimit() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QByteArray head = kind == QLatin1String("session")
                                    ? QByteArray("{\"format\":\"perfdeck.session\",\"ui\":")
                                    : QByteArray("{\"format\":\"perfdeck.results/1\",\"runs\":");
        const QString path = write(dir, kind + QLatin1String(".json"),
                                   head + QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
        QString error;
        bool loaded = false;
        if (kind == QLatin1String("session")) {
            Session s;
            loaded = Session::load(path, &s, &error);
        } else {
            ResultsDocument d;
            loaded = ResultsDocument::load(path, &d, &error);
        }
        QVERIFY(!loaded);
        // Qt's parser stops at the bracket past its 1024 levels (as tst_iperf3jsonparser shows).
        const int column = int(head.size()) + InputLimits::MaxJsonDepth + 1;
        QVERIFY2(error.startsWith(QStringLiteral("%1: line 1, column %2: nested deeper than 1024 "
                                                 "levels (the input limit)")
                                      .arg(path)
                                      .arg(column)),
                 qPrintable(error));
    }

    void iperf3StreamsPastTheLimitAreCut() {
        // iperf3 opens at most 128 streams (256 sockets with --bidir); a document with 1,000 in
        // one interval keeps 256 and says why the run is partial.
        QJsonArray streams;
        for (int i = 0; i < 1000; ++i)
            streams.append(QJsonObject{{QStringLiteral("socket"), i + 5},
                                       {QStringLiteral("bits_per_second"), 1e6},
                                       {QStringLiteral("sender"), true}});
        QJsonObject sum{{QStringLiteral("bits_per_second"), 1e9},
                        {QStringLiteral("sender"), true},
                        {QStringLiteral("start"), 0},
                        {QStringLiteral("end"), 1}};
        const QJsonObject doc{
            {QStringLiteral("start"),
             QJsonObject{{QStringLiteral("test_start"),
                          QJsonObject{{QStringLiteral("protocol"), QStringLiteral("TCP")}}}}},
            {QStringLiteral("intervals"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("streams"), streams}, {QStringLiteral("sum"), sum}}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("streams"), streams},
                                                {QStringLiteral("sum_sent"), sum},
                                                {QStringLiteral("sum_received"), sum}}}};
        const Iperf3ParseOutcome outcome =
            Iperf3JsonParser::parse(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        QVERIFY(outcome.parsed);
        QCOMPARE(outcome.run.intervals.size(), 1);
        QCOMPARE(outcome.run.intervals.first().streams.size(), InputLimits::MaxStreams);
        QCOMPARE(outcome.run.intervals.first().bps, 1e9); // the totals are iperf3's
        QVERIFY(outcome.run.status == RunStatus::Partial);
        QCOMPARE(outcome.run.error,
                 QStringLiteral("1,000 streams in one interval, more than the input limit of 256 "
                                "(iperf3 allows -P 128): the first 256 are kept"));
    }

    void resultsRunsPastTheLimitsAreRefused_data() {
        QTest::addColumn<int>("intervals");
        QTest::addColumn<int>("streams");
        QTest::addColumn<QString>("problem");
        QTest::addRow("1,000,001 intervals")
            << 1000001 << 0
            << "runs[0]: 1,000,001 intervals, more than the input limit of 1,000,000";
        QTest::addRow("300 streams in an interval")
            << 2 << 300
            << "runs[0]: interval 1: 300 streams in one interval, more than the input limit of "
               "256 (iperf3 allows -P 128); interval 2: 300 streams in one interval, more than "
               "the input limit of 256 (iperf3 allows -P 128)";
    }
    void resultsRunsPastTheLimitsAreRefused() {
        QFETCH(int, intervals);
        QFETCH(int, streams);
        QFETCH(QString, problem);
        // Built as text: a QJsonArray of a million objects would cost more than the test.
        QByteArray stream = "{}";
        QByteArray interval = "{\"start_s\":0,\"end_s\":1,\"bps\":1";
        if (streams > 0) {
            interval += ",\"streams\":[";
            for (int i = 0; i < streams; ++i)
                interval += (i ? ",{}" : "{}");
            interval += "]";
        }
        interval += "}";
        QByteArray list;
        list.reserve(qsizetype(intervals) * (interval.size() + 1));
        for (int i = 0; i < intervals; ++i) {
            if (i)
                list += ',';
            list += interval;
        }
        const QByteArray doc = "{\"format\":\"perfdeck.results/1\",\"runs\":[{\"id\":\"r\","
                               "\"engine\":\"iperf3\",\"intervals\":[" +
                               list + "]}]}";
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("r.json"), doc);
        ResultsDocument d;
        QString error;
        QVERIFY(!ResultsDocument::load(path, &d, &error));
        QCOMPARE(error, path + QLatin1String(": ") + problem);
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
