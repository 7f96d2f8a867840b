// The German and French catalogues as a user meets them: every message of the GUI, the CLI and
// the core translated (none left unfinished), placeholders (%1, %n) and accelerators kept,
// plural forms right for each language (French "0 exécution" is singular, German "0 Läufe"
// plural), English plural forms present; and the compiled catalogues in the binary's
// resources (Localization) giving those translations by locale, with English as the fallback.
#include "util/localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Perfdeck;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readCatalogue(const QString &language, QString *error) {
    const QString path =
        QStringLiteral(PERFDECK_SOURCE_DIR "/translations/perfdeck_%1.ts").arg(language);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// "%1", "%2", "%n" ... as a sorted list: a translation must keep every one of them.
QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// The number of accelerator marks ("&F" but not "&&" nor an HTML entity such as "&amp;").
int accelerators(const QString &text) {
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#)\\S"));
    int count = 0;
    for (auto it = re.globalMatch(QString(text).replace(QLatin1String("&&"), QString()));
         it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TstTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void catalogueIsComplete() {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readCatalogue(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 1000, "the catalogue lost its messages");
        QStringList problems;
        for (const Message &m : messages) {
            const QString where =
                m.context + QStringLiteral(": \"") + m.source.left(60) + QStringLiteral("\"");
            if (m.unfinished || m.translations.isEmpty()) {
                problems << where + QStringLiteral(" is not translated");
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << where + QStringLiteral(" needs 2 plural forms, has %1")
                                        .arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" lost or added a placeholder: %1 vs %2")
                                            .arg(placeholders(m.source).join(QLatin1Char(' ')),
                                                 placeholders(t).join(QLatin1Char(' ')));
                if (accelerators(m.source) != accelerators(t))
                    problems << where + QStringLiteral(" has %1 accelerators, the source %2")
                                            .arg(accelerators(t))
                                            .arg(accelerators(m.source));
                if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')))
                    problems << where + QStringLiteral(" changed the final line break");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishHasEveryPluralForm() {
        QString error;
        const QList<Message> messages = readCatalogue(QStringLiteral("en"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        int numerus = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++numerus;
            if (m.translations.size() != 2 || m.translations.contains(QString()))
                problems << m.source;
        }
        QVERIFY(numerus > 30);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // What the compiled catalogues give at run time, as the GUI and the CLI install them.
    void installedCatalogueTranslates_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::addColumn<QString>("cliMessage");
        QTest::addColumn<QString>("zeroRuns");
        QTest::addColumn<QString>("oneRun");
        QTest::addColumn<QString>("twoRuns");
        QTest::addColumn<QString>("coreError");
        QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("de")
                                << QStringLiteral("unbekannter Befehl 'x'")
                                << QStringLiteral("0 Läufe ausgewählt")
                                << QStringLiteral("1 Lauf ausgewählt")
                                << QStringLiteral("2 Läufe ausgewählt")
                                << QStringLiteral("Host-Name 'a,b' darf keine Leerzeichen oder "
                                                  "Kommas enthalten");
        // French counts 0 as singular.
        QTest::addRow("French") << QStringLiteral("fr") << QStringLiteral("fr")
                                << QStringLiteral("commande inconnue 'x'")
                                << QStringLiteral("0 exécution sélectionnée")
                                << QStringLiteral("1 exécution sélectionnée")
                                << QStringLiteral("2 exécutions sélectionnées")
                                << QStringLiteral("le nom d'hôte 'a,b' ne doit contenir ni "
                                                  "espaces ni virgules");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("en")
                                 << QStringLiteral("unknown command 'x'")
                                 << QStringLiteral("0 runs selected")
                                 << QStringLiteral("1 run selected")
                                 << QStringLiteral("2 runs selected")
                                 << QStringLiteral("host name 'a,b' must not contain white "
                                                   "space or commas");
    }

    void installedCatalogueTranslates() {
        QFETCH(QString, language);
        QFETCH(QString, expectedLanguage);
        QFETCH(QString, cliMessage);
        QFETCH(QString, zeroRuns);
        QFETCH(QString, oneRun);
        QFETCH(QString, twoRuns);
        QFETCH(QString, coreError);
        QCOMPARE(Localization::install(QCoreApplication::instance(), language), expectedLanguage);
        QCOMPARE(QCoreApplication::translate("Perfdeck::Cli", "unknown command '%1'")
                     .arg(QLatin1String("x")),
                 cliMessage);
        const auto runs = [](int n) {
            return QCoreApplication::translate("Perfdeck::StatisticsController",
                                               "%n run(s) selected", nullptr, n);
        };
        QCOMPARE(runs(0), zeroRuns);
        QCOMPARE(runs(1), oneRun);
        QCOMPARE(runs(2), twoRuns);
        QCOMPARE(QCoreApplication::translate(
                     "Perfdeck", "host name '%1' must not contain white space or commas")
                     .arg(QLatin1String("a,b")),
                 coreError);
    }

    // A second install replaces the first: switching back to English leaves no German.
    void installReplacesThePreviousLanguage() {
        Localization::install(QCoreApplication::instance(), QStringLiteral("de"));
        Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Perfdeck::Cli", "unknown command '%1'"),
                 QStringLiteral("unknown command '%1'"));
    }

    void languagesHaveNativeNames() {
        QCOMPARE(Localization::languages(),
                 QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(Localization::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Localization::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        // An unknown or empty choice follows the system.
        QCOMPARE(Localization::messageLocale(QStringLiteral("xx")), QLocale::system());
        QCOMPARE(Localization::messageLocale(QStringLiteral("fr")).language(), QLocale::French);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
