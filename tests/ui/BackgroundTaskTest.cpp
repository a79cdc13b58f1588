// SPDX-License-Identifier: GPL-3.0-or-later
// Work off the GUI thread: results come back on the GUI thread from a connection of the worker's own, a newer
// request drops the older one's result, and nothing arrives once the owner is gone.
#include "TempDatabase.h"

#include "ui/BackgroundTask.h"

#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace knotmap;
using namespace knotmap::test;

namespace {
void addSpots(KnotStore& store, int count)
{
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(
            store.createSpot(labelOf("rhomboids-left"), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 4)));
}
} // namespace

TEST(BackgroundTask, ReadsOnItsOwnConnectionAndAnswersOnTheGuiThread)
{
    TempDatabase temp;
    auto store = temp.open();
    addSpots(*store, 3);
    ui::BackgroundTask task(*store, nullptr);
    QThread* workedOn = nullptr;
    std::optional<qint64> counted;
    QThread* answeredOn = nullptr;
    task.start<qint64>(
        [&](KnotStore& reader, const ui::WorkerContext&) -> Result<qint64> {
            workedOn = QThread::currentThread();
            EXPECT_NE(&reader, store.get());
            return qint64(reader.spots().size());
        },
        [&](const Result<qint64>& result) {
            answeredOn = QThread::currentThread();
            counted = result.valueOr(-1);
        });
    EXPECT_TRUE(task.busy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return counted.has_value(); }, 5000));
    EXPECT_EQ(*counted, 3);
    EXPECT_NE(workedOn, QThread::currentThread());
    EXPECT_EQ(answeredOn, QThread::currentThread());
    EXPECT_FALSE(task.busy());
}

TEST(BackgroundTask, ANewerRequestDropsTheOlderOnesResultAndAsksItToStop)
{
    TempDatabase temp;
    auto store = temp.open();
    ui::BackgroundTask task(*store, nullptr);
    std::atomic_bool firstStarted = false, firstSawStop = false, firstFinished = false;
    QStringList answers;
    task.start<QString>(
        [&](KnotStore&, const ui::WorkerContext& context) -> Result<QString> {
            firstStarted = true;
            while (!context.stopRequested())
                QThread::msleep(2);
            firstSawStop = true;
            firstFinished = true;
            return QStringLiteral("old");
        },
        [&](const Result<QString>& r) { answers.append(r.valueOr({})); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(firstStarted); }, 5000));
    task.start<QString>(
        [](KnotStore&, const ui::WorkerContext&) -> Result<QString> { return QStringLiteral("new"); },
        [&](const Result<QString>& r) { answers.append(r.valueOr({})); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !answers.isEmpty() && firstFinished; }, 5000));
    QTest::qWait(50);
    EXPECT_TRUE(firstSawStop);
    EXPECT_EQ(answers, QStringList{QStringLiteral("new")});
}

TEST(BackgroundTask, NothingArrivesOnceTheOwnerIsGone)
{
    TempDatabase temp;
    auto store = temp.open();
    std::atomic_bool release = false, finished = false, sawStop = false;
    bool answered = false;
    {
        auto task = std::make_unique<ui::BackgroundTask>(*store, nullptr);
        task->start<int>(
            [&](KnotStore& reader, const ui::WorkerContext& context) -> Result<int> {
                while (!release)
                    QThread::msleep(2);
                sawStop = context.stopRequested();
                const int spots =
                    int(reader.spots().size()); // its connection still works after the owner went
                finished = true;
                return spots;
            },
            [&](const Result<int>&) { answered = true; });
        QTest::qWait(20);
    } // the view closes while its work runs
    release = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(finished); }, 5000));
    QTest::qWait(50);
    EXPECT_TRUE(sawStop);
    EXPECT_FALSE(answered);
}

TEST(BackgroundTask, ProgressComesBackAndAWriterCommitsWhatTheWindowsStoreThenSees)
{
    TempDatabase temp;
    auto store = temp.open();
    addSpots(*store, 1);
    bool outside = false;
    QObject::connect(store.get(), &KnotStore::changedOutside, [&] { outside = true; });
    ui::BackgroundTask task(*store, nullptr, ui::BackgroundTask::Connection::Writer);
    QList<qint64> seen;
    QObject::connect(&task, &ui::BackgroundTask::progressed, [&](qint64 done, qint64) { seen.append(done); });
    bool written = false;
    task.start<qint64>(
        [](KnotStore& writer, const ui::WorkerContext& context) -> Result<qint64> {
            Rating more = ratingAt(QStringLiteral("2026-03-02T08:00:00Z"), 6);
            more.spotId = writer.spots().value(0).id;
            context.progress(1, 2);
            Result<qint64> id = writer.addRating(more);
            context.progress(2, 2);
            return id;
        },
        [&](const Result<qint64>& id) { written = bool(id); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    QTest::qWait(20);
    EXPECT_EQ(seen.value(seen.size() - 1), 2); // the last figure always arrives
    store->checkForOutsideChanges();
    EXPECT_TRUE(outside);
    EXPECT_EQ(store->ratingsForSpot(store->spots().value(0).id).size(), 2);
}

TEST(BackgroundTask, AskedToStopTheWorkStillAnswersWithWhatItDid)
{
    TempDatabase temp;
    auto store = temp.open();
    ui::BackgroundTask task(*store, nullptr);
    std::atomic_bool started = false;
    std::optional<QString> answer;
    task.start<QString>(
        [&](KnotStore&, const ui::WorkerContext& context) -> Result<QString> {
            started = true;
            while (!context.stopRequested())
                QThread::msleep(2);
            return QStringLiteral("rolled back");
        },
        [&](const Result<QString>& r) { answer = r.valueOr({}); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(started); }, 5000));
    task.askToStop(); // a person's Cancel: the work stops, and its own answer still arrives
    EXPECT_TRUE(task.stopAsked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    EXPECT_EQ(*answer, QStringLiteral("rolled back"));
    EXPECT_FALSE(task.busy());
}
