// Edits the overrides of one or more cells of the test plan: duration, streams, bitrate,
// DSCP and direction, each either the test's own value or the one given here.
#pragma once

#include "plan/testmatrix.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Perfdeck {

class PlanCellDialog final : public QDialog {
    Q_OBJECT
public:
    // cells names what is edited ("a->b/tcp-upload", or "3 cells"); test is the plan's test
    // whose values the fields show as their defaults.
    PlanCellDialog(const QString &cells, const TestSpec &test, const CellOverrides &current,
                   QWidget *parent = nullptr);

    CellOverrides overrides() const;

private:
    void validate();

    QDoubleSpinBox *m_duration = nullptr;
    QSpinBox *m_streams = nullptr;
    QLineEdit *m_bitrate = nullptr;
    QComboBox *m_dscp = nullptr;
    QComboBox *m_direction = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Perfdeck
