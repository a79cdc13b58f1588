// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidedPlayer.h"

#include "ui/ScrollingPanel.h"

#include "atlas/BodyAtlas.h"
#include "painters/IntensityScale.h"
#include "routines/Catalogue.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace knotmap::ui {

GuidedPlayer::GuidedPlayer(const BodyAtlas& atlas, const RoutineCatalogue& catalogue, QWidget* parent)
    : QWidget(parent), m_atlas(atlas), m_catalogue(catalogue),
      m_session(std::make_unique<RoutineSession>(QList<PlanStep>{}))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_how = new QLabel(this);
    m_how->setWordWrap(true);
    m_how->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_how->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A long instruction scrolls in its own box rather than pushing the clock and the buttons out of a short
    // window (a wrapped label's height is not part of its layout's minimum, so it would squeeze them).
    auto* stepText = new QWidget(this);
    auto* stepTextLayout = new QVBoxLayout(stepText);
    stepTextLayout->setContentsMargins(0, 0, 0, 0);
    stepTextLayout->addWidget(m_title);
    stepTextLayout->addWidget(m_how, 1);
    m_howArea = scrollingPanel(stepText, this);
    m_howArea->setMinimumHeight(m_title->fontMetrics().lineSpacing() +
                                m_how->fontMetrics().lineSpacing() * 3);
    m_phase = new QLabel(this);
    m_phase->setAlignment(Qt::AlignCenter);
    QFont phaseFont = m_phase->font();
    phaseFont.setPointSizeF(phaseFont.pointSizeF() * 1.2);
    m_phase->setFont(phaseFont);
    m_countdown = new QLabel(this);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setAutoFillBackground(true);
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 4); // large enough to read from the floor, small enough for a laptop
    big.setBold(true);
    big.setStyleHint(QFont::Monospace);
    m_countdown->setFont(big);
    m_countdown->setAccessibleName(tr("Time left in this hold"));
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_scoreLabel = new QLabel(this);
    m_scoreRow = new QWidget(this);
    auto* scoreLayout = new QHBoxLayout(m_scoreRow);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->setSpacing(3);
    m_scores = new QButtonGroup(this);
    m_scores->setExclusive(true);
    for (int score = 0; score <= 10; ++score) {
        auto* button = new QPushButton(QString::number(score), m_scoreRow);
        button->setCheckable(true);
        button->setMinimumWidth(30);
        button->setMaximumWidth(44);
        button->setAccessibleName(tr("Pain %1 of 10").arg(score));
        QPalette p = button->palette();
        p.setColor(QPalette::Button, intensityColor(score));
        p.setColor(QPalette::ButtonText, textColorOn(intensityColor(score)));
        button->setPalette(p);
        m_scores->addButton(button, score);
        scoreLayout->addWidget(button);
    }
    connect(m_scores, &QButtonGroup::idClicked, this, &GuidedPlayer::chooseScore);

    m_start = new QPushButton(tr("Start"), this);
    m_start->setDefault(true);
    m_pause = new QPushButton(tr("Pause"), this);
    m_endEarly = new QPushButton(tr("Done Early"), this);
    m_skip = new QPushButton(tr("Skip Step"), this);
    m_next = new QPushButton(tr("Save and Next"), this);
    connect(m_start, &QPushButton::clicked, this, &GuidedPlayer::start);
    connect(m_pause, &QPushButton::clicked, this, &GuidedPlayer::togglePause);
    // Space pauses and resumes while a hold or rest runs, wherever the focus is inside the player; a
    // window-wide Space would take the key from every text field and button of the window.
    // On a focused button Space still presses that button, as everywhere else: the keyboard's way to choose
    // Done Early or a score while a hold runs.
    m_spaceToPause = new QShortcut(
        QKeySequence(Qt::Key_Space), this, this,
        [this] {
            if (auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
                button && isAncestorOf(button))
                button->click();
            else
                togglePause();
        },
        Qt::WidgetWithChildrenShortcut);
    m_spaceToPause->setEnabled(false);
    connect(m_endEarly, &QPushButton::clicked, this, [this] { m_session->endStepEarly(); });
    connect(m_skip, &QPushButton::clicked, this, [this] { m_session->skip(); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_session->finishStep(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_endEarly);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_start);
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_howArea, 2); // most of the room there is goes to the instructions
    layout->addWidget(m_phase);
    layout->addWidget(m_countdown);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_scoreRow);
    layout->addLayout(buttons);

    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &GuidedPlayer::tick);
    setPlan({});
}

void GuidedPlayer::setPlan(const QList<PlanStep>& steps)
{
    m_timer.stop();
    m_plan = steps;
    m_session = std::make_unique<RoutineSession>(steps);
    connect(m_session.get(), &RoutineSession::changed, this, &GuidedPlayer::refresh);
    connect(m_session.get(), &RoutineSession::holdFinished, this, &GuidedPlayer::cue);
    connect(m_session.get(), &RoutineSession::stepCompleted, this, &GuidedPlayer::stepCompleted);
    refresh();
}

void GuidedPlayer::start()
{
    // A finished session starts over from its first step.
    if (m_session->phase() == RoutineSession::Phase::Finished)
        setPlan(m_plan);
    if (m_session->phase() != RoutineSession::Phase::BeforeStep)
        return;
    m_session->start();
    m_elapsed.start();
    m_timer.start();
    // Start hides itself; the focus would fall to the next button, Skip, where one Space or Enter too many
    // throws the step away. Pause is the safe place for it.
    if (m_pause->isVisible())
        m_pause->setFocus(Qt::OtherFocusReason);
}

void GuidedPlayer::togglePause()
{
    if (m_session->phase() != RoutineSession::Phase::Holding &&
        m_session->phase() != RoutineSession::Phase::Resting)
        return;
    if (m_session->isPaused())
        m_session->resume();
    else
        m_session->pause();
    m_elapsed.restart();
}

void GuidedPlayer::chooseScore(int score)
{
    if (m_session->phase() == RoutineSession::Phase::BeforeStep)
        m_session->setBefore(score);
    else if (m_session->phase() == RoutineSession::Phase::AfterStep)
        m_session->setAfter(score);
    if (QAbstractButton* button = m_scores->button(score))
        button->setChecked(true);
}

void GuidedPlayer::tick()
{
    const qint64 elapsed = m_elapsed.restart();
    m_session->advance(int(std::min<qint64>(elapsed * m_speed, 3'600'000)));
}

void GuidedPlayer::cue()
{
    // Heard and seen: a beep, and the countdown flashes in the highlight colour.
    QApplication::beep();
    QPalette flash = m_countdown->palette();
    flash.setColor(QPalette::Window, palette().color(QPalette::Highlight));
    flash.setColor(QPalette::WindowText, palette().color(QPalette::HighlightedText));
    m_countdown->setPalette(flash);
    QTimer::singleShot(700, m_countdown, [this] { m_countdown->setPalette(palette()); });
}

QString GuidedPlayer::countdownText() const
{
    return m_countdown->text();
}

void GuidedPlayer::refresh()
{
    using Phase = RoutineSession::Phase;
    const RoutineSession& s = *m_session;
    const Phase phase = s.phase();
    const bool finished = phase == Phase::Finished;
    if (finished) {
        m_timer.stop();
        if (s.stepCount() == 0)
            m_title->setText(tr("Nothing planned yet"));
        else
            m_title->setText(
                tr("Done for today: %1 of %n step(s)", "", s.stepCount()).arg(s.completedSteps()));
        m_how->setText(s.stepCount() == 0
                           ? tr("Rate a spot on the Mark tab and a plan appears here.")
                           : tr("Well done. Expect some soreness for a day after firm work; it is common."));
    } else {
        const PlanStep& step = s.currentStep();
        m_title->setText(
            tr("Step %1 of %2: %3 — %4")
                .arg(s.stepIndex() + 1)
                .arg(s.stepCount())
                .arg(m_atlas.regionName(step.region), m_catalogue.techniqueName(step.technique)));
        m_how->setText(step.how);
    }

    const int holdMs = finished ? 0 : s.currentStep().holdSeconds * 1000;
    const int restMs = finished ? 0 : s.currentStep().restSeconds * 1000;
    const int shownSeconds = (s.remainingMs() + 999) / 1000;
    switch (phase) {
    case Phase::BeforeStep:
        m_phase->setText(tr("%1 s × %2").arg(s.currentStep().holdSeconds).arg(s.currentStep().repeats));
        m_countdown->setText(
            QStringLiteral("%1:%2").arg(holdMs / 60000).arg(holdMs / 1000 % 60, 2, 10, QLatin1Char('0')));
        break;
    case Phase::Holding:
        m_phase->setText((s.isPaused() ? tr("Paused — ") : QString()) +
                         tr("Hold %1 of %2").arg(s.repeatIndex() + 1).arg(s.currentStep().repeats));
        m_countdown->setText(
            QStringLiteral("%1:%2").arg(shownSeconds / 60).arg(shownSeconds % 60, 2, 10, QLatin1Char('0')));
        m_progress->setRange(0, std::max(1, holdMs));
        m_progress->setValue(holdMs - s.remainingMs());
        break;
    case Phase::Resting:
        m_phase->setText((s.isPaused() ? tr("Paused — ") : QString()) + tr("Rest, then hold again"));
        m_countdown->setText(
            QStringLiteral("%1:%2").arg(shownSeconds / 60).arg(shownSeconds % 60, 2, 10, QLatin1Char('0')));
        m_progress->setRange(0, std::max(1, restMs));
        m_progress->setValue(restMs - s.remainingMs());
        break;
    case Phase::AfterStep:
        m_phase->setText(tr("Time is up"));
        m_countdown->setText(QStringLiteral("0:00"));
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        break;
    case Phase::Finished:
        m_phase->clear();
        m_countdown->setText(s.stepCount() ? QStringLiteral("✓") : QString());
        break;
    }

    const bool rating = phase == Phase::BeforeStep || phase == Phase::AfterStep;
    m_scoreLabel->setText(phase == Phase::BeforeStep
                              ? tr("How does the spot feel now, before you start? (optional)")
                              : tr("And now? (optional)"));
    m_scoreLabel->setVisible(rating);
    m_scoreRow->setVisible(rating);
    const std::optional<int> chosen = phase == Phase::BeforeStep ? s.before() : s.after();
    m_scores->setExclusive(false);
    for (QAbstractButton* button : m_scores->buttons())
        button->setChecked(chosen && m_scores->id(button) == *chosen);
    m_scores->setExclusive(true);

    const bool again = finished && s.stepCount() > 0;
    m_start->setVisible(phase == Phase::BeforeStep || again);
    m_start->setText(again ? tr("Start Again") : tr("Start"));
    m_spaceToPause->setEnabled(phase == Phase::Holding || phase == Phase::Resting);
    m_pause->setVisible(phase == Phase::Holding || phase == Phase::Resting);
    m_pause->setText(s.isPaused() ? tr("Resume") : tr("Pause"));
    m_endEarly->setVisible(phase == Phase::Holding || phase == Phase::Resting);
    m_next->setVisible(phase == Phase::AfterStep);
    m_skip->setVisible(!finished && phase != Phase::AfterStep);

    // The step's end hides the button that ended it: the keys go to the scores (the arrows or Tab choose one,
    // then Tab reaches Save and Next) instead of falling out of the player.
    if (phase == Phase::AfterStep && m_shownPhase != Phase::AfterStep) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || !focus->isVisible() || isAncestorOf(focus))
            m_scores->button(chosen.value_or(0))->setFocus(Qt::OtherFocusReason);
    }
    m_shownPhase = phase;
}

} // namespace knotmap::ui
