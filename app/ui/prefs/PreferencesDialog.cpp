// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "Autostart.h"
#include "Translations.h"
#include "routines/Catalogue.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {
QComboBox* choices(QWidget* parent, const QList<std::pair<QString, QString>>& items) // text, stored value
{
    auto* box = new QComboBox(parent);
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    return box;
}

QString languageName(const QString& code)
{
    const QLocale locale(code);
    const QString own = locale.nativeLanguageName();
    return own.isEmpty() ? code : own.left(1).toUpper() + own.mid(1);
}
} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("prefName"));
    m_name->setPlaceholderText(tr("Optional"));
    m_name->setMaxLength(Settings::rule(SettingKey::PersonName).max);
    m_paper = choices(this, {{tr("A4"), QStringLiteral("a4")}, {tr("US Letter"), QStringLiteral("letter")}});
    m_paper->setObjectName(QStringLiteral("prefPaper"));
    auto* report = new QGroupBox(tr("Report"), this);
    auto* reportForm = new QFormLayout(report);
    reportForm->addRow(tr("Name on reports:"), m_name);
    reportForm->addRow(tr("Paper:"), m_paper);

    m_weekStart = choices(this, {{QLocale().dayName(Qt::Monday), QStringLiteral("monday")},
                                 {QLocale().dayName(Qt::Sunday), QStringLiteral("sunday")}});
    m_weekStart->setObjectName(QStringLiteral("prefWeekStart"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("prefMinutes"));
    m_minutes->setRange(Settings::rule(SettingKey::RoutineMinutes).min,
                        Settings::rule(SettingKey::RoutineMinutes).max);
    m_minutes->setSuffix(tr(" minutes a day"));
    m_ball = new QCheckBox(toolDisplayName(Tool::Ball), this);
    m_ball->setObjectName(QStringLiteral("prefToolBall"));
    m_roller = new QCheckBox(toolDisplayName(Tool::Roller), this);
    m_roller->setObjectName(QStringLiteral("prefToolRoller"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_ball);
    tools->addWidget(m_roller);
    tools->addStretch(1);
    auto* routines = new QGroupBox(tr("Weeks and routines"), this);
    auto* routinesForm = new QFormLayout(routines);
    routinesForm->addRow(tr("First day of the week:"), m_weekStart);
    routinesForm->addRow(tr("Time for self-release:"), m_minutes);
    routinesForm->addRow(tr("Tools you have:"), tools);

    m_reminders = new QCheckBox(tr("Remind me to rate on days with nothing rated"), this);
    m_reminders->setObjectName(QStringLiteral("prefReminders"));
    m_reminderTime = new QTimeEdit(this);
    m_reminderTime->setObjectName(QStringLiteral("prefReminderTime"));
    m_reminderTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_keepInTray = new QCheckBox(tr("Keep KnotMap in the system tray when its window is closed"), this);
    m_keepInTray->setObjectName(QStringLiteral("prefKeepInTray"));
    m_startWithDesktop = new QCheckBox(tr("Start KnotMap, in the tray, when I log in"), this);
    m_startWithDesktop->setObjectName(QStringLiteral("prefStartWithDesktop"));
    auto* reminders = new QGroupBox(tr("Reminders"), this);
    auto* remindersForm = new QFormLayout(reminders);
    remindersForm->addRow(m_reminders);
    remindersForm->addRow(tr("At:"), m_reminderTime);
    remindersForm->addRow(m_keepInTray);
    remindersForm->addRow(m_startWithDesktop);

    m_appearance = choices(this, {{tr("As the system"), QStringLiteral("system")},
                                  {tr("Light"), QStringLiteral("light")},
                                  {tr("Dark"), QStringLiteral("dark")}});
    m_appearance->setObjectName(QStringLiteral("prefAppearance"));
    // Only languages with an installed catalogue are offered: a choice that changed nothing would mislead.
    m_language = choices(this, {{tr("As the system"), QStringLiteral("system")}});
    m_language->setObjectName(QStringLiteral("prefLanguage"));
    for (const QString& code : installedLanguages())
        m_language->addItem(languageName(code), code);
    auto* languageNote = new QLabel(tr("A new language applies the next time KnotMap starts."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(tr("Colours:"), m_appearance);
    lookForm->addRow(tr("Language:"), m_language);
    lookForm->addRow(languageNote);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("prefProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(report);
    left->addWidget(routines);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(reminders);
    right->addWidget(look);
    right->addStretch(1);
    columns->addLayout(left);
    columns->addLayout(right);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (SettingKey key : {SettingKey::PersonName, SettingKey::ReportPageSize, SettingKey::WeekStartsOnSunday,
                           SettingKey::RoutineMinutes, SettingKey::RoutineTools, SettingKey::RemindersOn,
                           SettingKey::ReminderMinute, SettingKey::KeepInTray, SettingKey::Appearance,
                           SettingKey::Language, SettingKey::StartWithDesktop})
        showSetting(key);
    connect(&m_settings, &Settings::changed, this, &PreferencesDialog::showSetting);

    // Each control writes its setting the moment it changes; the views follow the settings' signal.
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_settings.setValue(SettingKey::PersonName, text); });
    const auto writeChoice = [this](QComboBox* box, SettingKey key) {
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, key] { m_settings.setValue(key, box->currentData().toString()); });
    };
    writeChoice(m_paper, SettingKey::ReportPageSize);
    writeChoice(m_appearance, SettingKey::Appearance);
    writeChoice(m_language, SettingKey::Language);
    connect(m_weekStart, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setValue(SettingKey::WeekStartsOnSunday,
                            m_weekStart->currentData() == QStringLiteral("sunday"));
    });
    connect(m_minutes, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setValue(SettingKey::RoutineMinutes, minutes); });
    for (QCheckBox* tool : {m_ball, m_roller})
        connect(tool, &QCheckBox::toggled, this, [this] {
            QStringList keys;
            if (m_ball->isChecked())
                keys << toolKey(Tool::Ball);
            if (m_roller->isChecked())
                keys << toolKey(Tool::Roller);
            m_settings.setValue(SettingKey::RoutineTools, keys);
        });
    connect(m_reminders, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setValue(SettingKey::RemindersOn, on); });
    connect(m_reminderTime, &QTimeEdit::timeChanged, this, [this](QTime time) {
        m_settings.setValue(SettingKey::ReminderMinute, time.hour() * 60 + time.minute());
    });
    connect(m_keepInTray, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setValue(SettingKey::KeepInTray, on); });
    connect(m_startWithDesktop, &QCheckBox::toggled, this, &PreferencesDialog::setStartWithDesktop);
}

void PreferencesDialog::showSetting(SettingKey key)
{
    const QVariant value = m_settings.value(key);
    const auto select = [](QComboBox* box, const QString& data) {
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(std::max(0, box->findData(data)));
    };
    switch (key) {
    case SettingKey::PersonName:
        if (m_name->text() != value.toString()) {
            const QSignalBlocker quiet(m_name);
            m_name->setText(value.toString());
        }
        break;
    case SettingKey::ReportPageSize:
        select(m_paper, value.toString());
        break;
    case SettingKey::WeekStartsOnSunday:
        select(m_weekStart, value.toBool() ? QStringLiteral("sunday") : QStringLiteral("monday"));
        break;
    case SettingKey::RoutineMinutes: {
        const QSignalBlocker quiet(m_minutes);
        m_minutes->setValue(value.toInt());
        break;
    }
    case SettingKey::RoutineTools: {
        const QSignalBlocker quietBall(m_ball), quietRoller(m_roller);
        m_ball->setChecked(value.toStringList().contains(toolKey(Tool::Ball)));
        m_roller->setChecked(value.toStringList().contains(toolKey(Tool::Roller)));
        break;
    }
    case SettingKey::RemindersOn: {
        const QSignalBlocker quiet(m_reminders);
        m_reminders->setChecked(value.toBool());
        m_reminderTime->setEnabled(value.toBool());
        break;
    }
    case SettingKey::ReminderMinute: {
        const QSignalBlocker quiet(m_reminderTime);
        m_reminderTime->setTime(QTime(value.toInt() / 60, value.toInt() % 60));
        break;
    }
    case SettingKey::KeepInTray: {
        const QSignalBlocker quiet(m_keepInTray);
        m_keepInTray->setChecked(value.toBool());
        break;
    }
    case SettingKey::Appearance:
        select(m_appearance, value.toString());
        break;
    case SettingKey::Language:
        select(m_language, value.toString());
        break;
    case SettingKey::StartWithDesktop: {
        // The autostart file is the truth: removed by hand, the box is unticked.
        const QSignalBlocker quiet(m_startWithDesktop);
        m_startWithDesktop->setChecked(autostartEnabled());
        break;
    }
    default:
        break;
    }
}

void PreferencesDialog::setStartWithDesktop(bool on)
{
    const QString problem = setAutostart(on);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const QSignalBlocker quiet(m_startWithDesktop);
    m_startWithDesktop->setChecked(autostartEnabled());
    m_settings.setValue(SettingKey::StartWithDesktop, autostartEnabled());
}

void addPreferencesAction(QMainWindow& window, QMenu* edit, Settings& settings)
{
    edit->addSeparator();
    QAction* preferences = edit->addAction(PreferencesDialog::tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences has no key on Linux: Ctrl+, as GNOME, KDE and most desktop apps have it.
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QObject::connect(preferences, &QAction::triggered, &window, [&window, &settings] {
        auto* dialog = window.findChild<PreferencesDialog*>();
        if (!dialog) {
            dialog = new PreferencesDialog(settings, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
}

} // namespace knotmap::ui
