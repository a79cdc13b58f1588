// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTreeWidget;

namespace knotmap::ui {

// Names and techniques are never cut off with "…" where the window has room (issue 13): every column as wide
// as its widest text, the last one filling what is left; where the view is narrower, a horizontal scroll bar
// rather than an ellipsis.
void sizeColumnsToContents(QTreeWidget* tree);

// Every cell that has text and no tooltip of its own gets its full text as one, so it can be read whole even
// when a narrow window hides part of it. Call after each fill.
void addFullTextTips(QTreeWidget* tree);

} // namespace knotmap::ui
