// perfdeck-cli in the user's language: the real binary run with LANG, LC_MESSAGES, LC_ALL and
// LANGUAGE as a shell sets them prints its help and its errors (CLI and core messages) in
// German or French, falls back to English for C or a language without a catalogue, and keeps
// what scripts read unchanged: option names, exit codes, and the stats --json document.
#include "testhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Locale {
    QString lang;       // LANG
    QString lcMessages; // LC_MESSAGES
    QString lcAll;      // LC_ALL
    QString language;   // LANGUAGE
};

TestHelpers::CliResult runCliIn(const Locale &locale, const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_MESSAGES", "LC_ALL", "LANGUAGE"})
        env.remove(QLatin1String(name));
    const auto set = [&env](const char *name, const QString &value) {
        if (!value.isEmpty())
            env.insert(QLatin1String(name), value);
    };
    set("LANG", locale.lang);
    set("LC_MESSAGES", locale.lcMessages);
    set("LC_ALL", locale.lcAll);
    set("LANGUAGE", locale.language);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PERFDECK_CLI), arguments);
    TestHelpers::CliResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Locale)

class TstCliTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorsInTheUsersLanguage_data() {
        QTest::addColumn<Locale>("locale");
        QTest::addColumn<QString>("unknownCommand");
        QTest::addColumn<QString>("missingFile");
        QTest::addRow("LANG=de_DE") << Locale{QStringLiteral("de_DE.UTF-8"), {}, {}, {}}
                                    << QStringLiteral("unbekannter Befehl 'frobnicate'")
                                    << QStringLiteral("kann nicht lesen");
        QTest::addRow("LANG=fr_FR") << Locale{QStringLiteral("fr_FR.UTF-8"), {}, {}, {}}
                                    << QStringLiteral("commande inconnue 'frobnicate'")
                                    << QStringLiteral("lecture impossible");
        // LC_MESSAGES decides the messages over LANG, LC_ALL over both.
        QTest::addRow("LC_MESSAGES=fr over LANG=C")
            << Locale{QStringLiteral("C.UTF-8"), QStringLiteral("fr_FR.UTF-8"), {}, {}}
            << QStringLiteral("commande inconnue 'frobnicate'")
            << QStringLiteral("lecture impossible");
        QTest::addRow("LC_ALL=de over LANG=fr")
            << Locale{QStringLiteral("fr_FR.UTF-8"), {}, QStringLiteral("de_DE.UTF-8"), {}}
            << QStringLiteral("unbekannter Befehl 'frobnicate'")
            << QStringLiteral("kann nicht lesen");
        // GNU LANGUAGE: the first listed language that has a catalogue.
        QTest::addRow("LANGUAGE=it:fr")
            << Locale{QStringLiteral("de_DE.UTF-8"), {}, {}, QStringLiteral("it:fr")}
            << QStringLiteral("commande inconnue 'frobnicate'")
            << QStringLiteral("lecture impossible");
        QTest::addRow("LANG=C") << Locale{QStringLiteral("C"), {}, {}, {}}
                                << QStringLiteral("unknown command 'frobnicate'")
                                << QStringLiteral("cannot read");
        QTest::addRow("no catalogue (Italian)")
            << Locale{QStringLiteral("it_IT.UTF-8"), {}, {}, {}}
            << QStringLiteral("unknown command 'frobnicate'") << QStringLiteral("cannot read");
    }

    void errorsInTheUsersLanguage() {
        QFETCH(Locale, locale);
        QFETCH(QString, unknownCommand);
        QFETCH(QString, missingFile);

        const TestHelpers::CliResult unknown = runCliIn(locale, {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(unknownCommand), qPrintable(unknown.err));

        // A core message (util/fileio) reaches the user translated too, with the file named.
        const QString missing = QStringLiteral("/nonexistent-perfdeck/values.csv");
        const TestHelpers::CliResult stats = runCliIn(locale, {QStringLiteral("stats"), missing});
        QCOMPARE(stats.exitCode, 2);
        QVERIFY2(stats.err.contains(missingFile), qPrintable(stats.err));
        QVERIFY2(stats.err.contains(missing), qPrintable(stats.err));
    }

    // --help: descriptions translated, option names and value names as they are.
    void helpIsTranslatedOptionsAreNot_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("qtHelpLine");
        QTest::addRow("German") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("Testdauer in Sekunden (Standard 10).")
                                << QStringLiteral("Optionen:");
        QTest::addRow("French") << QStringLiteral("fr_FR.UTF-8")
                                << QStringLiteral("Durée du test en secondes (par défaut 10).")
                                << QStringLiteral("Options :");
    }

    void helpIsTranslatedOptionsAreNot() {
        QFETCH(QString, lang);
        QFETCH(QString, description);
        QFETCH(QString, qtHelpLine);
        const TestHelpers::CliResult help =
            runCliIn(Locale{lang, {}, {}, {}}, {QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(description), qPrintable(help.out));
        for (const char *option :
             {"--duration <S>", "--parallel <N>", "--json <FILE>", "--target <HOST[:PORT]>"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        // Qt's own lines come from Qt's catalogue (qt6-translations-l10n).
        QVERIFY2(help.out.contains(qtHelpLine), qPrintable(help.out));

        const TestHelpers::CliResult usage =
            runCliIn(Locale{lang, {}, {}, {}}, {QStringLiteral("--help")});
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.contains(QLatin1String("perfdeck-cli")), qPrintable(usage.out));
        QVERIFY2(!usage.out.contains(QLatin1String("Commands:")), qPrintable(usage.out));
    }

    // The machine-readable result is the same document in every language: same keys, same
    // numbers (written with a decimal point), same verdicts.
    void jsonIsTheSameInEveryLanguage() {
        const QString values = QStringLiteral(PERFDECK_TEST_DATA "/stats/values.csv");
        const QStringList args = {QStringLiteral("stats"), values, QStringLiteral("--json"),
                                  QStringLiteral("--baseline"), values};
        const TestHelpers::CliResult english = runCliIn(Locale{.lang = QStringLiteral("C")}, args);
        QCOMPARE(english.exitCode, 0);
        const QJsonObject reference = QJsonDocument::fromJson(english.out.toUtf8()).object();
        QVERIFY2(reference.contains(QLatin1String("mean")), qPrintable(english.out));
        QVERIFY(reference.value(QLatin1String("comparison")).isObject());
        for (const QString &lang : {QStringLiteral("de_DE.UTF-8"), QStringLiteral("fr_FR.UTF-8")}) {
            const TestHelpers::CliResult translated = runCliIn(Locale{.lang = lang}, args);
            QCOMPARE(translated.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(translated.out.toUtf8()).object(), reference);
        }
    }
};

QTEST_GUILESS_MAIN(TstCliTranslations)
#include "tst_clitranslations.moc"
