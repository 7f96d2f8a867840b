// One undoable change to the test plan (hosts picked, tests chosen, a cell turned on or off or
// given overrides): the plan before and after. A plan is small next to a copy per step, and
// whole states make undo exact whatever the edit was.
#pragma once

#include "plan/testmatrix.h"

#include <QPointer>
#include <QUndoCommand>

namespace Perfdeck {

class PlanModel;

class PlanEditCommand final : public QUndoCommand {
public:
    PlanEditCommand(PlanModel *model, TestMatrix before, TestMatrix after, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<PlanModel> m_model;
    TestMatrix m_before;
    TestMatrix m_after;
};

} // namespace Perfdeck
