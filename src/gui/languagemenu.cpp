#include "gui/languagemenu.h"

#include "util/localization.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace Perfdeck {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("menuLanguage"));
    const QString saved = savedLanguage();
    auto add = [this, &saved](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System Language"), QString());
    addSeparator();
    // Each language in its own name, so a user lost in a foreign one finds theirs; no
    // accelerators (they would clash across languages and the names are not translated).
    for (const QString &language : Localization::languages())
        add(Localization::nativeName(language), language);
}

QString LanguageMenu::savedLanguage() {
    const QString language = QSettings().value(kLanguageKey).toString();
    return Localization::languages().contains(language) ? language : QString();
}

void LanguageMenu::saveLanguage(const QString &language) {
    QSettings().setValue(kLanguageKey, language);
}

void LanguageMenu::choose(const QString &language) {
    if (language == savedLanguage())
        return;
    saveLanguage(language);
    Q_EMIT languageChosen(language);
    const QString name =
        language.isEmpty() ? tr("the system's language") : Localization::nativeName(language);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("Perfdeck will speak %1 the next time it starts.").arg(name));
}

} // namespace Perfdeck
