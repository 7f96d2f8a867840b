// View > Language: the language the user wants Perfdeck to speak, over the system's. The
// choice is saved (QSettings "ui/language"; empty = the system's) and applied at the next start,
// when main() installs the catalogues (Localization) before any window exists.
#pragma once

#include <QMenu>

class QActionGroup;

namespace Perfdeck {

class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The saved choice: "", "en", "de" or "fr".
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

Q_SIGNALS:
    // The user picked another language (saved already); `language` is "" for the system's.
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);

    QActionGroup *m_group = nullptr;
};

} // namespace Perfdeck
