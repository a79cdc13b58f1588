// SPDX-License-Identifier: GPL-3.0-or-later
// The Report view driven offscreen: the preview follows the choices, is prepared on a worker and drawn only
// where it is seen, and the export writes the same pages on a worker, with Cancel.
#include "UiFixture.h"

#include "report/Report.h"
#include "ui/report/ReportPreview.h"
#include "ui/report/ReportView.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QThreadPool>

using namespace knotmap;
using namespace knotmap::test;

using ReportViewTest = WindowFixture;

namespace {

void waitForPreview(ui::ReportView* view)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->previewPending(); }, 30000));
}

// What a folder holds besides the database: an export that was stopped leaves nothing, not even its
// temporary file.
QStringList pdfsIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files).filter(QStringLiteral(".pdf"));
}

// 150 notes in the last days, each on a rating of its own: two pages of notes, and a report of several pages.
void addRecentNotes(KnotStore& store, int count)
{
    const qint64 trap = store.spotByKey(QStringLiteral("rhomboids-left-1"))->id;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < count; ++i) {
        Rating r = ratingAt(
            now.addSecs(-(i + 1) * 3 * 3600).toOffsetFromUtc(3600).toString(Qt::ISODate), 3, Quality::Aching,
            QStringLiteral("Note %1 written after a long day at the desk, with the neck stiff "
                           "and the shoulder tight by the evening.")
                .arg(i));
        r.spotId = trap;
        ASSERT_TRUE(store.addRating(r));
    }
}

} // namespace

TEST_F(ReportViewTest, ThePreviewFollowsTheSectionsAndTheExportMatchesIt)
{
    loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    window->showReport();
    ui::ReportView* view = window->reportView();
    waitForPreview(view);
    const int full = view->previewPageCount();
    ASSERT_GE(full, 2);
    for (ReportSection section : {ReportSection::BodyMap, ReportSection::Trends, ReportSection::Notes})
        view->setSectionChosen(section, false);
    waitForPreview(view);
    const int shorter = view->previewPageCount();
    EXPECT_LT(shorter, full);

    const QString pdf = temp.dir.filePath(QStringLiteral("from-the-window.pdf"));
    QSignalSpy finished(view, &ui::ReportView::exportFinished);
    view->exportTo(pdf);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(pdfPages(pdf), shorter);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(all.contains(QStringLiteral("Spot by spot")));
    EXPECT_FALSE(all.contains(QStringLiteral("Week by week")));
}

TEST_F(ReportViewTest, ThePreviewArrivesFromTheWorkerWithThePagesOfThePdf)
{
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    window->showReport();
    ui::ReportView* view = window->reportView();
    // Showing the tab only starts the work: the window's loop is free while it runs.
    EXPECT_TRUE(view->previewPending());
    EXPECT_EQ(view->preview()->pageCount(), 0);
    QSignalSpy ready(view, &ui::ReportView::previewReady);
    ASSERT_TRUE(ready.wait(30000));
    const int shown = ready.at(0).at(0).toInt();
    EXPECT_EQ(view->previewPageCount(), shown);
    EXPECT_EQ(view->preview()->pageCount(), shown);
    QString error;
    const QString pdf = temp.dir.filePath(QStringLiteral("same-choices.pdf"));
    ASSERT_TRUE(writeReportPdf(collectReportData(*store, view->options()), standardAtlas(),
                               standardCatalogue(), pdf, {}, &error));
    EXPECT_EQ(pdfPages(pdf), shown);
}

TEST_F(ReportViewTest, OnlyThePagesNearTheViewportAreDrawn)
{
    loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    addRecentNotes(*store, 150);
    window->showReport();
    ui::ReportView* view = window->reportView();
    waitForPreview(view);
    ui::ReportPreview* preview = view->preview();
    const int pages = preview->pageCount();
    ASSERT_GE(pages, 5);
    RecordProperty("pages", pages);
    // The pages near the top are drawn one by one on a worker.
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->pageDrawn(0) && !preview->drawing(); }, 30000));
    EXPECT_TRUE(preview->pageDrawn(0));
    EXPECT_FALSE(preview->pageDrawn(pages - 1)) << "a far page has no image until it is scrolled to";
    EXPECT_FALSE(preview->pageDrawn(pages - 2));

    preview->verticalScrollBar()->setValue(preview->verticalScrollBar()->maximum());
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview->pageDrawn(pages - 1); }, 30000));
    EXPECT_FALSE(preview->pageDrawn(0)) << "a page scrolled far away gives its image back";
}

TEST_F(ReportViewTest, ACancelledExportLeavesNoFileAndTheViewStaysUsable)
{
    loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    window->showReport();
    ui::ReportView* view = window->reportView();
    waitForPreview(view);
    const QString pdf = temp.dir.filePath(QStringLiteral("cancelled.pdf"));
    QSignalSpy finished(view, &ui::ReportView::exportFinished);
    view->exportTo(pdf);
    EXPECT_TRUE(view->exporting());
    view->cancelExport();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(view->exporting());
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(30000)); // the worker has wound up
    QTest::qWait(50);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_TRUE(pdfsIn(temp.dir.path()).isEmpty())
        << pdfsIn(temp.dir.path()).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(finished.size(), 1) << "the stopped work's own answer is dropped";

    // A second export, left alone, is written.
    view->exportTo(pdf);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(1).at(0).toBool());
    EXPECT_GE(pdfPages(pdf), 1);
}

TEST_F(ReportViewTest, ClosingTheWindowWhileTheWorkRunsLeavesNoFile)
{
    loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    window->showReport();
    ui::ReportView* view = window->reportView();
    waitForPreview(view);
    const QString pdf = temp.dir.filePath(QStringLiteral("closed.pdf"));
    view->setSectionChosen(ReportSection::Notes, false); // a preview in the works too
    view->exportTo(pdf);
    ASSERT_TRUE(view->previewPending());
    ASSERT_TRUE(view->exporting());
    closeWindow(); // the view and its tasks go; their work is told to stop
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(30000));
    QCoreApplication::processEvents(); // anything the workers posted finds no one
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_TRUE(pdfsIn(temp.dir.path()).isEmpty());
}

TEST_F(ReportViewTest, TheNameFollowsTheSettingAndTheFieldWritesIt)
{
    window->showReport();
    ui::ReportView* view = window->reportView();
    settings->setValue(SettingKey::PersonName, QStringLiteral("Alex Example")); // say, from an import
    EXPECT_EQ(view->options().personName, QStringLiteral("Alex Example"));
    QLineEdit* name = view->findChild<QLineEdit*>();
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text(), QStringLiteral("Alex Example"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sam"));
    EXPECT_EQ(settings->value(SettingKey::PersonName), QVariant(QStringLiteral("Sam")));
    EXPECT_EQ(view->options().personName, QStringLiteral("Sam"));
}

TEST_F(ReportViewTest, ThePaperFollowsTheSettingAndTheComboWritesIt)
{
    settings->setValue(SettingKey::ReportPageSize,
                       QStringLiteral("letter")); // chosen before the tab is built
    window->showReport();
    ui::ReportView* view = window->reportView();
    QComboBox* paper = nullptr; // by what it offers, not its name: the old view had none
    for (QComboBox* combo : view->findChildren<QComboBox*>())
        if (combo->findText(QStringLiteral("US Letter")) >= 0)
            paper = combo;
    ASSERT_TRUE(paper);
    EXPECT_EQ(paper->currentText(), QStringLiteral("US Letter"));
    EXPECT_EQ(view->options().page, PageSize::Letter);

    settings->setValue(SettingKey::ReportPageSize, QStringLiteral("a4")); // say, from Preferences
    EXPECT_EQ(paper->currentText(), QStringLiteral("A4"));
    EXPECT_EQ(view->options().page, PageSize::A4);

    paper->setFocus();
    QTest::keyClick(paper, Qt::Key_Down); // a closed combo steps to the next paper
    EXPECT_EQ(paper->currentText(), QStringLiteral("US Letter"));
    EXPECT_EQ(settings->value(SettingKey::ReportPageSize), QVariant(QStringLiteral("letter")));
    // Another window opening the report reads the paper chosen here.
    EXPECT_EQ(Settings::atPath(temp.dir.filePath(QStringLiteral("settings.ini")))
                  ->value(SettingKey::ReportPageSize),
              QVariant(QStringLiteral("letter")));
}
