// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QSpinBox;
class QTimeEdit;

namespace knotmap::ui {

// Edit › Preferences…: every choice a person makes once, applied the moment it changes (no OK or Apply, as
// the GNOME and KDE utilities do), through the one table of settings. Each control follows Settings::changed,
// so a value set elsewhere (the Report's paper, an import) shows here too.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings& settings, QWidget* parent = nullptr);

private:
    void showSetting(SettingKey key); // the stored value, into its control
    void setStartWithDesktop(bool on);

    Settings& m_settings;
    QLineEdit* m_name;
    QComboBox* m_paper;
    QComboBox* m_weekStart;
    QSpinBox* m_minutes;
    QCheckBox* m_ball;
    QCheckBox* m_roller;
    QCheckBox* m_reminders;
    QTimeEdit* m_reminderTime;
    QCheckBox* m_keepInTray;
    QComboBox* m_appearance;
    QComboBox* m_language;
    QCheckBox* m_startWithDesktop;
    QLabel* m_problem;
};

// Adds Edit › Preferences… (Ctrl+,) to `edit`; one dialog per window, raised when asked again.
void addPreferencesAction(QMainWindow& window, QMenu* edit, Settings& settings);

} // namespace knotmap::ui
