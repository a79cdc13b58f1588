// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/SpotCommands.h"

#include <QString>

class QMenu;
class QPoint;

namespace knotmap::ui {

class MainWindow;

// Edit › Rename Knot… (F2), Archive Knot and Knot History… (Ctrl+H) for the selected knot, and Archived
// Knots… to bring one back (issue 13); each change one undo command on the window's stack. Added by one call
// from MainWindow::createMenus.
void addKnotActions(MainWindow& window, QMenu* edit);

// The menu for the selected knot, on the map or in the list (right-click, or the Menu key): Rate, Rename,
// Archive, History and Delete, the same actions as the Edit menu's. Shown at globalPos; closes itself.
QMenu* popupKnotMenu(MainWindow& window, const QPoint& globalPos);

// What those actions do once the person chose; true when the store took it (a refusal is said in the status
// bar and changes nothing). Tests call these instead of the modal input dialog.
bool renameKnot(MainWindow& window, qint64 spotId, const QString& name);
bool archiveKnot(MainWindow& window, qint64 spotId);
// The window's way of running a knot command: refusals go to its status bar; pushKnotCommand puts the command
// on the undo stack and is false (nothing on the stack) when its first run was refused.
CommandContext knotCommandContext(MainWindow& window);
bool pushKnotCommand(MainWindow& window, SpotCommand* command);

} // namespace knotmap::ui
