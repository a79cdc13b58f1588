// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Backups.h"
#include "storage/KnotStore.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace knotmap {
class BodyAtlas;
class KnotStore;
} // namespace knotmap

namespace knotmap::ui {

// What a person chooses when their database cannot be opened.
enum class RecoveryChoice { RestoreNewestBackup, OpenAnotherFile, Quit };

// The one dialog shown at start-up for a file that cannot be used: it names the file and the problem and
// offers the newest good backup (when there is one), another file, or quitting. objectName "recoveryDialog".
RecoveryChoice askHowToRecover(QWidget* parent, const QString& path, const QString& problem,
                               const std::optional<BackupInfo>& newestGood);

// Opens the database, or, when it cannot be used (damaged, not SQLite, truncated, empty while backups of it
// exist, from a newer KnotMap, unopenable), asks `decide` what to do and does it. The file itself is never
// changed: restoring moves it aside whole (to `<file>.unusable-<time>`) and puts a copy of the backup in its
// place. `chooseFile` asks for another file. Returns nullptr when the person quits; `path` is the file
// opened.
using RecoveryDecision = std::function<RecoveryChoice(const QString& path, const QString& problem,
                                                      const std::optional<BackupInfo>&)>;
std::unique_ptr<KnotStore> openWithRecovery(QString& path, const BodyAtlas& atlas,
                                            const StoreOptions& options, const RecoveryDecision& decide,
                                            const std::function<QString()>& chooseFile, QString* error);

} // namespace knotmap::ui
