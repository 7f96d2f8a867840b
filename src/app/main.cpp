#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Network performance workbench for iperf3 and netperf"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "A session to open, or results to import (iperf3 "
                                        "JSON, netperf output, flent files)."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    Perfdeck::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        // After the window is up, so the question has a parent the user can see.
        QTimer::singleShot(0, &window, &Perfdeck::MainWindow::offerRecovery);
    } else {
        QTimer::singleShot(0, &window, [&window, files] { window.openFromCommandLine(files); });
    }
    return app.exec();
}
