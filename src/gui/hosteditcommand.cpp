#include "gui/hosteditcommand.h"

#include "gui/inventorymodel.h"

#include <QCoreApplication>

namespace Perfdeck {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

} // namespace

HostEditCommand::HostEditCommand(InventoryModel *model, const std::optional<Host> &before,
                                 const std::optional<Host> &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
    , m_beforeListed(before && model->isListed(before->name)) {
    if (!before && after)
        setText(Tr::tr("Add host %1").arg(after->name));
    else if (before && !after)
        setText(Tr::tr("Delete host %1").arg(before->name));
    else if (before && after)
        setText(Tr::tr("Edit host %1").arg(after->name));
}

void HostEditCommand::redo() {
    if (!m_model)
        return;
    if (!m_before && m_after) {
        if (m_index < 0)
            m_index = int(m_model->inventory().hosts.size());
        m_model->insertHost(m_index, *m_after);
    } else if (m_before && !m_after) {
        m_index = m_model->removeHost(m_before->name);
    } else if (m_before && m_after) {
        m_model->replaceHost(m_before->name, *m_after);
    }
}

void HostEditCommand::undo() {
    if (!m_model)
        return;
    if (!m_before && m_after) {
        m_index = m_model->removeHost(m_after->name);
    } else if (m_before && !m_after) {
        m_model->insertHost(m_index, *m_before);
    } else if (m_before && m_after) {
        // Editing the implicit `local` listed it: undo unlists it again.
        if (!m_beforeListed)
            m_model->removeHost(m_after->name);
        else
            m_model->replaceHost(m_after->name, *m_before);
    }
}

} // namespace Perfdeck
