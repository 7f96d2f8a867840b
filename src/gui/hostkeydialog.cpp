#include "gui/hostkeydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Perfdeck {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent, bool fixedFont = false) {
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (fixedFont)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

// The key type as sshd's key files name it: ssh_host_ed25519_key, ssh_host_ecdsa_key.
QString hostKeyFileType(const QString &type) {
    if (type.startsWith(QLatin1String("ecdsa")))
        return QStringLiteral("ecdsa");
    return type.startsWith(QLatin1String("ssh-")) ? type.mid(4) : type;
}

} // namespace

std::pair<QString, int> HostKeyDialog::splitHostPort(const QString &name) {
    if (name.startsWith(QLatin1Char('['))) {
        const int close = name.indexOf(QLatin1String("]:"));
        if (close > 0) {
            bool ok = false;
            const int port = name.mid(close + 2).toInt(&ok);
            if (ok)
                return {name.mid(1, close - 1), port};
        }
    }
    return {name, 22};
}

HostKeyDialog::HostKeyDialog(const SshConnection::HostKeyQuestion &question, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Unknown Host Key"));
    setObjectName(QStringLiteral("hostKeyDialog"));
    const auto [host, port] = splitHostPort(question.host);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *intro = new QLabel(
        tr("<b>Perfdeck has not connected to %1 before.</b><br>Compare the fingerprint with the "
           "host's own (<tt>ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub</tt> on it) before you "
           "trust it.")
            .arg(question.displayName.toHtmlEscaped(), hostKeyFileType(question.key.type())),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), selectableLabel(host, this));
    form->addRow(tr("Port:"), selectableLabel(QString::number(port), this));
    form->addRow(tr("Key type:"), selectableLabel(question.key.type(), this));
    auto *fingerprint = selectableLabel(question.key.sha256Fingerprint(), this, true);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    form->addRow(tr("Fingerprint:"), fingerprint);
    auto *file = selectableLabel(QDir::toNativeSeparators(question.knownHostsFile), this);
    file->setObjectName(QStringLiteral("knownHostsFile"));
    form->addRow(tr("Saved to:"), file);
    if (!question.otherKnownTypes.isEmpty()) {
        auto *other = new QLabel(
            tr("The host is already known with a key of another type (%1); it now offers this "
               "one.")
                .arg(question.otherKnownTypes.join(QLatin1String(", "))),
            this);
        other->setWordWrap(true);
        form->addRow(QString(), other);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_acceptOnce = buttons->addButton(tr("Accept &Once"), QDialogButtonBox::AcceptRole);
    m_acceptOnce->setToolTip(tr("Connect this time; ask again next time."));
    m_acceptAndSave = buttons->addButton(tr("Accept and &Save"), QDialogButtonBox::AcceptRole);
    m_acceptAndSave->setToolTip(tr("Connect and add the key to %1, as ssh does.")
                                    .arg(QDir::toNativeSeparators(question.knownHostsFile)));
    m_refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    // Trust is never the answer to a stray Enter.
    m_refuse->setDefault(true);
    m_refuse->setAutoDefault(true);
    m_acceptOnce->setAutoDefault(false);
    m_acceptAndSave->setAutoDefault(false);
    connect(m_acceptOnce, &QPushButton::clicked, this, [this] {
        m_decision = SshConnection::HostKeyDecision::AcceptOnce;
        accept();
    });
    connect(m_acceptAndSave, &QPushButton::clicked, this, [this] {
        m_decision = SshConnection::HostKeyDecision::AcceptAndSave;
        accept();
    });
    connect(m_refuse, &QPushButton::clicked, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *right = new QVBoxLayout;
    right->addWidget(intro);
    right->addLayout(form);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    m_refuse->setFocus();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72);
}

void HostKeyDialog::done(int result) {
    if (result != QDialog::Accepted)
        m_decision = SshConnection::HostKeyDecision::Refuse;
    if (!m_decided) {
        m_decided = true;
        Q_EMIT decided(m_decision);
    }
    QDialog::done(result);
}

} // namespace Perfdeck
