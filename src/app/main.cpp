#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Perfdeck"));
    QApplication::setApplicationName(QStringLiteral("Perfdeck"));
    QApplication::setApplicationVersion(QStringLiteral(PERFDECK_VERSION));
    Perfdeck::MainWindow window;
    window.show();
    return app.exec();
}
