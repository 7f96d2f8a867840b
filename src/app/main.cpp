#include "gui/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Perfdeck"));
    QApplication::setApplicationName(QStringLiteral("Perfdeck"));
    QApplication::setApplicationVersion(QStringLiteral(PERFDECK_VERSION));

    // Qt's own strings (dialog buttons) and ours, in the user's language when we have it.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English is the source language; its catalogue still gives the plural forms ("1 run",
    // "2 runs"), so a locale without a catalogue (C, POSIX, one we lack) falls back to it.
    if (translator.load(QLocale(), QStringLiteral("perfdeck"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("perfdeck_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Perfdeck::MainWindow window;
    window.show();
    // After the window is up, so the question has a parent the user can see.
    QTimer::singleShot(0, &window, &Perfdeck::MainWindow::offerRecovery);
    return app.exec();
}
