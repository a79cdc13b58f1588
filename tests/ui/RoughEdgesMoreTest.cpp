// SPDX-License-Identifier: GPL-3.0-or-later
// More rough edges a new user found (issue 13, part 6c): knots added from the keyboard placed apart, names
// not cut off where there is room, the confirmation after an export, the day toolbar after a restart.
#include "UiFixture.h"

#include "ui/ExportNotice.h"
#include "ui/LongWork.h"
#include "ui/RegionPanel.h"
#include "ui/report/ReportView.h"
#include "ui/routines/RoutineView.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>

#include <cmath>
#include <functional>

using namespace knotmap;
using namespace knotmap::test;

using RoughEdgesMore = WindowFixture;

namespace {
constexpr int kRegionRole = Qt::UserRole + 1; // RegionPanel's role for a region's id
constexpr int kSpotRole = Qt::UserRole + 2;

QTreeWidgetItem* regionItem(QTreeWidget* tree, const QString& regionId)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            if (group->child(j)->data(0, kRegionRole).toString() == regionId &&
                !group->child(j)->data(0, kSpotRole).isValid())
                return group->child(j);
    }
    return nullptr;
}

// Answers the next file dialog with `typed`, as a person typing it and pressing Save would; when the dialog
// then asks whether to replace a file, records its question in `asked` and says Yes.
void answerFileDialog(const QString& typed, QString* asked = nullptr)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, typed, asked] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal); box && asked) {
            *asked = box->text();
            box->button(QMessageBox::Yes)->click();
            poll->deleteLater();
            return;
        }
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        dialog->selectFile(typed);
        // Later, not inside this timer's call: a "replace it?" question then runs in an event loop of its
        // own.
        QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog*>(dialog)->accept(); });
        if (!asked)
            poll->deleteLater();
    });
    poll->start(10);
}

// Stands in for the desktop while a test runs: records what would be opened and answers `works`.
class FakeDesktop
{
public:
    explicit FakeDesktop(bool works) : m_saved(ui::urlOpener())
    {
        ui::urlOpener() = [this, works](const QUrl& url) {
            opened.append(url);
            return works;
        };
    }
    ~FakeDesktop() { ui::urlOpener() = m_saved; }
    QList<QUrl> opened;

private:
    ui::UrlOpener m_saved;
};

} // namespace

TEST_F(RoughEdgesMore, KnotsAddedFromTheKeyboardInOneRegionLieApartInsideIt)
{
    const QString region = QStringLiteral("infraspinatus-right");
    auto* tree = window->findChild<ui::RegionPanel*>()->findChild<QTreeWidget*>();
    ASSERT_NE(tree, nullptr);
    for (int n = 0; n < 3; ++n) {
        QTreeWidgetItem* item = regionItem(tree, region);
        ASSERT_NE(item, nullptr);
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree->viewport(), Qt::Key_Return);
        ASSERT_TRUE(editor()->isVisible()) << n;
        type(Qt::Key_5);
        type(Qt::Key_Return);
        ASSERT_FALSE(editor()->isVisible()) << n;
    }
    const QList<Spot> spots = store->spots();
    ASSERT_EQ(spots.size(), 3);
    const BodyAtlas& atlas = standardAtlas();
    for (int i = 0; i < spots.size(); ++i) {
        const AtlasRegion* hit = atlas.hitTest(spots[i].position);
        ASSERT_NE(hit, nullptr);
        EXPECT_EQ(hit->id, region);
        for (int j = 0; j < i; ++j) {
            const QPointF d = spots[i].position - spots[j].position;
            EXPECT_GE(std::hypot(d.x() * atlas.aspect(), d.y()), BodyAtlas::kFreePointGap - 1e-6) << i << j;
        }
    }
}

// "What went with less pain" at the window's default size: every name, number and heading shown whole (its
// column at least as wide as the text), and each cell's full text in a tooltip.
TEST_F(RoughEdgesMore, WhatWentWithLessPainShowsItsTextsWholeWithTooltips)
{
    window->resize(1280, 820);
    window->showRoutine();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->routineView()->busy(); }, 10000));
    const QStringList regions = {QStringLiteral("serratus-posterior-superior-left"),
                                 QStringLiteral("thoracic-erector-spinae-right")};
    for (const QString& region : regions) {
        Rating rating;
        rating.recordedAt = RecordedTime::localDayAt(QDate::currentDate().addDays(-5), QTime(9, 0));
        rating.intensity = 6;
        const auto created = store->createSpot(standardAtlas().region(region)->labelPoint, rating);
        ASSERT_TRUE(created);
        for (int day = 1; day <= 3; ++day) {
            LoggedStep step;
            step.spotId = created->spot.id;
            step.doneAt = RecordedTime::localDayAt(QDate::currentDate().addDays(-day), QTime(9, 0));
            step.region = region;
            step.technique = QStringLiteral("ball-pressure");
            step.plannedSeconds = step.doneSeconds = 60;
            step.before = 6;
            step.after = 3;
            ASSERT_TRUE(store->logRoutineStep(step));
        }
    }
    QTreeWidget* helps = window->routineView()->whatHelpsTable();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !window->routineView()->busy() && helps->topLevelItemCount() == 2; }, 10000));
    QApplication::processEvents(); // let the header lay out its sections
    const QFontMetrics metrics = helps->fontMetrics();
    const QTreeWidgetItem* header = helps->headerItem();
    for (int column = 0; column < helps->columnCount(); ++column) {
        SCOPED_TRACE(column);
        EXPECT_GE(helps->header()->sectionSize(column), metrics.horizontalAdvance(header->text(column)))
            << header->text(column).toStdString();
        for (int row = 0; row < helps->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = helps->topLevelItem(row);
            const QString text = item->text(column);
            EXPECT_GE(helps->visualItemRect(item).width() > 0 ? helps->header()->sectionSize(column) : 0,
                      metrics.horizontalAdvance(text))
                << text.toStdString();
            EXPECT_EQ(item->toolTip(column), text);
        }
    }
    EXPECT_TRUE(
        helps->topLevelItem(0)->text(0).contains(QStringLiteral("Ball pressure against a wall or floor")));
}

// The day bar belongs to the Mark tab. Closed on another tab, the window saved its state with the bar hidden,
// and restoring that state hid it on Mark too, for good: the window opens on Mark, so no tab change showed
// it.
TEST_F(RoughEdgesMore, TheDayToolbarIsBackOnTheMarkTabAfterARestartFromAnotherTab)
{
    for (const auto& showOther : {std::function<void()>([&] { window->showTrends(); }),
                                  std::function<void()>([&] { window->showRoutine(); }),
                                  std::function<void()>([&] { window->showReport(); })}) {
        showOther();
        closeWindow();
        openWindow(false);
        auto* bar = window->findChild<QToolBar*>(QStringLiteral("dayToolBar"));
        ASSERT_NE(bar, nullptr);
        EXPECT_TRUE(bar->isVisible()); // Mark, the tab the window opens on
        window->showTrends();
        EXPECT_FALSE(bar->isVisible()); // the Trends tab has its own period picker
        window->showRoutine();
        EXPECT_FALSE(bar->isVisible());
        window->showReport();
        EXPECT_FALSE(bar->isVisible());
        window->showMark();
        EXPECT_TRUE(bar->isVisible());
    }
}

// A data export typed without a suffix gets ".csv"; the status bar says where it went and offers the folder.
TEST_F(RoughEdgesMore, AnExportConfirmsWithShowInFolderAndAddsTheSuffix)
{
    FakeDesktop desktop(true);
    clickMap(pointOf("rhomboids-left"));
    type(Qt::Key_5);
    type(Qt::Key_Return);
    const QString typed = temp.dir.filePath(QStringLiteral("ratings"));
    const QString written = typed + QStringLiteral(".csv");
    answerFileDialog(typed);
    action(QStringLiteral("Ratings as &CSV…"))->trigger();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->longWork()->busy() && QFileInfo::exists(written); }, 30000));
    EXPECT_FALSE(QFileInfo::exists(typed));
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Exported 1 rating to %1.").arg(QDir::toNativeSeparators(written)));
    auto* show = window->statusBar()->findChild<QPushButton*>(QStringLiteral("showInFolder"));
    ASSERT_NE(show, nullptr);
    EXPECT_TRUE(show->isVisible());
    EXPECT_EQ(show->text(), QStringLiteral("Show in Folder"));
    show->click();
    ASSERT_EQ(desktop.opened.size(), 1);
    EXPECT_EQ(QDir(desktop.opened[0].toLocalFile()), QDir(temp.dir.path()));
}

// "Replace it?" is asked about the name with the suffix, the file the export will really write.
TEST_F(RoughEdgesMore, TheReplaceQuestionNamesTheFileWithItsSuffix)
{
    clickMap(pointOf("rhomboids-left"));
    type(Qt::Key_5);
    type(Qt::Key_Return);
    const QString written = temp.writeFile(QStringLiteral("ratings.csv"), "old");
    QString asked;
    answerFileDialog(temp.dir.filePath(QStringLiteral("ratings")), &asked);
    action(QStringLiteral("Ratings as &CSV…"))->trigger();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->longWork()->busy() && QFileInfo(written).size() > 3; }, 30000));
    EXPECT_TRUE(asked.contains(QStringLiteral("ratings.csv"))) << asked.toStdString();
}

// The PDF report: typed without ".pdf", confirmed in the status bar, and with no PDF viewer the person is
// told so, with the file's path, instead of nothing happening.
TEST_F(RoughEdgesMore, WithNoPdfViewerOpeningTheReportSaysSoAndWhereItIs)
{
    FakeDesktop desktop(false);
    clickMap(pointOf("rhomboids-left"));
    type(Qt::Key_5);
    type(Qt::Key_Return);
    window->showReport();
    ui::ReportView* view = window->reportView();
    QSignalSpy finished(view, &ui::ReportView::exportFinished);
    const QString typed = temp.dir.filePath(QStringLiteral("for my physio"));
    const QString written = typed + QStringLiteral(".pdf");
    answerFileDialog(typed);
    view->exportPdf();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(finished.at(0).at(1).toString(), written);
    EXPECT_TRUE(QFileInfo::exists(written));
    ASSERT_EQ(desktop.opened.size(), 1);
    EXPECT_EQ(desktop.opened[0], QUrl::fromLocalFile(written));
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("noPdfViewer"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(written))) << box->text().toStdString();
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Report saved to %1.").arg(QDir::toNativeSeparators(written)));
    EXPECT_NE(window->statusBar()->findChild<QPushButton*>(QStringLiteral("showInFolder")), nullptr);
    box->close();
}
