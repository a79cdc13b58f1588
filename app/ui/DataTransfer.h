// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace knotmap {
class KnotStore;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

enum class ExportFormat { RatingsCsv, EverythingJson, FhirBundle };

// File → Export: asks where, writes the file (mode 0600), says what happened.
void exportData(QWidget* parent, const KnotStore& store, const Settings& settings, ExportFormat format);
// File → Import: asks which file, checks all of it, imports all of it or nothing, with a cancellable progress
// dialog; lists every problem found when it refuses.
void importData(QWidget* parent, KnotStore& store, Settings& settings);

} // namespace knotmap::ui
