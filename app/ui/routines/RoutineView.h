// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routines/Planner.h"
#include "routines/RoutineSession.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace knotmap {
class KnotStore;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class BackgroundTask;
class GuidedPlayer;
class NoticePanel;

// The Routine view: today's plan as a checklist, the settings it depends on (minutes, tools, the
// symptom checklist), "see a professional" notices, the guided player, and what has helped so far.
class RoutineView : public QWidget
{
    Q_OBJECT

public:
    RoutineView(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
                QWidget* parent = nullptr);

    const RoutinePlan& plan() const { return m_plan; }
    GuidedPlayer* player() const { return m_player; }
    QTreeWidget* checklist() const { return m_checklist; }
    QTreeWidget* whatHelpsTable() const { return m_helps; }
    NoticePanel* noticePanel() const { return m_notices; }
    void setSymptomTicked(Symptom symptom, bool ticked);

    // Recomputes today's plan on a worker thread (ten years of ratings take a fifth of a second), also when
    // the day or the data change; the plan shown stays until the new one arrives.
    void replan();
    bool busy() const; // a plan is still being worked out

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showPlan(const RoutinePlan& plan, const QList<HelpStats>& helps);
    bool inSession() const; // a guided session has begun: the plan must not change under it
    struct SessionMark      // where the guided session stood when a new plan was asked for
    {
        const RoutineSession* session;
        RoutineSession::Phase phase;
        int stepIndex;
        friend bool operator==(const SessionMark&, const SessionMark&) = default;
    };
    SessionMark sessionMark() const;
    void showSettings(); // minutes, tools, year of birth and symptoms as Settings holds them
    void saveTools();
    void saveSymptoms();
    void showNotices();
    void recordShownFlags(); // the routine log keeps which warning signs were on screen each day
    QWidget* makeSymptomChecklist();
    void showChecklist();
    void showWhatHelps();
    void showHelps(const QList<HelpStats>& all);
    void logStep(const PlanStep& step, int doneSeconds, std::optional<int> before, std::optional<int> after);
    QString regionName(const QString& regionId) const;

    KnotStore& m_store;
    Settings& m_settings;
    const RoutineCatalogue& m_catalogue;
    RoutinePlan m_plan;
    QSet<int> m_done; // plan steps logged today, by index
    bool m_dirty = true;
    QLabel* m_summary;
    QLabel* m_hints; // felt pain with no tender knot marked yet: where to search (RoutinePlan::hints)
    NoticePanel* m_notices;
    QTreeWidget* m_checklist;
    QSpinBox* m_minutes;
    QCheckBox* m_ball;
    QCheckBox* m_roller;
    QSpinBox* m_birthYear;
    QWidget* m_playerColumn;
    QList<std::pair<Symptom, QCheckBox*>> m_symptoms;
    GuidedPlayer* m_player;
    QTreeWidget* m_helps;
    BackgroundTask* m_task;
};

} // namespace knotmap::ui
