// The run panel: the form where the user sets up the next test. It starts on the embedded
// loopback default, so the first click on Run works on any machine with iperf3.
#pragma once

#include "model/testspec.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
class QComboBox;
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
    // The user wants a marked test's DSCP checked by a probe flow of its class beside it
    // (qos/DscpCompanion): the DSCP field names a class and its Check box is ticked.
    bool checksDscp() const;
    // How often a test that failed before measuring anything for a passing reason is started
    // again (JobRunner::setMaxRetries; perfdeck-cli run --retries). Not part of a test's spec:
    // the session keeps it with the window's state.
    int retries() const;
    void setRetries(int retries);

    // Client and server are picked from this model's hosts (the Hosts dock's HostListModel:
    // name, client and server roles, site); without one, only this machine is offered.
    void setHostModel(QAbstractItemModel *hosts);

    // The Run and Stop buttons mirror the window's actions (enabled state, shortcut).
    void bindActions(QAction *run, QAction *stop);

Q_SIGNALS:
    void specEdited();

private:
    void updateEnabled();
    // Under the Bitrate field: what a pattern asks for, or why the text is neither a rate
    // nor a pattern (TrafficPattern's own message), while the user types.
    void updateBitrateHint();
    void resolveConflicts();
    bool isNetperf() const;
    // The DSCP field's class or number; empty for no marking.
    QString dscpText() const;
    QString netperfTest() const;
    void fillHostCombos();
    void fillHostCombo(QComboBox *combo, int roleFilter, const QString &wanted);
    static QString hostIn(const QComboBox *combo);
    bool hostProblem(const QComboBox *combo, const QString &field, int roleFilter,
                     QString *error) const;

    std::unique_ptr<Ui::RunPanel> m_ui;
    QAbstractItemModel *m_hosts = nullptr;
    // The Length field takes a request/response test's sizes ("64,1024"); the text of the
    // other meaning waits here while the field shows one, so neither is read as the other.
    bool m_lengthIsRequest = false;
    QString m_otherLengthText;
};

} // namespace Perfdeck
