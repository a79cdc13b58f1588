// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace knotmap::ui {

// "Start with the desktop": an XDG autostart entry, $XDG_CONFIG_HOME/autostart/org.knotmap.KnotMap.desktop
// (~/.config when unset), that starts `knotmap --minimized` at log-in. The file's presence is the truth, so a
// person who removes it by hand sees the box unticked.
QString autostartPath();
bool autostartEnabled();
// Writes (mode 0600, in a folder made 0700 when missing) or removes the entry. Empty when done; otherwise a
// sentence naming the problem, and nothing changed.
QString setAutostart(bool enabled);

} // namespace knotmap::ui
