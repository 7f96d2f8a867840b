#include "gui/languagemenu.h"
#include "gui/mainwindow.h"
#include "gui/welcometour.h"
#include "util/localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Perfdeck"));
    QApplication::setApplicationName(QStringLiteral("Perfdeck"));
    QApplication::setApplicationVersion(QStringLiteral(PERFDECK_VERSION));

    // The user's choice (View > Language) over the system's; English when we lack both.
    Perfdeck::Localization::install(&app, Perfdeck::LanguageMenu::savedLanguage());

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
        // After the window is up, so the question has a parent the user can see; the welcome
        // tour (first start only) after it.
        QTimer::singleShot(0, &window, [&window] {
            window.offerRecovery();
            Perfdeck::WelcomeTour::offerOnStart(&window, {});
        });
    } else {
        QTimer::singleShot(0, &window, [&window, files] { window.openFromCommandLine(files); });
    }
    return app.exec();
}
