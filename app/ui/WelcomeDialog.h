// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace knotmap {
class KnotStore;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class MainWindow;

// The first-run welcome: three steps with pictures, demo data in a file of its own, where the data and its
// backups are kept. Start (or closing it) sets WelcomeShown, so it comes back only from Help › Welcome.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(MainWindow& window, const KnotStore& store, Settings& settings);

    // AppDataLocation/demo.sqlite, made afresh with the demo history; empty and `error` set on failure.
    static QString makeDemoDatabase(const KnotStore& like, QString* error);

protected:
    void done(int result) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void exploreDemo();

    MainWindow& m_window;
    const KnotStore& m_store;
    Settings& m_settings;
};

} // namespace knotmap::ui
