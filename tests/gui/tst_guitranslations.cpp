// The GUI in German and in French as a user sees it: the main window (offscreen, 1280x800) with
// its menus, docks, tabs, tables and forms, and the main dialogs, are walked widget by widget.
// The test fails on a visible string still in English (a word that only the English sources
// use; proper names and units are allowed), on an accelerator used twice in one menu or
// dialog, and on a label or button whose text is wider than the widget shows.
#include "gui/combofield.h"
#include "gui/hosteditordialog.h"
#include "gui/hostkeydialog.h"
#include "gui/languagemenu.h"
#include "gui/libraryeditor.h"
#include "gui/mainwindow.h"
#include "gui/plancelldialog.h"
#include "gui/reportdialog.h"
#include "gui/secretdialog.h"
#include "inventory/inventory.h"
#include "report/reportsample.h"
#include "util/localization.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QtEndian>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace Perfdeck;

namespace {

// Words a German or French screen may show as they are: product and tool names, protocols,
// units, statistics and file-format names, and the sample data the dialogs are given.
const QSet<QString> &allowedWords() {
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"perfdeck", "iperf", "iperf3", "netperf", "netserver", "flent", "jinja", "jinja2",
              "yaml", "json", "csv", "pdf", "html", "png", "svg", "markdown", "ssh", "sftp", "tcp",
              "udp", "dscp", "rtt", "cpu", "qos", "ipv6", "ipv4", "bidir", "mbit", "gbit", "kbit",
              "bit", "bits", "min", "max", "iqr", "mad", "bca", "cov", "shapiro", "wilk",
              "agostino", "pearson", "welch", "mann", "whitney", "tukey", "freedman", "diaconis",
              "jain", "prometheus", "statsd", "influxdb", "ansible", "ctrl", "shift", "del",
              "tcp_stream", "tcp_maerts", "udp_stream", "tcp_rr", "tcp_crr", "udp_rr", "omni",
              "auto", "local", "localhost", "sha256", "ed25519", "ecdsa", "rsa", "cubic", "bbr",
              "a4", "fra", "perf1", "rack", "25g", "id_ed25519", "root", "ok", "af41", "cs0", "cs1",
              "ef", "va", "le", "known_hosts", "p50", "p90", "p99", "trans", "log", "clients",
              "options", "nameserver",
              // The language menu names each language in itself (View > Language > English).
              "english"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Words of the English sources that the catalogue of `language` never uses itself: seeing one
// on screen means a string was left in English.
QSet<QString> englishOnlyWords(const QString &language, QString *error) {
    const auto words = [](const QString &text) {
        static const QRegularExpression re(QStringLiteral("[A-Za-z][A-Za-z0-9_]{2,}"));
        QSet<QString> found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0).toLower());
        return found;
    };
    QSet<QString> english;
    QSet<QString> translated;
    for (const QString &lang : {QStringLiteral("en"), language}) {
        QFile file(QStringLiteral(PERFDECK_SOURCE_DIR "/translations/perfdeck_%1.ts").arg(lang));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + QStringLiteral(": ") + file.errorString();
            return {};
        }
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (lang == QLatin1String("en") && xml.name() == QLatin1String("source"))
                english.unite(words(xml.readElementText()));
            else if (lang != QLatin1String("en") && (xml.name() == QLatin1String("translation") ||
                                                     xml.name() == QLatin1String("numerusform")))
                translated.unite(
                    words(xml.readElementText(QXmlStreamReader::IncludeChildElements)));
        }
    }
    english.subtract(translated);
    english.subtract(allowedWords());
    return english;
}

// Names of the shipped profiles and report templates ("jitter", "comparison.html"): data the
// user types (--profile jitter), shown as they are in every language.
const QStringList &shippedNames() {
    static const QStringList names = [] {
        QStringList list;
        for (const QString &dir : {QStringLiteral(PERFDECK_SOURCE_DIR "/profiles"),
                                   QStringLiteral(PERFDECK_SOURCE_DIR "/resources/templates")}) {
            const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
            for (const QFileInfo &file : files)
                list << file.fileName() << file.completeBaseName();
        }
        // Longest first, so "summary.html" goes before "summary".
        std::sort(list.begin(), list.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return names;
}

QString plain(QString text) {
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QChar accelerator(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

class Inspector {
public:
    Inspector(const QSet<QString> &englishOnly)
        : m_englishOnly(englishOnly) {}

    QStringList problems;

    // Widgets of a window inspected before may have been freed; their addresses are reused.
    void newWindow() { m_walkedTabs.clear(); }

    void text(const QString &where, const QString &raw) {
        const QString shown = plain(raw);
        // File paths are data (the history database, a known_hosts file).
        static const QRegularExpression path(QStringLiteral("\\S*/\\S*"));
        QString scanned = QString(shown).remove(path);
        // A list entry that starts with a shipped profile's or template's name: the name is data.
        for (const QString &name : shippedNames()) {
            if (scanned.startsWith(name) &&
                (scanned.size() == name.size() || !scanned.at(name.size()).isLetterOrNumber())) {
                scanned.remove(0, name.size());
                break;
            }
        }
        static const QRegularExpression re(QStringLiteral("[A-Za-z][A-Za-z0-9_]{2,}"));
        QStringList english;
        for (auto it = re.globalMatch(scanned); it.hasNext();) {
            const QString word = it.next().captured(0).toLower();
            if (m_englishOnly.contains(word))
                english << word;
        }
        if (!english.isEmpty())
            problems << QStringLiteral("English at %1: \"%2\" (%3)")
                            .arg(where, shown.left(100), english.join(QLatin1Char(',')));
    }

    // Accelerators of one menu or one dialog: each letter once.
    void accelerators(const QString &where, const QList<QPair<QString, QString>> &texts) {
        QHash<QChar, QString> seen;
        for (const auto &[name, t] : texts) {
            const QChar key = accelerator(t);
            if (key.isNull())
                continue;
            if (seen.contains(key))
                problems << QStringLiteral("Accelerator '%1' twice in %2: \"%3\" and \"%4\"")
                                .arg(key)
                                .arg(where, seen.value(key), plain(t));
            else
                seen.insert(key, plain(t));
        }
    }

    void menu(const QString &where, QMenu *menu) {
        QList<QPair<QString, QString>> texts;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString name = where + QStringLiteral(" > ") + plain(action->text());
            text(name, action->text());
            text(name + QStringLiteral(" (status tip)"), action->statusTip());
            texts << qMakePair(name, action->text());
            if (action->menu())
                this->menu(name, action->menu());
        }
        accelerators(where, texts);
    }

    // Every visible widget under root: texts, and whether they fit. Accelerators are checked
    // per dialog or dock (the same letter in two docks is no clash).
    void widgets(const QString &where, QWidget *root, bool checkAccelerators = true) {
        QList<QPair<QString, QString>> texts;
        const QList<QWidget *> all = root->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!w->isVisibleTo(root) || qobject_cast<QMenu *>(w))
                continue;
            const QString name =
                where + QStringLiteral(" > ") + QString::fromLatin1(w->metaObject()->className()) +
                (w->objectName().isEmpty() ? QString() : QLatin1Char(' ') + w->objectName());
            text(name + QStringLiteral(" (tooltip)"), w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w)) {
                text(name, label->text());
                texts << qMakePair(name, label->text());
                fits(name, label);
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                text(name, button->text());
                texts << qMakePair(name, button->text());
                fits(name, button);
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                text(name, box->title());
            } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                text(name + QStringLiteral(" (placeholder)"), edit->placeholderText());
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    text(name + QStringLiteral(" item %1").arg(i), combo->itemText(i));
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    text(name + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
                    text(name + QStringLiteral(" tab %1 (tooltip)").arg(i), tabs->tabToolTip(i));
                }
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                if (QAbstractItemModel *model = view->model()) {
                    for (int c = 0; c < model->columnCount(); ++c)
                        text(name + QStringLiteral(" column %1").arg(c),
                             model->headerData(c, Qt::Horizontal).toString());
                    for (int r = 0; r < qMin(model->rowCount(), 50); ++r)
                        for (int c = 0; c < model->columnCount(); ++c)
                            text(name + QStringLiteral(" cell %1,%2").arg(r).arg(c),
                                 model->index(r, c).data().toString());
                }
            } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                text(name + QStringLiteral(" (title)"), dock->windowTitle());
            }
        }
        if (checkAccelerators)
            accelerators(where, texts);
        // The pages behind the current tab of each tab widget, one by one.
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(root) || m_walkedTabs.contains(tabs))
                continue;
            m_walkedTabs.insert(tabs);
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == current || !tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                widgets(where + QStringLiteral(" > ") + plain(tabs->tabText(i)), tabs->widget(i),
                        checkAccelerators);
            }
            tabs->setCurrentIndex(current);
        }
    }

private:
    // A label shows its text cut off when the text is wider than its contents (no wrapping).
    void fits(const QString &name, QLabel *label) {
        if (label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text()) ||
            !label->pixmap().isNull())
            return;
        const QStringList lines = plain(label->text()).split(QLatin1Char('\n'));
        int needed = 0;
        for (const QString &line : lines)
            needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
        if (needed > label->contentsRect().width() + 1)
            problems << QStringLiteral("Cut off at %1: \"%2\" needs %3 px, has %4")
                            .arg(name, plain(label->text()))
                            .arg(needed)
                            .arg(label->contentsRect().width());
    }

    void fits(const QString &name, QAbstractButton *button) {
        if (button->text().isEmpty() || qobject_cast<QToolButton *>(button))
            return;
        const int needed = button->minimumSizeHint().width();
        if (button->width() + 1 < needed)
            problems << QStringLiteral("Cut off at %1: \"%2\" needs %3 px, has %4")
                            .arg(name, plain(button->text()))
                            .arg(needed)
                            .arg(button->width());
    }

    QSet<QString> m_englishOnly;
    QSet<QTabWidget *> m_walkedTabs;
};

QByteArray ed25519Blob() {
    QByteArray blob;
    const auto put = [&blob](const QByteArray &part) {
        char length[4];
        qToBigEndian<quint32>(quint32(part.size()), length);
        blob.append(length, 4).append(part);
    };
    put("ssh-ed25519");
    put(QByteArray(32, '\x5a'));
    return blob;
}

// Shows a dialog or window (not modal, so the test goes on), inspects it and hides it.
void inspectWindow(Inspector &inspector, const QString &name, QWidget &window) {
    inspector.newWindow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    inspector.text(name + QStringLiteral(" (title)"), window.windowTitle());
    inspector.widgets(name, &window);
    window.hide();
}

} // namespace

class TstGuiTranslations final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // An empty history of its own: the shared test history holds other tests' host names.
        QVERIFY(m_dir.isValid());
        qputenv("PERFDECK_HISTORY_DB", m_dir.filePath(QStringLiteral("history.sqlite")).toUtf8());
    }

    void cleanupTestCase() {
        Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
    }

    // View > Language: the choice is saved and is what the next start installs.
    void languageMenuSavesTheChoice() {
        QSettings().clear();
        Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("menuLanguage"));
        QVERIFY(menu);
        QVERIFY(window.menuBar()->actions().size() > 2);
        QStringList names;
        QAction *german = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            names << action->text();
            if (action->data().toString() == QLatin1String("de"))
                german = action;
            // Nothing chosen yet: the system's language is checked.
            QCOMPARE(action->isChecked(), action->data().toString().isEmpty());
        }
        QCOMPARE(names, QStringList({QStringLiteral("&System Language"), QStringLiteral("English"),
                                     QStringLiteral("Deutsch"), QStringLiteral("Français")}));
        QVERIFY(german);
        // The notice ("... the next time it starts") is a modal box: answer it when it shows.
        bool noticed = false;
        QTimer::singleShot(0, this, [&noticed] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            noticed = true;
            QApplication::activeModalWidget()->close();
        });
        german->trigger();
        QVERIFY(noticed);
        QVERIFY(german->isChecked());
        QCOMPARE(LanguageMenu::savedLanguage(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(Localization::install(QCoreApplication::instance(), LanguageMenu::savedLanguage()),
                 QStringLiteral("de"));
        Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
        QSettings().clear();
        QCOMPARE(LanguageMenu::savedLanguage(), QString());
    }

    // The smallest screen the window is made for (1024x700), in each language, as on a first
    // start: the docks fit beside each other, the run form is not cut at the side, and every
    // tab of the tabbed docks shows its whole name without scrolling (they read "Re…",
    // "Dashb…" in English and "R…", "Jo…" in French when the statistics panel asked 503 px).
    void smallScreenFitsEveryLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void smallScreenFitsEveryLanguage() {
        QFETCH(QString, language);
        QSettings().clear();
        QCOMPARE(Localization::install(QCoreApplication::instance(), language), language);
        MainWindow window;
        // The offscreen screen is 800x800, where a first start maximizes the window.
        window.setWindowState(Qt::WindowNoState);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300); // the first start's dock widths settle
        QCOMPARE(window.size(), QSize(1024, 700));
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        auto *runScroll = window.findChild<QScrollArea *>(QStringLiteral("runScroll"));
        QVERIFY(runScroll);
        QVERIFY2(!runScroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("run form %1 px wide, shown in %2")
                                .arg(runScroll->widget()->minimumSizeHint().width())
                                .arg(runScroll->viewport()->width())));
        // Each choice of the run form shows whole (the longest one of each field).
        for (QComboBox *combo : runScroll->widget()->findChildren<QComboBox *>()) {
            if (combo->isVisible() && !combo->isEditable())
                QVERIFY2(ComboField::missingForWidestChoice(combo) <= 0,
                         qPrintable(QStringLiteral("%1: its widest choice needs %2 px more")
                                        .arg(combo->objectName())
                                        .arg(ComboField::missingForWidestChoice(combo))));
        }
        QVERIFY2(window.centralWidget()->width() >= 240,
                 qPrintable(QString::number(window.centralWidget()->width())));
        int bars = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>()) {
            if (bar->parentWidget() != &window || !bar->isVisible())
                continue;
            ++bars;
            QCOMPARE(bar->elideMode(), Qt::ElideNone);
            for (int i = 0; i < bar->count(); ++i)
                QVERIFY2(
                    bar->tabRect(i).right() <= bar->width(),
                    qPrintable(
                        QStringLiteral("tab \"%1\" ends at %2 of a %3 px bar (run "
                                       "dock %4 px, centre %5, statistics %6)")
                            .arg(bar->tabText(i))
                            .arg(bar->tabRect(i).right())
                            .arg(bar->width())
                            .arg(runScroll->width())
                            .arg(window.centralWidget()->width())
                            .arg(window.findChild<QDockWidget *>(QStringLiteral("statisticsDock"))
                                     ->width())));
        }
        QCOMPARE(bars, 2); // results, log, dashboard, history; statistics, hosts, QoS, plan
    }

    void noEnglishNothingCutOff_data() {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void noEnglishNothingCutOff() {
        QFETCH(QString, language);
        QSettings().clear();
        QCOMPARE(Localization::install(QCoreApplication::instance(), language), language);
        QString error;
        const QSet<QString> englishOnly = englishOnlyWords(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The detector itself: words that only English uses are known, shared ones are not.
        QVERIFY(englishOnly.contains(QStringLiteral("selected")));
        QVERIFY(englishOnly.contains(QStringLiteral("the")));
        QVERIFY(!englishOnly.contains(QStringLiteral("iperf3")));
        Inspector inspector(englishOnly);

        {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(200); // the profile list and the dock layout settle
            inspector.text(QStringLiteral("window title"), window.windowTitle());
            // Every dock, also those tabbed behind another: shown once each for the walk.
            const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
            QVERIFY(docks.size() >= 5);
            for (QDockWidget *dock : docks) {
                inspector.text(QStringLiteral("dock title"), dock->windowTitle());
                dock->show();
                dock->raise();
                QTest::qWait(20);
                inspector.widgets(dock->windowTitle(), dock);
            }
            inspector.widgets(QStringLiteral("main window"), &window, false);
            QList<QPair<QString, QString>> bar;
            for (QAction *action : window.menuBar()->actions()) {
                bar << qMakePair(action->text(), action->text());
                inspector.text(QStringLiteral("menu bar"), action->text());
                if (action->menu())
                    inspector.menu(plain(action->text()), action->menu());
            }
            inspector.accelerators(QStringLiteral("the menu bar"), bar);
            QVERIFY(bar.size() >= 4);
        }

        Inventory inventory;
        HostEditorDialog hostEditor(inventory, QString(), {QStringLiteral("fra")});
        inspectWindow(inspector, QStringLiteral("host editor"), hostEditor);

        PlanCellDialog cell(QStringLiteral("a->b/tcp"), TestSpec{}, CellOverrides{});
        inspectWindow(inspector, QStringLiteral("plan cell"), cell);

        ReportDialog report(ReportSample::input(6), {});
        inspectWindow(inspector, QStringLiteral("report"), report);

        SshConnection::HostKeyQuestion question;
        question.host = QStringLiteral("[127.0.0.1]:2222");
        question.displayName = QStringLiteral("root@127.0.0.1:2222");
        question.key = SshHostKey(ed25519Blob());
        question.knownHostsFile = QStringLiteral("/tmp/known_hosts");
        HostKeyDialog hostKey(question);
        inspectWindow(inspector, QStringLiteral("host key"), hostKey);

        SshConnection::SecretRequest secret;
        secret.prompt = QCoreApplication::translate("Perfdeck", "Password for %1")
                            .arg(QStringLiteral("root@127.0.0.1:2222"));
        secret.keychainKey = QStringLiteral("perfdeck-test");
        secret.attempt = 2;
        SecretDialog secretDialog(secret);
        inspectWindow(inspector, QStringLiteral("password"), secretDialog);

        for (const auto kind : {LibraryEditor::Kind::Templates, LibraryEditor::Kind::Profiles}) {
            LibraryEditor editor(kind, ReportSample::input(3));
            editor.resize(1000, 700);
            inspectWindow(inspector, QStringLiteral("library editor"), editor);
        }

        QVERIFY2(inspector.problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n").arg(inspector.problems.size()) +
                            inspector.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstGuiTranslations)
#include "tst_guitranslations.moc"
