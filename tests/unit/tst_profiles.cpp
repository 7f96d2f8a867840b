// YAML test profiles: the shipped ones load and validate, extends/variables semantics, and
// every error says FILE:LINE:COLUMN with the field a user has to fix.
#include "profiles/profilelibrary.h"
#include "profiles/profileloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Perfdeck;

namespace {

const QString shippedDir = QStringLiteral(PERFDECK_SOURCE_DIR "/profiles");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &yaml) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(yaml);
    return path;
}

} // namespace

class TestProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedProfilesLoad_data();
    void shippedProfilesLoad();
    void libraryListsTheTenShippedProfiles();
    void resolveNameOrFile();
    void listReportsBrokenProfilesAndShadowing();
    void extendsOverridesDefaultsAndTests();
    void variablesWithDefaultsAndOverrides();
    void hostVariable();
    void affinityAsYamlList();
    void cyclesAreDetected();
    void nestedVariablesAreExpandedOnce();
    void nestedVariablesCannotExplode();
    void hostileProfileDoesNotStallTheListing();
    void variableLoopsAreReported();
    void concurrentIsInheritedAndOverridable();
    void errors_data();
    void errors();
    void testNameRoundTripsThroughJson();
};

void TestProfiles::shippedProfilesLoad_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("extends");
    for (const char *name :
         {"throughput", "latency", "stress", "lossy", "jitter", "qos", "presets"})
        QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
    for (const char *name : {"cloud", "datacenter", "wireless", "bufferbloat"})
        QTest::addRow("%s", name) << QString::fromLatin1(name) << true;
}

void TestProfiles::shippedProfilesLoad() {
    QFETCH(QString, name);
    QFETCH(bool, extends);
    const QString path = ProfileLibrary::resolve(name, {shippedDir});
    QVERIFY2(!path.isEmpty(), qPrintable(name));
    ProfileLoader loader;
    loader.setSearchPaths({shippedDir});
    const auto profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->name, name);
    QVERIFY(!profile->description.isEmpty());
    QCOMPARE(profile->chain.size() > 1, extends);
    QVERIFY(profile->tests.size() >= 4);
    QStringList names;
    for (const TestSpec &spec : profile->tests) {
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        QVERIFY(!spec.name.isEmpty());
        QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
        names << spec.name;
        QVERIFY(spec.usesEmbeddedServer()); // no --target: 127.0.0.1
        QVERIFY(spec.durationS <= 10);      // short by default
    }
}

void TestProfiles::libraryListsTheTenShippedProfiles() {
    const QList<ProfileLibrary::Entry> entries = ProfileLibrary::list({shippedDir});
    QStringList names;
    for (const auto &e : entries) {
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QVERIFY(e.testCount > 0);
        names << e.name;
    }
    QCOMPARE(names, QStringList({"bufferbloat", "cloud", "datacenter", "jitter", "latency", "lossy",
                                 "presets", "qos", "shaping", "stress", "throughput", "wireless"}));
}

void TestProfiles::resolveNameOrFile() {
    QTemporaryDir user;
    const QString mine = write(user, QStringLiteral("mine.yml"), "tests:\n  - name: a\n");
    QCOMPARE(ProfileLibrary::resolve(QStringLiteral("mine"), {shippedDir, user.path()}), mine);
    QCOMPARE(ProfileLibrary::resolve(mine, {}), mine);
    QCOMPARE(ProfileLibrary::resolve(QStringLiteral("throughput"), {shippedDir, user.path()}),
             shippedDir + QStringLiteral("/throughput.yaml"));
    QVERIFY(ProfileLibrary::resolve(QStringLiteral("nosuch"), {shippedDir}).isEmpty());
}

void TestProfiles::listReportsBrokenProfilesAndShadowing() {
    QTemporaryDir user;
    const QString broken = write(user, QStringLiteral("broken.yaml"), "tests: [\n");
    write(user, QStringLiteral("throughput.yaml"), "tests:\n  - name: only-one\n");
    const QList<ProfileLibrary::Entry> entries = ProfileLibrary::list({shippedDir, user.path()});
    // The shipped ones plus broken.yaml (the user's throughput.yaml shadows a shipped one).
    QCOMPARE(entries.size(), ProfileLibrary::list({shippedDir}).size() + 1);
    QCOMPARE(entries.at(0).name, QStringLiteral("broken"));
    QVERIFY2(entries.at(0).error.startsWith(broken + QStringLiteral(":2:1: YAML syntax error")),
             qPrintable(entries.at(0).error));
    const auto throughput = std::find_if(entries.cbegin(), entries.cend(), [](const auto &e) {
        return e.name == QLatin1String("throughput");
    });
    QCOMPARE(throughput->testCount, 4); // the first directory wins
}

void TestProfiles::extendsOverridesDefaultsAndTests() {
    QTemporaryDir dir;
    write(dir, QStringLiteral("base.yaml"),
          "name: base\n"
          "description: the parent\n"
          "defaults:\n"
          "  duration: 5\n"
          "  parallel: 2\n"
          "tests:\n"
          "  - name: a\n"
          "  - name: b\n"
          "    bitrate: 10M\n");
    const QString child = write(dir, QStringLiteral("child.yaml"),
                                "extends: base\n"
                                "defaults:\n"
                                "  parallel: 4\n"
                                "tests:\n"
                                "  - name: b\n"
                                "    direction: receive\n"
                                "  - name: c\n"
                                "    parallel: 1\n");
    ProfileLoader loader;
    const auto profile = loader.load(child);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->name, QStringLiteral("child")); // no name: the file's base name
    QCOMPARE(profile->description, QStringLiteral("the parent"));
    QCOMPARE(profile->chain.size(), 2);
    QCOMPARE(profile->tests.size(), 3);
    const TestSpec &a = profile->tests.at(0);
    const TestSpec &b = profile->tests.at(1);
    const TestSpec &c = profile->tests.at(2);
    QCOMPARE(a.name, QStringLiteral("a"));
    QCOMPARE(a.parallel, 4); // the child's defaults apply to the parent's tests too
    QCOMPARE(a.durationS, 5.0);
    QCOMPARE(b.name, QStringLiteral("b"));
    QVERIFY(b.direction == Direction::Receive); // refined by the child
    QCOMPARE(b.bitrateBps.value_or(0), 10e6);   // kept from the parent
    QCOMPARE(c.name, QStringLiteral("c"));
    QCOMPARE(c.parallel, 1);       // a test's own field beats every default
    QVERIFY(!profile->concurrent); // nobody asked for it
}

void TestProfiles::concurrentIsInheritedAndOverridable() {
    QTemporaryDir dir;
    write(dir, QStringLiteral("load.yaml"),
          "concurrent: true\n"
          "tests:\n"
          "  - name: bulk\n");
    const QString child = write(dir, QStringLiteral("child.yaml"),
                                "extends: load\n"
                                "tests:\n"
                                "  - name: rr\n"
                                "    engine: netperf\n"
                                "    netperf_test: TCP_RR\n");
    const QString serial = write(dir, QStringLiteral("serial.yaml"),
                                 "extends: load\n"
                                 "concurrent: false\n");
    ProfileLoader loader;
    auto profile = loader.load(child);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QVERIFY(profile->concurrent);
    profile = loader.load(serial);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QVERIFY(!profile->concurrent);
    QVERIFY(ProfileLoader().load(shippedDir + QStringLiteral("/bufferbloat.yaml"))->concurrent);
}

void TestProfiles::variablesWithDefaultsAndOverrides() {
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("vars.yaml"),
                               "variables:\n"
                               "  RATE: 50M\n"
                               "  STREAMS: 3\n"
                               "defaults:\n"
                               "  duration: ${DURATION:-7}\n"
                               "tests:\n"
                               "  - name: udp\n"
                               "    protocol: udp\n"
                               "    bitrate: ${RATE}\n"
                               "  - name: tcp-${STREAMS}\n"
                               "    parallel: ${STREAMS}\n");
    ProfileLoader loader;
    auto profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->tests.at(0).durationS, 7.0);
    QCOMPARE(profile->tests.at(0).bitrateBps.value_or(0), 50e6);
    QCOMPARE(profile->tests.at(1).parallel, 3);
    QCOMPARE(profile->variables.value(QStringLiteral("RATE")), QStringLiteral("50M"));

    loader.setVariables({{QStringLiteral("DURATION"), QStringLiteral("2")},
                         {QStringLiteral("RATE"), QStringLiteral("1G")}});
    profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->tests.at(0).durationS, 2.0);
    QCOMPARE(profile->tests.at(0).bitrateBps.value_or(0), 1e9);
}

void TestProfiles::hostVariable() {
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("host.yaml"),
                               "tests:\n"
                               "  - name: a\n"
                               "    host: ${HOST}\n"
                               "  - name: b\n"
                               "    host: ${HOST:-127.0.0.1}\n");
    ProfileLoader loader;
    auto profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QVERIFY(profile->tests.at(0).usesEmbeddedServer()); // no target: empty HOST
    QCOMPARE(profile->tests.at(1).host, QStringLiteral("127.0.0.1"));
    loader.setVariables({{QStringLiteral("HOST"), QStringLiteral("10.0.0.9")}});
    profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->tests.at(0).host, QStringLiteral("10.0.0.9"));
    QCOMPARE(profile->tests.at(1).host, QStringLiteral("10.0.0.9"));
}

void TestProfiles::affinityAsYamlList() {
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("pinned.yaml"),
                               "tests:\n"
                               "  - name: list\n"
                               "    instances: 2\n"
                               "    affinity: [0, 1]\n"
                               "  - name: block\n"
                               "    affinity:\n"
                               "      - 1\n"
                               "      - 2-3\n"
                               "  - name: text\n"
                               "    affinity: 0,2-3\n"
                               "  - name: automatic\n"
                               "    affinity: auto\n");
    ProfileLoader loader;
    const auto profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->tests.at(0).affinity, QStringLiteral("0,1"));
    QCOMPARE(profile->tests.at(1).affinity, QStringLiteral("1,2-3"));
    QCOMPARE(profile->tests.at(2).affinity, QStringLiteral("0,2-3"));
    QCOMPARE(profile->tests.at(3).affinity, QStringLiteral("auto"));

    // A list holding something that is not a CPU is refused at its place.
    const QString bad = write(dir, QStringLiteral("bad.yaml"),
                              "tests:\n"
                              "  - name: a\n"
                              "    affinity: [0, x]\n");
    QVERIFY(!loader.load(bad));
    QVERIFY2(loader.errorString().contains(QStringLiteral("bad.yaml:3:15: affinity must be")),
             qPrintable(loader.errorString()));
    const QString nested = write(dir, QStringLiteral("nested.yaml"),
                                 "tests:\n"
                                 "  - name: a\n"
                                 "    affinity: [[0]]\n");
    QVERIFY(!loader.load(nested));
    QVERIFY2(loader.errorString().contains(QStringLiteral("nested.yaml:3:15: affinity must be")),
             qPrintable(loader.errorString()));
}

void TestProfiles::cyclesAreDetected() {
    QTemporaryDir dir;
    const QString a = write(dir, QStringLiteral("a.yaml"), "extends: b\ntests:\n  - name: x\n");
    write(dir, QStringLiteral("b.yaml"), "extends: a\ntests:\n  - name: y\n");
    const QString self =
        write(dir, QStringLiteral("self.yaml"), "extends: self\ntests:\n  - name: x\n");
    ProfileLoader loader;
    QVERIFY(!loader.load(a));
    QCOMPARE(loader.errors().size(), 1);
    QCOMPARE(loader.errorString(), dir.filePath(QStringLiteral("b.yaml")) +
                                       QStringLiteral(":1:10: extends: inheritance cycle "
                                                      "a -> b -> a"));
    QVERIFY(!loader.load(self));
    QCOMPARE(loader.errorString(),
             self + QStringLiteral(":1:10: extends: inheritance cycle self -> self"));
}

// Ten levels of ten references each: 10^9 substitutions if every use were expanded again.
// The values stay empty, so only caching makes this load at once.
static QByteArray fanOutVariables(const QByteArray &leaf) {
    QByteArray yaml = "variables:\n  V0: \"" + leaf + "\"\n";
    for (int level = 1; level <= 9; ++level) {
        yaml += "  V" + QByteArray::number(level) + ": \"";
        for (int i = 0; i < 10; ++i)
            yaml += "${V" + QByteArray::number(level - 1) + "}";
        yaml += "\"\n";
    }
    return yaml;
}

void TestProfiles::nestedVariablesAreExpandedOnce() {
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("fanout.yaml"),
                               fanOutVariables("") + "tests:\n"
                                                     "  - name: a\n"
                                                     "    duration: 5${V9}\n");
    ProfileLoader loader;
    const auto profile = loader.load(path);
    QVERIFY2(profile, qPrintable(loader.errorString()));
    QCOMPARE(profile->tests.at(0).durationS, 5.0);
    QCOMPARE(profile->variables.value(QStringLiteral("V9")), QString());

    // A long chain of references is not a loop (an old depth limit of 8 said it was).
    QByteArray chain = "variables:\n  C0: 3\n";
    for (int i = 1; i <= 20; ++i)
        chain += "  C" + QByteArray::number(i) + ": ${C" + QByteArray::number(i - 1) + "}\n";
    const QString chainPath = write(dir, QStringLiteral("chain.yaml"),
                                    chain + "tests:\n  - name: a\n    duration: ${C20}\n");
    const auto chained = loader.load(chainPath);
    QVERIFY2(chained, qPrintable(loader.errorString()));
    QCOMPARE(chained->tests.at(0).durationS, 3.0);
}

void TestProfiles::hostileProfileDoesNotStallTheListing() {
    // `profile list` loads every profile: the nested-expansion file is one broken entry.
    QTemporaryDir user;
    const QString bomb = write(user, QStringLiteral("bomb.yaml"),
                               fanOutVariables("xxxxxxxxxx") + "tests:\n"
                                                               "  - name: a\n"
                                                               "    host: ${V9}\n");
    const QList<ProfileLibrary::Entry> entries = ProfileLibrary::list({shippedDir, user.path()});
    QCOMPARE(entries.size(), ProfileLibrary::list({shippedDir}).size() + 1);
    const auto entry = std::find_if(entries.cbegin(), entries.cend(),
                                    [](const auto &e) { return e.name == QLatin1String("bomb"); });
    QVERIFY(entry != entries.cend());
    QVERIFY2(entry->error.startsWith(bomb + QStringLiteral(":5:")), qPrintable(entry->error));
}

void TestProfiles::nestedVariablesCannotExplode() {
    // The hostile file of the review: each level multiplies the length by ten (10 GB at V9).
    // It used to run for minutes and abort on bad_alloc; now it is an error at the variable.
    QTemporaryDir dir;
    const QByteArray yaml = fanOutVariables("xxxxxxxxxx") + "tests:\n"
                                                            "  - name: a\n"
                                                            "    host: ${V9}\n";
    const QString path = write(dir, QStringLiteral("bomb.yaml"), yaml);
    ProfileLoader loader;
    QVERIFY(!loader.load(path));
    QVERIFY(!loader.errors().isEmpty());
    const ProfileError first = loader.errors().constFirst();
    QCOMPARE(first.file, path);
    QCOMPARE(first.line, 5); // V3 is the first value past 4096 characters (10^4)
    QVERIFY2(first.message.contains(QLatin1String("longer than 4096 characters")),
             qPrintable(first.toString()));
    // The test's host field fails too, at its own line, instead of being built.
    QCOMPARE(loader.errors().constLast().line, 14);
}

void TestProfiles::variableLoopsAreReported() {
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("loop.yaml"),
                               "variables:\n"
                               "  A: x${B}\n"
                               "  B: ${C}\n"
                               "  C: ${A}\n"
                               "tests:\n"
                               "  - name: a\n"
                               "    host: ${A}\n");
    ProfileLoader loader;
    QVERIFY(!loader.load(path));
    const QString first = loader.errors().constFirst().toString();
    QVERIFY2(first.startsWith(path + QStringLiteral(":2:6: variables refer to each other in a "
                                                    "loop")),
             qPrintable(first));
}

void TestProfiles::errors_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // after "FILE:"

    QTest::addRow("yaml syntax error") << QByteArray("name: x\n"
                                                     "tests:\n"
                                                     "  - name: a\n"
                                                     "    duration: [1, 2\n")
                                       << QStringLiteral("5:1: YAML syntax error: end of "
                                                         "sequence flow not found");
    QTest::addRow("tab indentation") << QByteArray("tests:\n"
                                                   "  - name: a\n"
                                                   "\tduration: 1\n")
                                     << QStringLiteral("3:1: YAML syntax error:");
    QTest::addRow("unknown field with suggestion")
        << QByteArray("name: lossy\n"
                      "tests:\n"
                      "  - name: a\n"
                      "    paralel: 4\n")
        << QStringLiteral("4:5: unknown field 'paralel' (did you mean 'parallel'?)");
    QTest::addRow("unknown field in defaults") << QByteArray("defaults:\n"
                                                             "  durration: 4\n"
                                                             "tests:\n"
                                                             "  - name: a\n")
                                               << QStringLiteral("2:3: unknown field "
                                                                 "'durration' (did you mean "
                                                                 "'duration'?)");
    QTest::addRow("unknown top-level key") << QByteArray("test:\n"
                                                         "  - name: a\n")
                                           << QStringLiteral("1:1: unknown field 'test' (did "
                                                             "you mean 'tests'?)");
    QTest::addRow("duration not a number") << QByteArray("tests:\n"
                                                         "  - name: a\n"
                                                         "    duration: ten\n")
                                           << QStringLiteral("3:15: duration must be a number "
                                                             "(got 'ten')");
    QTest::addRow("parallel not whole") << QByteArray("tests:\n"
                                                      "  - name: a\n"
                                                      "    parallel: 2.5\n")
                                        << QStringLiteral("3:15: parallel must be a whole "
                                                          "number (got '2.5')");
    QTest::addRow("list instead of a value") << QByteArray("tests:\n"
                                                           "  - name: a\n"
                                                           "    bitrate: [1M, 2M]\n")
                                             << QStringLiteral("3:14: bitrate must be a single "
                                                               "value, not a list");
    QTest::addRow("bad engine") << QByteArray("tests:\n"
                                              "  - name: a\n"
                                              "    engine: iperf2\n")
                                << QStringLiteral("3:13: engine must be iperf3 or netperf (got "
                                                  "'iperf2')");
    QTest::addRow("validate() at the test's line")
        << QByteArray("defaults:\n"
                      "  duration: 1\n"
                      "tests:\n"
                      "  - name: ok\n"
                      "  - name: too-many\n"
                      "    parallel: 500\n")
        << QStringLiteral("5:5: test 'too-many': parallel streams must be between 1 and 128 "
                          "(got 500)");
    QTest::addRow("netperf validate()") << QByteArray("tests:\n"
                                                      "  - name: rr\n"
                                                      "    engine: netperf\n"
                                                      "    netperf_test: TCP_RR\n"
                                                      "    bitrate: 1M\n")
                                        << QStringLiteral("2:5: test 'rr': netperf cannot "
                                                          "limit the bitrate");
    QTest::addRow("missing extends target") << QByteArray("extends: nosuch\n"
                                                          "tests:\n"
                                                          "  - name: a\n")
                                            << QStringLiteral("1:10: extends: no profile "
                                                              "'nosuch'");
    QTest::addRow("undefined variable") << QByteArray("tests:\n"
                                                      "  - name: a\n"
                                                      "    duration: ${LENGTH}\n")
                                        << QStringLiteral("3:15: undefined variable 'LENGTH'");
    QTest::addRow("duplicate test name") << QByteArray("tests:\n"
                                                       "  - name: a\n"
                                                       "  - name: a\n")
                                         << QStringLiteral("3:11: duplicate test name 'a' "
                                                           "(first at line 2)");
    QTest::addRow("test not a map") << QByteArray("tests:\n"
                                                  "  - tcp-upload\n")
                                    << QStringLiteral("2:5: a test must be a map");
    QTest::addRow("tests not a list") << QByteArray("tests:\n"
                                                    "  name: a\n")
                                      << QStringLiteral("2:3: tests must be a list");
    QTest::addRow("concurrent not a bool") << QByteArray("concurrent: sometimes\n"
                                                         "tests:\n"
                                                         "  - name: a\n")
                                           << QStringLiteral("1:13: concurrent must be true or "
                                                             "false");
    QTest::addRow("no tests") << QByteArray("name: empty\n")
                              << QStringLiteral(" the profile has no tests");
}

void TestProfiles::errors() {
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("bad.yaml"), yaml);
    ProfileLoader loader;
    loader.setSearchPaths({dir.path()});
    QVERIFY(!loader.load(path));
    QVERIFY(!loader.errors().isEmpty());
    const QString first = loader.errors().constFirst().toString();
    QVERIFY2(first.startsWith(path + QLatin1Char(':') + expected),
             qPrintable(QStringLiteral("got: ") + first));
}

void TestProfiles::testNameRoundTripsThroughJson() {
    TestSpec spec;
    spec.name = QStringLiteral("tcp-upload");
    spec.parallel = 4;
    QString error;
    const TestSpec back = TestSpec::fromJson(spec.toJson(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back.name, spec.name);
    QVERIFY(back == spec);
    QVERIFY(!TestSpec().toJson().contains(QStringLiteral("name"))); // unnamed: as before
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
