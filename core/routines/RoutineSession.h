// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Planner.h"

#include <QObject>

#include <optional>

namespace knotmap {

// Walks through a plan step by step: rate the spot, hold (repeats with rests between), rate it again.
// It has no clock of its own: whoever drives it calls advance() with the time that passed, so the
// window uses a timer and tests can run a 60-second hold in a millisecond.
class RoutineSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase { BeforeStep, Holding, Resting, AfterStep, Finished };

    explicit RoutineSession(QList<PlanStep> steps, QObject* parent = nullptr);

    Phase phase() const { return m_phase; }
    bool isPaused() const { return m_paused; }
    int stepIndex() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    int repeatIndex() const { return m_repeat; } // 0-based, while holding or resting
    int remainingMs() const { return m_remainingMs; }
    const PlanStep& currentStep() const { return m_steps.at(std::min(m_step, stepCount() - 1)); }
    int completedSteps() const { return m_completed; }

    void setBefore(std::optional<int> score) { m_before = score; }
    void setAfter(std::optional<int> score) { m_after = score; }
    std::optional<int> before() const { return m_before; }
    std::optional<int> after() const { return m_after; }

    void start(); // BeforeStep -> Holding
    void pause();
    void resume();
    void endStepEarly(); // Holding or Resting -> AfterStep, keeping the time done
    void skip();         // leave this step out (not logged) and go to the next
    void finishStep();   // AfterStep -> log it, then the next step or Finished
    void advance(int elapsedMs);

signals:
    void changed();
    void holdFinished(); // the cue: a hold's time is up
    void stepCompleted(const knotmap::PlanStep& step, int doneSeconds, std::optional<int> before,
                       std::optional<int> after);

private:
    void nextStep();

    QList<PlanStep> m_steps;
    Phase m_phase = Phase::BeforeStep;
    bool m_paused = false;
    int m_step = 0;
    int m_repeat = 0;
    int m_remainingMs = 0;
    int m_heldMs = 0; // time spent holding on this step
    int m_completed = 0;
    std::optional<int> m_before;
    std::optional<int> m_after;
};

} // namespace knotmap
