// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QScrollArea;
class QWidget;

namespace knotmap::ui {

// A side panel that scrolls up and down when the window is shorter than the panel (a small or 2×-scaled
// screen), and is never narrower than what it holds: no frame, no sideways scroll bar.
QScrollArea* scrollingPanel(QWidget* content, QWidget* parent);

} // namespace knotmap::ui
