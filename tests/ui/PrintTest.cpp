// SPDX-License-Identifier: GPL-3.0-or-later
// File › Print… prints the report as previewed, through the print dialog (here a stand-in that points the
// printer at a PDF file), on a worker: the same pages as the exported PDF.
#include "UiFixture.h"

#include "ui/report/ReportView.h"

#include <QAction>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>

using namespace knotmap;
using namespace knotmap::test;

using PrintTest = WindowFixture;

namespace {

QAction* printAction(QMainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == QStringLiteral("Print Repor&t…"))
            return action;
    return nullptr;
}

} // namespace

TEST_F(PrintTest, FilePrintPrintsTheSamePagesAsTheExportedPdf)
{
    loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    const QString printed = temp.dir.filePath(QStringLiteral("printed.pdf"));
    bool asked = false;
    window->reportView()->setPrinterQuestion([&](QPrinter& printer) {
        asked = true;
        EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4); // the report's paper
        EXPECT_TRUE(printer.fullPage());
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        return true;
    });
    QAction* print = printAction(*window);
    ASSERT_NE(print, nullptr);
    EXPECT_EQ(print->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QSignalSpy finished(window->reportView(), &ui::ReportView::printFinished);
    print->trigger(); // before the preview is ready: it prints once the pages are laid out
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(asked);
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    const int pages = finished.at(0).at(0).toInt();
    EXPECT_GE(pages, 2);
    EXPECT_EQ(pages, window->reportView()->previewPageCount());
    EXPECT_EQ(pdfPages(printed), pages);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Printed %1 pages of the report.").arg(pages));

    // The exported PDF has as many pages.
    const QString exported = temp.dir.filePath(QStringLiteral("exported.pdf"));
    QSignalSpy written(window->reportView(), &ui::ReportView::exportFinished);
    window->reportView()->exportTo(exported);
    ASSERT_TRUE(written.wait(60000));
    EXPECT_EQ(pdfPages(exported), pages);
}

TEST_F(PrintTest, ACancelledPrintDialogPrintsNothing)
{
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 10, 4);
    window->showReport();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->reportView()->previewPending(); }, 30000));
    QSignalSpy finished(window->reportView(), &ui::ReportView::printFinished);
    int asked = 0;
    window->reportView()->setPrinterQuestion([&](QPrinter&) { return ++asked, false; });
    printAction(*window)->trigger();
    QTest::qWait(200);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(finished.size(), 0);
}
