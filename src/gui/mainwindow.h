// The Perfdeck main window (placeholder until the main-window work lands).
#pragma once

#include <QMainWindow>

namespace Perfdeck {

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Perfdeck
