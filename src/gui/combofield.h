// How much text a QComboBox shows: the width of its text field in the current style (the box
// without its frame, arrow and margins). A choice wider than that is cut, without an ellipsis.
#pragma once

class QComboBox;

namespace Perfdeck::ComboField {

// Width in pixels of combo's text field at its current size.
int textWidth(const QComboBox *combo);
// Pixels the widest of combo's choices needs beyond textWidth(); 0 when every choice fits.
int missingForWidestChoice(const QComboBox *combo);

} // namespace Perfdeck::ComboField
