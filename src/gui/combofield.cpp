#include "gui/combofield.h"

#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace Perfdeck::ComboField {

int textWidth(const QComboBox *combo) {
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    return combo->style()
        ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
        .width();
}

int missingForWidestChoice(const QComboBox *combo) {
    const int room = textWidth(combo);
    int missing = 0;
    for (int i = 0; i < combo->count(); ++i)
        missing =
            std::max(missing, combo->fontMetrics().horizontalAdvance(combo->itemText(i)) - room);
    return missing;
}

} // namespace Perfdeck::ComboField
