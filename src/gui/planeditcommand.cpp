#include "gui/planeditcommand.h"

#include "gui/planmodel.h"

namespace Perfdeck {

PlanEditCommand::PlanEditCommand(PlanModel *model, TestMatrix before, TestMatrix after,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void PlanEditCommand::redo() {
    if (m_model)
        m_model->setMatrix(m_after);
}

void PlanEditCommand::undo() {
    if (m_model)
        m_model->setMatrix(m_before);
}

} // namespace Perfdeck
