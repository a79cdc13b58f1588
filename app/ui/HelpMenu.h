// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMainWindow;
class QMenuBar;

namespace knotmap {
class KnotStore;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class MainWindow;

// One line of Help › Keyboard Shortcuts.
struct ShortcutRow
{
    QString where; // "Edit › Undo", or the place a key works in ("Body map")
    QString keys;  // in the platform's own spelling
};

// Every shortcut of the window: its menu actions, walked at the moment of asking so the list never drifts,
// then the keys that are not actions (from the one table in HelpMenu.cpp).
QList<ShortcutRow> windowShortcuts(const QMainWindow& window);

// The Help menu: Welcome, User Guide (F1), Keyboard Shortcuts, About KnotMap, About Qt. Also shows the
// welcome once, on an empty database, until it is closed.
void addHelpMenu(MainWindow& window, QMenuBar* bar, KnotStore& store, Settings& settings);

} // namespace knotmap::ui
