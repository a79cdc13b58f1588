// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace knotmap {
class KnotStore;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class LongWork;

enum class ExportFormat { RatingsCsv, EverythingJson, FhirBundle };

// File → Export: asks where, then writes the file (mode 0600) on a worker with a read-only connection of its
// own, as `work`'s job, with progress and Cancel (a cancelled export leaves no file); says in the status bar
// what was written, or in a message box why nothing was.
void exportData(QWidget* parent, LongWork& work, const Settings& settings, ExportFormat format);
// File → Import: asks which file, then checks all of it and imports all of it or nothing on a worker with a
// connection of its own, as `work`'s job, with progress and Cancel (a cancelled import rolls back); the
// window's views reload once it is in, and every problem found is listed when it refuses.
void importData(QWidget* parent, LongWork& work, KnotStore& store, Settings& settings);

} // namespace knotmap::ui
