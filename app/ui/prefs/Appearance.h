// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace knotmap {
class Settings;
}

namespace knotmap::ui {

// Applies the Appearance setting to the whole application at once: "light" and "dark" are Qt's Fusion style
// with a light or a dark palette; "system" is the style and palette the application started with.
void applyAppearance(const QString& choice);
// Applies the setting now and again whenever it changes, for as long as `settings` lives.
void followAppearance(Settings& settings);

} // namespace knotmap::ui
