// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutineSession.h"

namespace knotmap {

RoutineSession::RoutineSession(QList<PlanStep> steps, QObject* parent)
    : QObject(parent), m_steps(std::move(steps))
{
    if (m_steps.isEmpty())
        m_phase = Phase::Finished;
}

void RoutineSession::start()
{
    if (m_phase != Phase::BeforeStep)
        return;
    m_phase = Phase::Holding;
    m_repeat = 0;
    m_heldMs = 0;
    m_paused = false;
    m_remainingMs = currentStep().holdSeconds * 1000;
    emit changed();
}

void RoutineSession::pause()
{
    if (m_phase == Phase::Holding || m_phase == Phase::Resting) {
        m_paused = true;
        emit changed();
    }
}

void RoutineSession::resume()
{
    if (m_paused) {
        m_paused = false;
        emit changed();
    }
}

void RoutineSession::endStepEarly()
{
    if (m_phase != Phase::Holding && m_phase != Phase::Resting)
        return;
    m_phase = Phase::AfterStep;
    m_paused = false;
    emit changed();
}

void RoutineSession::skip()
{
    if (m_phase == Phase::Finished)
        return;
    nextStep();
}

void RoutineSession::finishStep()
{
    if (m_phase != Phase::AfterStep)
        return;
    ++m_completed;
    emit stepCompleted(currentStep(), (m_heldMs + 500) / 1000, m_before, m_after);
    nextStep();
}

void RoutineSession::nextStep()
{
    ++m_step;
    m_before.reset();
    m_after.reset();
    m_paused = false;
    m_phase = m_step < stepCount() ? Phase::BeforeStep : Phase::Finished;
    emit changed();
}

void RoutineSession::advance(int elapsedMs)
{
    if (m_paused || elapsedMs <= 0)
        return;
    // One call may cover several holds and rests when the clock runs fast.
    while (elapsedMs > 0 && (m_phase == Phase::Holding || m_phase == Phase::Resting)) {
        const int used = std::min(elapsedMs, m_remainingMs);
        elapsedMs -= used;
        m_remainingMs -= used;
        if (m_phase == Phase::Holding)
            m_heldMs += used;
        if (m_remainingMs > 0)
            break;
        const PlanStep& step = currentStep();
        if (m_phase == Phase::Holding) {
            emit holdFinished();
            if (m_repeat + 1 < step.repeats && step.restSeconds > 0) {
                m_phase = Phase::Resting;
                m_remainingMs = step.restSeconds * 1000;
            } else if (m_repeat + 1 < step.repeats) {
                ++m_repeat;
                m_remainingMs = step.holdSeconds * 1000;
            } else {
                m_phase = Phase::AfterStep;
            }
        } else {
            m_phase = Phase::Holding;
            ++m_repeat;
            m_remainingMs = step.holdSeconds * 1000;
        }
    }
    emit changed();
}

} // namespace knotmap
