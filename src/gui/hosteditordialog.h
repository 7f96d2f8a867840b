// Add or edit one inventory host: every field of perfdeck.hosts/1, checked against the rest
// of the inventory (unique name, address, jump host that exists and does not loop) before OK.
#pragma once

#include "inventory/inventory.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Perfdeck {

class HostEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // inventory: the hosts as they are; originalName: the host being edited (empty: a new one).
    HostEditorDialog(const Inventory &inventory, const QString &originalName,
                     const QStringList &sites, QWidget *parent = nullptr);

    void setHost(const Host &host);
    Host host() const;
    // Why the host cannot be saved as entered, empty when it can.
    QString problem() const;

    void accept() override;

private:
    void updateEnabled();

    Inventory m_inventory;
    QString m_originalName;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_identity = nullptr;
    QComboBox *m_jump = nullptr;
    QCheckBox *m_client = nullptr;
    QCheckBox *m_server = nullptr;
    QComboBox *m_site = nullptr;
    QLineEdit *m_region = nullptr;
    QCheckBox *m_hasLocation = nullptr;
    QDoubleSpinBox *m_lat = nullptr;
    QDoubleSpinBox *m_lon = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_iperf3 = nullptr;
    QLineEdit *m_netperf = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Perfdeck
