// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutineView.h"

#include "GuidedPlayer.h"
#include "NoticePanel.h"
#include "painters/IntensityScale.h"
#include "routines/WhatHelps.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "ui/BackgroundTask.h"
#include "ui/WholeText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {
// The words of a check box, wrapped; clicking them ticks the box, as clicking a check box's own text does.
class CheckBoxLabel : public QLabel
{
public:
    CheckBoxLabel(const QString& text, QCheckBox* box, QWidget* parent) : QLabel(text, parent), m_box(box)
    {
        setWordWrap(true);
        setBuddy(box);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_box->click();
        QLabel::mouseReleaseEvent(event);
    }

private:
    QCheckBox* m_box;
};
} // namespace

RoutineView::RoutineView(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
                         QWidget* parent)
    : QWidget(parent), m_store(store), m_settings(settings), m_catalogue(catalogue)
{
    auto* disclaimer =
        new QLabel(tr("Suggestions for self-care, not a diagnosis or a treatment. Stop anything that "
                      "makes the pain shoot, spread, or brings numbness or tingling."),
                   this);
    disclaimer->setWordWrap(true);
    disclaimer->setForegroundRole(QPalette::PlaceholderText);
    m_notices = new NoticePanel(this);
    connect(m_notices, &NoticePanel::nerveSignsGone, this, [this] {
        if (const auto cleared = m_store.clearFlag(QLatin1String(kNerveSignsReason), RecordedTime::now());
            !cleared)
            QMessageBox::warning(this, tr("Not Saved"),
                                 tr("KnotMap could not note that: %1.").arg(cleared.error()));
    });

    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("planHints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::PlainText);
    m_hints->hide();
    m_checklist = new QTreeWidget(this);
    m_checklist->setAccessibleName(tr("Today's steps"));
    m_checklist->setHeaderLabels({tr("Step"), tr("Dose")});
    m_checklist->setRootIsDecorated(false);
    m_checklist->setItemsExpandable(false);
    m_checklist->setWordWrap(true);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_minutes = new QSpinBox(this);
    const SettingRule minutes = Settings::rule(SettingKey::RoutineMinutes); // offer exactly what is kept
    m_minutes->setRange(minutes.min, minutes.max);
    m_minutes->setSuffix(tr(" min a day"));
    m_ball = new QCheckBox(toolDisplayName(Tool::Ball), this);
    m_roller = new QCheckBox(toolDisplayName(Tool::Roller), this);
    auto* toolsRow = new QHBoxLayout;
    toolsRow->addWidget(m_ball);
    toolsRow->addWidget(m_roller);
    toolsRow->addStretch(1);
    // Optional: from 65, stretches are held longer (ACSM). A year, not an age, so it stays right.
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setRange(1899, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(tr("not given"));
    m_birthYear->setToolTip(tr("Optional. From 65, KnotMap suggests holding stretches longer."));
    auto* settingsBox = new QGroupBox(tr("Your time and tools"), this);
    auto* form = new QFormLayout(settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Time:"), m_minutes);
    form->addRow(tr("I have:"), toolsRow);
    form->addRow(tr("Year of birth:"), m_birthYear);

    QWidget* symptomsBox = makeSymptomChecklist();
    showSettings();
    // A control writes its own setting only; the plan follows the settings, whoever changed them.
    connect(m_minutes, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setValue(SettingKey::RoutineMinutes, minutes); });
    for (QCheckBox* box : {m_ball, m_roller})
        connect(box, &QCheckBox::toggled, this, &RoutineView::saveTools);
    connect(m_birthYear, &QSpinBox::valueChanged, this,
            [this](int year) { m_settings.setValue(SettingKey::BirthYear, year < 1900 ? 0 : year); });
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::RoutineMinutes || key == SettingKey::RoutineTools ||
            key == SettingKey::RoutineSymptoms || key == SettingKey::BirthYear) {
            showSettings();
            replan();
        }
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_hints);
    leftLayout->addWidget(m_checklist, 2);
    leftLayout->addWidget(settingsBox);
    leftLayout->addWidget(symptomsBox, 1);

    m_player = new GuidedPlayer(store.atlas(), catalogue, this);
    connect(m_player, &GuidedPlayer::stepCompleted, this, &RoutineView::logStep);

    m_helps = new QTreeWidget(this);
    m_helps->setAccessibleName(tr("What went with less pain"));
    m_helps->setHeaderLabels(
        {tr("What went with less pain"), tr("Sessions"), tr("Right after"), tr("Two weeks from the start")});
    m_helps->setRootIsDecorated(false);
    sizeColumnsToContents(m_helps);
    m_helps->setToolTip(
        tr("Change in the spot's score: right after each session (mean of after − before), and its "
           "mean in the two weeks after you started against the two weeks before"));

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_player);
    right->addWidget(m_helps);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setCollapsible(0, false); // the player keeps its room; a short window folds the list under it
    m_playerColumn = right;
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(1, 1);
    columns->setSizes({430, 700});
    columns->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notices);
    layout->addWidget(columns, 1);
    layout->addWidget(disclaimer);

    m_task = new BackgroundTask(store, this);
    const auto markDirty = [this] {
        m_dirty = true;
        if (isVisible() && !inSession())
            replan(); // never pull the plan away in the middle of a session
    };
    connect(&m_store, &KnotStore::spotAdded, this, markDirty);
    connect(&m_store, &KnotStore::spotRemoved, this, markDirty);
    connect(&m_store, &KnotStore::ratingsChanged, this, markDirty);
    connect(&m_store, &KnotStore::dataImported, this, markDirty);
    connect(&m_store, &KnotStore::routineLogChanged, this, &RoutineView::showWhatHelps);
    connect(&m_store, &KnotStore::redFlagsChanged, this, markDirty);
    m_dirty = true; // planned when first shown, not at start-up
}

QWidget* RoutineView::makeSymptomChecklist()
{
    // The urgent signs first, under a heading that says what they mean; every box is a plain sentence.
    auto* inner = new QWidget;
    auto* layout = new QVBoxLayout(inner);
    std::optional<bool> urgentGroup;
    for (Symptom symptom : allSymptoms()) {
        const bool urgent = symptomLevel(symptom) == FlagLevel::Urgent;
        if (urgentGroup != urgent) {
            auto* heading = new QLabel(urgent ? tr("Get medical help now if you have:")
                                              : tr("See a doctor soon if you have:"),
                                       inner);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            layout->addWidget(heading);
            urgentGroup = urgent;
        }
        // A check box cannot wrap its text, and these sentences are long: the words go in a wrapping label
        // beside an unlabelled box, which carries them as its accessible name; a click on the words ticks it.
        auto* box = new QCheckBox(inner);
        box->setObjectName(QStringLiteral("symptom-") + symptomKey(symptom));
        box->setAccessibleName(symptomText(symptom));
        box->setToolTip(symptomMessage(symptom));
        auto* words = new CheckBoxLabel(symptomText(symptom), box, inner);
        words->setToolTip(symptomMessage(symptom));
        auto* row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(words, 1);
        layout->addLayout(row);
        m_symptoms.append({symptom, box});
        connect(box, &QCheckBox::toggled, this, &RoutineView::saveSymptoms);
    }
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the words wrap instead
    scroll->setFrameShape(QFrame::NoFrame);
    auto* group = new QGroupBox(tr("Do any of these apply to you now?"), this);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->setContentsMargins(2, 2, 2, 2);
    groupLayout->addWidget(scroll);
    return group;
}

void RoutineView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        replan();
    else
        recordShownFlags();
}

void RoutineView::setSymptomTicked(Symptom symptom, bool ticked)
{
    for (const auto& [s, box] : m_symptoms) {
        if (s == symptom)
            box->setChecked(ticked);
    }
}

void RoutineView::showSettings()
{
    // Quietly: showing a setting must not write it back.
    const QSignalBlocker minutesBlocker(m_minutes), ballBlocker(m_ball), rollerBlocker(m_roller),
        yearBlocker(m_birthYear);
    m_minutes->setValue(m_settings.value(SettingKey::RoutineMinutes).toInt());
    const int birthYear = m_settings.value(SettingKey::BirthYear).toInt();
    m_birthYear->setValue(birthYear < 1900 ? m_birthYear->minimum() : birthYear);
    const QStringList tools = m_settings.value(SettingKey::RoutineTools).toStringList();
    m_ball->setChecked(tools.contains(toolKey(Tool::Ball)));
    m_roller->setChecked(tools.contains(toolKey(Tool::Roller)));
    const QStringList ticked = m_settings.value(SettingKey::RoutineSymptoms).toStringList();
    for (const auto& [symptom, box] : m_symptoms) {
        const QSignalBlocker blocker(box);
        box->setChecked(ticked.contains(symptomKey(symptom)));
    }
}

void RoutineView::saveTools()
{
    QStringList tools;
    if (m_ball->isChecked())
        tools.append(toolKey(Tool::Ball));
    if (m_roller->isChecked())
        tools.append(toolKey(Tool::Roller));
    m_settings.setValue(SettingKey::RoutineTools, tools);
}

void RoutineView::saveSymptoms()
{
    QStringList symptoms;
    for (const auto& [symptom, box] : m_symptoms) {
        if (box->isChecked())
            symptoms.append(symptomKey(symptom));
    }
    m_settings.setValue(SettingKey::RoutineSymptoms, symptoms);
}

bool RoutineView::inSession() const
{
    return m_player->session()->phase() != RoutineSession::Phase::BeforeStep ||
           m_player->session()->stepIndex() != 0;
}

RoutineView::SessionMark RoutineView::sessionMark() const
{
    const RoutineSession* session = m_player->session();
    return {session, session->phase(), session->stepIndex()};
}

bool RoutineView::busy() const
{
    return m_task->busy();
}

void RoutineView::replan()
{
    m_dirty = false;
    if (m_plan.date.isNull()) // nothing shown yet: say so rather than "nothing to do"
        m_summary->setText(tr("Working out today's plan…"));
    // What the worker needs, copied: it must not touch the settings, and the catalogue may go before it ends.
    const PlannerSettings settings = plannerSettingsFrom(m_settings);
    const QDate today = QDate::currentDate();
    const SessionMark asked = sessionMark();
    m_task->start<std::pair<RoutinePlan, QList<HelpStats>>>(
        [catalogue = m_catalogue, settings,
         today](KnotStore& reader, const WorkerContext&) -> Result<std::pair<RoutinePlan, QList<HelpStats>>> {
            // One whatHelps for the plan and the table beside it: it is the costliest read of a plan.
            QList<HelpStats> helps = whatHelps(reader);
            return std::pair{planRoutine(reader, catalogue, today, settings, helps), std::move(helps)};
        },
        [this, asked](const Result<std::pair<RoutinePlan, QList<HelpStats>>>& planned) {
            if (!planned) {
                m_summary->setText(tr("Today's plan could not be worked out: %1").arg(planned.error()));
                return;
            }
            if (sessionMark() !=
                asked) { // the person went on meanwhile: the new plan waits for the next look
                m_dirty = true;
                return;
            }
            showPlan(planned->first, planned->second);
        });
}

void RoutineView::showPlan(const RoutinePlan& plan, const QList<HelpStats>& helps)
{
    m_plan = plan;
    m_done.clear();
    showNotices();
    showChecklist();
    m_player->setPlan(m_plan.steps);
    // An urgent or pausing sign leaves no plan: no player, no Start, nothing to tick.
    m_checklist->setVisible(!m_plan.stoppedBy);
    m_playerColumn->setVisible(!m_plan.stoppedBy);
    showHelps(helps);
    recordShownFlags();
}

void RoutineView::recordShownFlags()
{
    // A failed write (a locked file) is tried again the next time the plan is shown: the store compares
    // with what it already holds.
    if (isVisible() && !m_plan.notices.isEmpty())
        (void)m_store.recordFlagsShown(m_plan.date, shownFlags(noticesToShow(m_plan.notices), m_plan.date));
}

QString RoutineView::regionName(const QString& regionId) const
{
    return m_store.placeName(regionId);
}

void RoutineView::showNotices()
{
    m_notices->showNotices(m_plan.notices);
}

void RoutineView::showChecklist()
{
    m_checklist->clear();
    const int minutes = (m_plan.totalSeconds() + 59) / 60;
    if (m_plan.stoppedBy)
        m_summary->setText(tr("No exercises today: please follow the notice above."));
    else if (m_plan.steps.isEmpty() && !m_plan.hints.isEmpty())
        m_summary->setText(tr("No knot to work on yet: see where to search below."));
    else if (m_plan.steps.isEmpty())
        m_summary->setText(tr("Nothing to do today: no knot was rated in the last 7 days."));
    else
        m_summary->setText(tr("Today: %n step(s), about %1 of your %2 minutes", "", int(m_plan.steps.size()))
                               .arg(minutes)
                               .arg(m_plan.minutes));
    // Felt pain is not pressed on; where no tender knot is marked yet, the plan says where to search.
    m_hints->setText(m_plan.stoppedBy ? QString() : m_plan.hints.join(QStringLiteral("\n\n")));
    m_hints->setVisible(!m_hints->text().isEmpty());
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const PlanStep& step = m_plan.steps[i];
        auto* item = new QTreeWidgetItem(
            m_checklist, {QStringLiteral("%1 — %2").arg(regionName(step.region),
                                                        m_catalogue.techniqueName(step.technique)),
                          doseText(step, m_catalogue, DoseWords::Brief)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_done.contains(int(i)) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, item->text(0) + QLatin1Char('\n') + step.why); // the name whole, then why
        item->setToolTip(1, doseText(step, m_catalogue));
        auto* why = new QTreeWidgetItem(
            item, {step.aftercare.isEmpty() ? step.why : step.why + QLatin1Char('\n') + step.aftercare});
        why->setFirstColumnSpanned(true);
        why->setForeground(0, palette().brush(QPalette::PlaceholderText));
        why->setFlags(Qt::ItemIsEnabled);
    }
    m_checklist->expandAll();
}

void RoutineView::logStep(const PlanStep& step, int doneSeconds, std::optional<int> before,
                          std::optional<int> after)
{
    LoggedStep logged;
    logged.doneAt = RecordedTime::now();
    logged.spotId = step.spotId;
    logged.region = step.region;
    logged.technique = step.technique;
    logged.plannedSeconds = step.holdSeconds * step.repeats;
    logged.doneSeconds = doneSeconds;
    logged.before = before;
    logged.after = after;
    if (const auto saved = m_store.logRoutineStep(logged); !saved) {
        // The step stays unticked, and the person learns why rather than finding it missing later.
        QMessageBox::warning(this, tr("Step Not Saved"),
                             tr("The step was not saved: %1.").arg(saved.error()));
        return;
    }
    const int index = m_player->session()->stepIndex(); // the session moves on only after this signal
    if (index >= 0 && index < m_checklist->topLevelItemCount()) {
        m_done.insert(index);
        m_checklist->topLevelItem(index)->setCheckState(0, Qt::Checked);
    }
}

void RoutineView::showWhatHelps()
{
    showHelps(whatHelps(m_store));
}

void RoutineView::showHelps(const QList<HelpStats>& all)
{
    m_helps->clear();
    const auto signedNumber = [](const std::optional<double>& v) {
        return v ? QStringLiteral("%1%2")
                       .arg(*v > 0 ? QStringLiteral("+") : QString())
                       .arg(QLocale().toString(*v, 'f', 1))
                 : QStringLiteral("–");
    };
    if (all.isEmpty()) {
        auto* empty =
            new QTreeWidgetItem(m_helps, {tr("Rate the knot before and after a step in the player, and what "
                                             "went with less pain shows here.")});
        empty->setFirstColumnSpanned(true);
        empty->setForeground(0, palette().brush(QPalette::PlaceholderText));
        empty->setFlags(Qt::ItemIsEnabled);
    }
    for (const HelpStats& stats : all) {
        const QString name = QStringLiteral("%1 — %2").arg(regionName(stats.region),
                                                           m_catalogue.techniqueName(stats.technique));
        auto* item = new QTreeWidgetItem(m_helps, {name, QString::number(stats.sessions)});
        if (!stats.enoughData()) {
            item->setText(2, tr("too little data"));
            item->setText(3, tr("too little data"));
        } else {
            item->setText(2, signedNumber(stats.meanChange));
            item->setText(3, signedNumber(stats.trendChange()));
        }
    }
    // The hint spans the row and wraps; names and numbers are shown whole (scrolling sideways if need be).
    m_helps->setWordWrap(all.isEmpty());
    m_helps->header()->setSectionResizeMode(0, all.isEmpty() ? QHeaderView::Stretch
                                                             : QHeaderView::ResizeToContents);
    addFullTextTips(m_helps);
}

} // namespace knotmap::ui
