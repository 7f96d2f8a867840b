// One undoable change to the inventory: a host added (before is empty), deleted (after is
// empty) or edited (both set). Imports and multi-host deletes group several in a macro.
#pragma once

#include "inventory/host.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Perfdeck {

class InventoryModel;

class HostEditCommand final : public QUndoCommand {
public:
    HostEditCommand(InventoryModel *model, const std::optional<Host> &before,
                    const std::optional<Host> &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<InventoryModel> m_model;
    std::optional<Host> m_before;
    std::optional<Host> m_after;
    bool m_beforeListed = false;
    int m_index = -1; // where a deleted host stood, to put it back there
};

} // namespace Perfdeck
