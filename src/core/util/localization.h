// Which language Perfdeck speaks. The GUI (with the user's choice from View > Language) and the
// CLI (LANG, LC_MESSAGES, LANGUAGE) call the same code, so both load the same catalogues:
// Perfdeck's own (compiled into the binary, :/i18n/perfdeck_<lang>.qm) and Qt's (qtbase).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Perfdeck {

class Localization final {
public:
    // The languages Perfdeck has a complete catalogue for, as ISO 639 codes ("en", "de", ...).
    static QStringList languages();
    // The language's own name for itself ("Deutsch", "Français"), for a menu.
    static QString nativeName(const QString &language);
    // The locale whose messages are shown: `language` when it is one of languages(), the
    // system's otherwise (an empty or unknown choice means "as the system says").
    static QLocale messageLocale(const QString &language = {});
    // Installs Perfdeck's and Qt's translators for messageLocale(language) into the running
    // application (they live as long as it does). A locale without a catalogue (C, POSIX, one
    // we lack) gets the English one, which still gives the plural forms ("1 run", "2 runs").
    // A second call replaces the translators of the first (widgets made before keep their
    // texts). Returns the language whose catalogue was loaded ("de", "fr", "en").
    static QString install(QCoreApplication *app, const QString &language = {});
};

} // namespace Perfdeck
