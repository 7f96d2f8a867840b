#include "gui/mainwindow.h"

#include <QLabel>

namespace Perfdeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Perfdeck"));
    setCentralWidget(new QLabel(tr("Perfdeck"), this));
    resize(1200, 800);
}

} // namespace Perfdeck
