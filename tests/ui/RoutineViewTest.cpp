// SPDX-License-Identifier: GPL-3.0-or-later
// The Routine view driven offscreen: the guided player on a fast clock, the log it writes, and what helps.
#include "UiFixture.h"

#include "ui/routines/GuidedPlayer.h"
#include "ui/routines/NoticePanel.h"
#include "ui/routines/RoutineView.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

using namespace knotmap;
using namespace knotmap::test;

namespace {

class RoutineViewTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        // One moderate knot, rated every day this week: the plan opens with sustained pressure on it.
        rateEveryDay(*store, QStringLiteral("teres-major-left"), QStringLiteral("teres-major-left-1"), 7, 5);
        window->showRoutine();
        view()->replan();
        player()->setClockSpeed(20000); // a 60 s hold passes in a few milliseconds
    }
    // The plan is worked out on a worker thread: every look at the view first waits for the latest.
    ui::RoutineView* view() const
    {
        ui::RoutineView* routine = window->routineView();
        EXPECT_TRUE(QTest::qWaitFor([routine] { return !routine->busy(); }, 10000));
        return routine;
    }
    ui::NoticePanel* notices() const { return view()->noticePanel(); }
    ui::GuidedPlayer* player() const { return view()->player(); }
    QPushButton* scoreButton(int score) const
    {
        for (QPushButton* b : player()->findChildren<QPushButton*>()) {
            if (b->text() == QString::number(score))
                return b;
        }
        return nullptr;
    }
    // Does the first step of the plan as a person would: score, Start, wait, score, Save and Next.
    void doFirstStep(int before, int after)
    {
        view()->replan();
        ASSERT_EQ(player()->session()->phase(), RoutineSession::Phase::BeforeStep);
        QTest::mouseClick(scoreButton(before), Qt::LeftButton);
        QTest::mouseClick(player()->startButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return player()->session()->phase() == RoutineSession::Phase::AfterStep; }, 5000));
        QTest::mouseClick(scoreButton(after), Qt::LeftButton);
        QTest::mouseClick(player()->nextButton(), Qt::LeftButton);
    }
    QCheckBox* checkBox(const QString& text) const
    {
        for (QCheckBox* box : view()->findChildren<QCheckBox*>()) {
            if (box->text() == text || box->accessibleName() == text) // symptoms: words in a label beside
                return box;
        }
        return nullptr;
    }
    QList<QList<QVariant>> logRows() const
    {
        RawConnection raw(temp.path());
        QSqlQuery q(raw.db());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT region, technique, done_s, before_intensity, after_intensity "
                                  "FROM routine_log ORDER BY id")));
        QList<QList<QVariant>> rows;
        while (q.next())
            rows.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)});
        return rows;
    }
};

} // namespace

TEST_F(RoutineViewTest, TheFirstStepIsSustainedPressureOnTheKnot)
{
    ASSERT_FALSE(view()->plan().steps.isEmpty());
    const PlanStep& first = view()->plan().steps.constFirst();
    EXPECT_EQ(first.region, QStringLiteral("teres-major-left"));
    EXPECT_EQ(first.technique, QStringLiteral("manual-pressure"));
    EXPECT_EQ(view()->checklist()->topLevelItemCount(), view()->plan().steps.size());
    EXPECT_FALSE(view()->noticePanel()->isVisible());
}

TEST_F(RoutineViewTest, ThePlayerLogsBeforeAndAfterAndWhatHelpsShowsThem)
{
    doFirstStep(6, 3);
    const QList<QList<QVariant>> rows = logRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0][0].toString(), QStringLiteral("teres-major-left"));
    EXPECT_EQ(rows[0][1].toString(), QStringLiteral("manual-pressure"));
    const PlanStep& step = view()->plan().steps.constFirst();
    EXPECT_EQ(rows[0][2].toInt(), step.holdSeconds * step.repeats); // every hold done in full
    EXPECT_EQ(rows[0][3].toInt(), 6);
    EXPECT_EQ(rows[0][4].toInt(), 3);

    // Below three sessions: "too little data".
    QTreeWidget* helps = view()->whatHelpsTable();
    ASSERT_EQ(helps->topLevelItemCount(), 1);
    EXPECT_EQ(helps->topLevelItem(0)->text(1), QStringLiteral("1"));
    EXPECT_EQ(helps->topLevelItem(0)->text(2), QStringLiteral("too little data"));

    doFirstStep(5, 3);
    doFirstStep(6, 2);
    ASSERT_EQ(logRows().size(), 3);
    ASSERT_EQ(helps->topLevelItemCount(), 1);
    EXPECT_EQ(helps->topLevelItem(0)->text(1), QStringLiteral("3"));
    EXPECT_EQ(helps->topLevelItem(0)->text(2), QStringLiteral("-3.0")); // (−3 −2 −4) / 3
    EXPECT_TRUE(helps->topLevelItem(0)->text(0).contains(QStringLiteral("Left teres major")));
}

TEST_F(RoutineViewTest, ACompletedStepIsTickedAndASkippedOneIsNotLogged)
{
    ASSERT_GE(view()->plan().steps.size(), 2); // pressure, then a stretch for the same knot
    QTest::mouseClick(player()->skipButton(), Qt::LeftButton);
    EXPECT_TRUE(logRows().isEmpty());
    ASSERT_EQ(player()->session()->stepIndex(), 1);
    ASSERT_EQ(player()->session()->phase(), RoutineSession::Phase::BeforeStep);
    QTest::mouseClick(player()->startButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return player()->session()->phase() == RoutineSession::Phase::AfterStep; }, 5000));
    QTest::mouseClick(player()->nextButton(), Qt::LeftButton);
    EXPECT_EQ(view()->checklist()->topLevelItem(1)->checkState(0), Qt::Checked);
    EXPECT_EQ(view()->checklist()->topLevelItem(0)->checkState(0), Qt::Unchecked);
    ASSERT_EQ(logRows().size(), 1);
    EXPECT_TRUE(logRows()[0][3].isNull()); // no score given: none stored
}

TEST_F(RoutineViewTest, TickingASymptomShowsTheNoticeAndTakesPressureAway)
{
    view()->setSymptomTicked(Symptom::NightPain, true);
    EXPECT_TRUE(view()->noticePanel()->isVisible());
    EXPECT_TRUE(view()->noticePanel()->text().contains(QStringLiteral("worse at night")));
    for (const PlanStep& step : view()->plan().steps)
        EXPECT_FALSE(standardCatalogue().technique(step.technique)->pressesOnTissue())
            << step.technique.toStdString();
    // The choice is remembered.
    EXPECT_EQ(settings->value(SettingKey::RoutineSymptoms).toStringList(),
              QStringList{QStringLiteral("night-pain")});
    view()->setSymptomTicked(Symptom::NightPain, false);
    EXPECT_FALSE(view()->noticePanel()->isVisible());
}

TEST_F(RoutineViewTest, PauseStopsTheClock)
{
    player()->setClockSpeed(1);
    QTest::mouseClick(player()->startButton(), Qt::LeftButton);
    QTest::mouseClick(player()->pauseButton(), Qt::LeftButton);
    const int left = player()->session()->remainingMs();
    QTest::qWait(300);
    EXPECT_EQ(player()->session()->remainingMs(), left);
    EXPECT_TRUE(player()->session()->isPaused());
}

TEST_F(RoutineViewTest, FollowsSettingsChangedElsewhereAndNeverWritesOldOnesBack)
{
    // As an import or another view would: through the same Settings, not through this view.
    settings->setValue(SettingKey::RoutineMinutes, 40);
    settings->setValue(SettingKey::RoutineTools, QStringList{QStringLiteral("roller")});
    settings->setValue(SettingKey::RoutineSymptoms, QStringList{QStringLiteral("night-pain")});
    const QList<QSpinBox*> spinBoxes = view()->findChildren<QSpinBox*>();
    ASSERT_EQ(spinBoxes.size(), 2); // minutes and year of birth
    EXPECT_EQ(spinBoxes[0]->value(), 40);
    EXPECT_EQ(view()->plan().minutes, 40);
    ASSERT_TRUE(checkBox(QStringLiteral("Foam roller")) && checkBox(QStringLiteral("Massage ball")));
    EXPECT_TRUE(checkBox(QStringLiteral("Foam roller"))->isChecked());
    ASSERT_TRUE(checkBox(symptomText(Symptom::NightPain)));
    EXPECT_TRUE(checkBox(symptomText(Symptom::NightPain))->isChecked());
    EXPECT_TRUE(view()->noticePanel()->isVisible());

    // The next click writes what it changed, and the other settings stay as they were set.
    QTest::mouseClick(checkBox(QStringLiteral("Massage ball")), Qt::LeftButton);
    EXPECT_EQ(settings->value(SettingKey::RoutineTools),
              QVariant(QStringList{QStringLiteral("ball"), QStringLiteral("roller")}));
    EXPECT_EQ(settings->value(SettingKey::RoutineMinutes), QVariant(40));
    EXPECT_EQ(settings->value(SettingKey::RoutineSymptoms),
              QVariant(QStringList{QStringLiteral("night-pain")}));
}

TEST_F(RoutineViewTest, AnUrgentSignReplacesThePlanWithOneClearNotice)
{
    ASSERT_TRUE(player()->startButton()->isVisible());
    QCheckBox* bladder = checkBox(symptomText(Symptom::BladderBowel));
    ASSERT_TRUE(bladder);
    QTest::mouseClick(bladder, Qt::LeftButton);

    EXPECT_TRUE(notices()->box(FlagLevel::Urgent)->isVisible());
    QTest::mouseClick(checkBox(symptomText(Symptom::NightPain)), Qt::LeftButton); // a "see soon" sign too
    EXPECT_TRUE(notices()->box(FlagLevel::Urgent)->isVisible());
    EXPECT_FALSE(notices()->box(FlagLevel::SeeSoon)->isVisible()) << "the urgent notice stands alone";
    QTest::mouseClick(checkBox(symptomText(Symptom::NightPain)), Qt::LeftButton);
    EXPECT_TRUE(notices()->text().startsWith(QStringLiteral("Get medical help now")));
    EXPECT_TRUE(notices()->text().contains(QStringLiteral("emergency")));
    // No steps, nothing to tick, no Start.
    EXPECT_TRUE(view()->plan().steps.isEmpty());
    EXPECT_FALSE(view()->checklist()->isVisible());
    EXPECT_FALSE(player()->startButton()->isVisible());
    // The routine log keeps that the sign was shown today.
    RawConnection raw(temp.path());
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT reason, level FROM flags_shown")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("symptom-bladder-bowel"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("urgent"));
    EXPECT_FALSE(q.next());

    QTest::mouseClick(bladder, Qt::LeftButton); // unticked: the plan comes back
    EXPECT_FALSE(notices()->isVisible());
    EXPECT_TRUE(view()->checklist()->isVisible());
    EXPECT_TRUE(player()->startButton()->isVisible());
}

TEST_F(RoutineViewTest, NumbnessStaysUntilThePersonSaysItHasGone)
{
    Rating numb;
    numb.recordedAt = RecordedTime::localDayAt(QDate::currentDate().addDays(-30), QTime(9, 0));
    numb.intensity = 3;
    numb.quality = Quality::Numb;
    numb.spotId = store->spotByKey(QStringLiteral("teres-major-left-1"))->id;
    ASSERT_TRUE(store->addRating(numb));
    view()->replan();
    ASSERT_TRUE(notices()->box(FlagLevel::SeeSoon)->isVisible());
    ASSERT_TRUE(notices()->nerveSignsGoneButton()->isVisible());
    EXPECT_TRUE(notices()->text().contains(QStringLiteral("left teres major")))
        << notices()->text().toStdString();
    QTest::mouseClick(notices()->nerveSignsGoneButton(), Qt::LeftButton);
    EXPECT_FALSE(notices()->isVisible());
    EXPECT_TRUE(store->flagClearedAt(QStringLiteral("numbness-or-tingling")).has_value());
}

TEST_F(RoutineViewTest, APlanWorkedOutWhileTheSessionStartsWaitsForTheNextLook)
{
    player()->setClockSpeed(1);
    ui::RoutineView* raw = window->routineView();
    raw->replan(); // as a change elsewhere asks for a new plan
    EXPECT_TRUE(raw->busy());
    QTest::mouseClick(raw->player()->startButton(), Qt::LeftButton); // and the person starts meanwhile
    const RoutineSession* session = raw->player()->session();
    ASSERT_EQ(session->phase(), RoutineSession::Phase::Holding);
    ASSERT_TRUE(QTest::qWaitFor([raw] { return !raw->busy(); }, 10000));
    EXPECT_EQ(raw->player()->session(), session); // the same session goes on
    EXPECT_EQ(session->phase(), RoutineSession::Phase::Holding);
}

TEST_F(RoutineViewTest, ClosingTheWindowWhileItPlansCrashesNothing)
{
    window->routineView()->replan();
    closeWindow(); // the view and the window's store go while the worker still reads
    QTest::qWait(200);
    openWindow(false);
    window->showRoutine();
    EXPECT_FALSE(view()->plan().steps.isEmpty());
}

// Issue 12: felt pain with no tender knot where it is often felt from brings a hint, never a step.
TEST_F(RoutineViewTest, FeltPainWithNoKnotToTreatShowsWhereToSearch)
{
    auto* hints = view()->findChild<QLabel*>(QStringLiteral("planHints"));
    ASSERT_NE(hints, nullptr);
    EXPECT_FALSE(hints->isVisible()) << "no felt pain, no hint";
    Rating felt;
    felt.recordedAt = RecordedTime::now();
    felt.intensity = 5;
    ASSERT_TRUE(store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.62, 0.08), felt));
    view()->replan();
    EXPECT_TRUE(view()->findChild<QLabel*>(QStringLiteral("planHints"))->isVisible());
    EXPECT_TRUE(
        hints->text().startsWith(QStringLiteral("Pain at the left temple may be felt from a knot in the "
                                                "left upper trapezius")))
        << hints->text().toStdString();
    for (const PlanStep& step : view()->plan().steps)
        EXPECT_EQ(step.region, QStringLiteral("teres-major-left"));
}
