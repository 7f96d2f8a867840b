// Help > About Perfdeck: the version and build, the licence (a placeholder until the project
// has one), and what Perfdeck runs with, detected at run time off the UI thread: Qt, libssh2,
// yaml-cpp, Python, Jinja2, and the iperf3, netperf and helper programs found, with their
// paths. "Copy to clipboard" gives the same text as `perfdeck-cli about`, for bug reports.
#pragma once

#include "util/componentversions.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Perfdeck {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Raises parent's About dialog, or opens one (non-modal, deleted when closed).
    static AboutDialog *showFor(QWidget *parent);

    bool isCollected() const { return m_collected; }
    const ComponentVersions &versions() const { return m_versions; }
    QTableWidget *componentTable() const { return m_table; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void collected();

private:
    void showVersions(const ComponentVersions &versions);

    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_copy = nullptr;
    ComponentVersions m_versions;
    bool m_collected = false;
};

} // namespace Perfdeck
