#include "gui/plancelldialog.h"

#include "model/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Perfdeck {

PlanCellDialog::PlanCellDialog(const QString &cells, const TestSpec &test,
                               const CellOverrides &current, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Cell Overrides"));
    setObjectName(QStringLiteral("planCellDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Settings of %1 that differ from the test. Fields left at \"test: ...\" keep the "
           "test's value.")
            .arg(cells.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    // The lowest value of each spin box stands for "the test's value".
    m_duration = new QDoubleSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationOverride"));
    m_duration->setRange(0, 86400);
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("test: %1 s").arg(QLocale().toString(test.durationS)));
    m_duration->setValue(current.durationS.value_or(0));
    form->addRow(tr("&Duration:"), m_duration);

    m_streams = new QSpinBox(this);
    m_streams->setObjectName(QStringLiteral("streamsOverride"));
    m_streams->setRange(0, 128);
    m_streams->setSpecialValueText(tr("test: %1").arg(test.parallel));
    m_streams->setValue(current.streams.value_or(0));
    form->addRow(tr("&Streams:"), m_streams);

    m_bitrate = new QLineEdit(this);
    m_bitrate->setObjectName(QStringLiteral("bitrateOverride"));
    m_bitrate->setPlaceholderText(test.bitrateBps
                                      ? tr("test: %1").arg(Format::bitrate(*test.bitrateBps))
                                      : tr("test: unlimited (e.g. 100M, 1.5G)"));
    if (current.bitrateBps)
        m_bitrate->setText(Format::bitrate(*current.bitrateBps)
                               .remove(QLatin1String("bit/s"))
                               .remove(QLatin1Char(' ')));
    form->addRow(tr("&Bitrate:"), m_bitrate);

    m_dscp = new QComboBox(this);
    m_dscp->setObjectName(QStringLiteral("dscpOverride"));
    m_dscp->setEditable(true);
    m_dscp->addItem(test.dscp.isEmpty() ? tr("test: none") : tr("test: %1").arg(test.dscp),
                    QString());
    for (const char *name : {"EF", "AF41", "AF31", "AF21", "AF11", "CS0", "CS1", "CS5", "CS6"})
        m_dscp->addItem(QLatin1String(name), QLatin1String(name));
    if (current.dscp) {
        const int at = m_dscp->findData(*current.dscp);
        if (at >= 0)
            m_dscp->setCurrentIndex(at);
        else
            m_dscp->setEditText(*current.dscp);
    }
    form->addRow(tr("DS&CP:"), m_dscp);

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("directionOverride"));
    m_direction->addItem(tr("test: %1").arg(toString(test.direction)), -1);
    m_direction->addItem(tr("send (client to server)"), int(Direction::Send));
    m_direction->addItem(tr("receive (server to client)"), int(Direction::Receive));
    m_direction->addItem(tr("both at once (bidir)"), int(Direction::Bidir));
    if (current.direction)
        m_direction->setCurrentIndex(m_direction->findData(int(*current.direction)));
    form->addRow(tr("D&irection:"), m_direction);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        m_duration->setValue(0);
        m_streams->setValue(0);
        m_bitrate->clear();
        m_dscp->setCurrentIndex(0);
        m_direction->setCurrentIndex(0);
    });
    connect(m_bitrate, &QLineEdit::textChanged, this, [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
    });
}

void PlanCellDialog::validate() {
    const QString text = m_bitrate->text().trimmed();
    m_problem->setText(
        !text.isEmpty() && !parseBitrate(text)
            ? tr("\"%1\" is not a bitrate (write e.g. 100M, 1.5G or 800k).").arg(text)
            : QString());
}

CellOverrides PlanCellDialog::overrides() const {
    CellOverrides o;
    if (m_duration->value() > 0)
        o.durationS = m_duration->value();
    if (m_streams->value() > 0)
        o.streams = m_streams->value();
    if (const QString text = m_bitrate->text().trimmed(); !text.isEmpty())
        o.bitrateBps = parseBitrate(text);
    const QString dscp = m_dscp->currentIndex() == 0 && m_dscp->currentText() == m_dscp->itemText(0)
                             ? QString()
                             : m_dscp->currentText().trimmed();
    if (!dscp.isEmpty())
        o.dscp = dscp;
    if (const int d = m_direction->currentData().toInt(); d >= 0)
        o.direction = Direction(d);
    return o;
}

} // namespace Perfdeck
