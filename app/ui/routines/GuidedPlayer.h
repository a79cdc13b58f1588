// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routines/RoutineSession.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QLabel;
class QScrollArea;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace knotmap {
class BodyAtlas;
class RoutineCatalogue;
} // namespace knotmap

namespace knotmap::ui {

// Walks the person through today's plan: a quick 0–10 score of the spot, a large countdown for each
// hold with a cue at its end, rests, then the score again. Driven by a timer whose speed tests can raise.
class GuidedPlayer : public QWidget
{
    Q_OBJECT

public:
    GuidedPlayer(const BodyAtlas& atlas, const RoutineCatalogue& catalogue, QWidget* parent = nullptr);

    void setPlan(const QList<PlanStep>& steps);
    RoutineSession* session() const { return m_session.get(); }
    void setClockSpeed(int factor) { m_speed = std::max(1, factor); } // 1 = real time
    QString countdownText() const;
    QPushButton* startButton() const { return m_start; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* skipButton() const { return m_skip; }
    void chooseScore(int score); // what a click on one of the 0–10 buttons does

signals:
    void stepCompleted(const knotmap::PlanStep& step, int doneSeconds, std::optional<int> before,
                       std::optional<int> after);

private:
    void refresh();
    void tick();
    void cue();
    void start();
    void togglePause();

    const BodyAtlas& m_atlas;
    const RoutineCatalogue& m_catalogue;
    QList<PlanStep> m_plan; // kept so that a finished session can be started again
    std::unique_ptr<RoutineSession> m_session;
    RoutineSession::Phase m_shownPhase = RoutineSession::Phase::BeforeStep;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_speed = 1;
    QLabel* m_title;
    QLabel* m_how;
    QScrollArea* m_howArea;
    QLabel* m_phase;
    QLabel* m_countdown;
    QProgressBar* m_progress;
    QLabel* m_scoreLabel;
    QButtonGroup* m_scores;
    QWidget* m_scoreRow;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_endEarly;
    QPushButton* m_skip;
    QPushButton* m_next;
    QShortcut* m_spaceToPause;
};

} // namespace knotmap::ui
