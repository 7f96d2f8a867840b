// The run panel: the form where the user sets up the next test. It starts on the embedded
// loopback default, so the first click on Run works on any machine with iperf3.
#pragma once

#include "model/testspec.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace Ui {
class RunPanel;
}

namespace Perfdeck {

class RunPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // The spec the form describes; false with a message naming the field when it is invalid.
    bool buildSpec(TestSpec *out, QString *error) const;
    void setSpec(const TestSpec &spec);
    // Shows (or clears, when empty) a problem under the form.
    void showProblem(const QString &message);

    // The Run and Stop buttons mirror the window's actions (enabled state, shortcut).
    void bindActions(QAction *run, QAction *stop);

Q_SIGNALS:
    void specEdited();

private:
    void updateEnabled();
    void resolveConflicts();
    bool isNetperf() const;
    QString netperfTest() const;

    std::unique_ptr<Ui::RunPanel> m_ui;
};

} // namespace Perfdeck
