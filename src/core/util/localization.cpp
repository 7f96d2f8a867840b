#include "util/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Perfdeck {

namespace {
const QString kCatalogueFolder = QStringLiteral(":/i18n");
// The translators install() made, so that a second call replaces them.
const char kTranslatorName[] = "perfdeck-translator";

void installNamed(QTranslator *translator, bool loaded) {
    if (!loaded) {
        delete translator;
        return;
    }
    translator->setObjectName(QLatin1String(kTranslatorName));
    QCoreApplication::installTranslator(translator);
}
} // namespace

QStringList Localization::languages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Localization::nativeName(const QString &language) {
    // Not QLocale::nativeLanguageName(): it says "American English" for en_US.
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QLocale Localization::messageLocale(const QString &language) {
    if (languages().contains(language))
        return QLocale(language);
    return QLocale::system();
}

QString Localization::install(QCoreApplication *app, const QString &language) {
    const QLocale locale = messageLocale(language);
    // The first of the user's UI languages we have a catalogue for (LANGUAGE=fr:de gives fr).
    QString chosen = QStringLiteral("en");
    for (const QString &name : locale.uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (languages().contains(code)) {
            chosen = code;
            break;
        }
    }
    const QList<QTranslator *> previous = app->findChildren<QTranslator *>(
        QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    auto *own = new QTranslator(app);
    installNamed(own, own->load(QStringLiteral("perfdeck_") + chosen, kCatalogueFolder));
    if (chosen != QLatin1String("en")) {
        // Qt's own strings: dialog buttons, QCommandLineParser's --help and --version lines.
        auto *qt = new QTranslator(app);
        installNamed(qt, qt->load(QStringLiteral("qtbase_") + chosen,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
    return chosen;
}

} // namespace Perfdeck
