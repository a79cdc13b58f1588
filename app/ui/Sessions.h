// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WindowLock.h"
#include "storage/KnotStore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace knotmap {
class BodyAtlas;
class KnotStore;
class RoutineCatalogue;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class MainWindow;

// The open database files, one window each. File › New, Open and Open Recent make a new window on the other
// file and close the one asked from, so each file has its own store, lock and undo history: nothing done to
// one file can be undone into another. Every file opened goes to the front of Settings' recent list.
class Sessions : public QObject
{
    Q_OBJECT

public:
    Sessions(const BodyAtlas& atlas, const RoutineCatalogue& catalogue, Settings& settings);
    ~Sessions() override;

    // Opens a window on the file (a damaged one gets the recovery dialog when `interactive`); nullptr, having
    // said why in `error`, when it cannot be opened or the person chose not to. SQLite's quick check of the
    // whole file runs beside the opening window (IntegrityCheck::InBackground): damage it finds there closes
    // the window, whose store has written nothing since, and asks again with the same dialog.
    MainWindow* open(QString path, bool interactive, QString* error,
                     IntegrityCheck check = IntegrityCheck::InBackground);
    MainWindow* current() const;

    // From a window's File menu: another file instead of the one it shows.
    void switchTo(MainWindow* from, const QString& path);

private:
    struct Session;
    void remember(const QString& path);
    void reopenAfterDamage(MainWindow* window);

    const BodyAtlas& m_atlas;
    const RoutineCatalogue& m_catalogue;
    Settings& m_settings;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

} // namespace knotmap::ui
