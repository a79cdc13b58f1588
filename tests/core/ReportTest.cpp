// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report, read back through poppler's pdftotext and pdfinfo.
#include "TempDatabase.h"

#include "report/Report.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString()
                      << " failed (poppler-utils is installed by scripts/setup-debian.sh): "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = temp.open();
        loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
        Rating noted = ratingAt(QStringLiteral("2026-03-20T09:00:00+01:00"), 5, Quality::Aching,
                                QStringLiteral("after <b>gardening</b> & \"digging\""));
        noted.spotId = store->spotByKey(QStringLiteral("trap"))->id;
        ASSERT_TRUE(store->addRating(noted));
    }
    ReportOptions options(QList<ReportSection> sections = allReportSections()) const
    {
        ReportOptions o;
        o.from = QDate(2026, 3, 2);
        o.to = QDate(2026, 4, 12);
        o.sections = QSet<ReportSection>(sections.cbegin(), sections.cend());
        o.personName = QStringLiteral("Alex Example");
        return o;
    }
    QString write(const ReportOptions& o, const QString& name = QStringLiteral("report.pdf"))
    {
        const QString path = temp.dir.filePath(name);
        QString error;
        EXPECT_TRUE(writeReportPdf(collectReportData(*store, o), standardAtlas(), standardCatalogue(), path,
                                   {}, &error))
            << error.toStdString();
        return path;
    }
    static QString text(const QString& pdf)
    {
        return runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    }
    static int pages(const QString& pdf)
    {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(runTool(QStringLiteral("pdfinfo"), {pdf}));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
};

} // namespace

TEST_F(ReportTest, HoldsEverySectionAsRealText)
{
    const QString pdf = write(options());
    const QString all = text(pdf);
    for (ReportSection section : allReportSections())
        EXPECT_TRUE(all.contains(reportSectionTitle(section))) << reportSectionTitle(section).toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Alex Example")));
    EXPECT_TRUE(all.contains(QStringLiteral("2 Mar 2026")));
    // The verdict in words (trends-fixture.md: no knot is rated on 4 days in both windows, so none is followed).
    EXPECT_TRUE(all.contains(QStringLiteral("Overall: not enough ratings yet to tell"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Left upper trapezius")));
    EXPECT_TRUE(all.contains(QStringLiteral("not a diagnosis")));
    // Markup in a note is shown as typed, never interpreted.
    EXPECT_TRUE(all.contains(QStringLiteral("after <b>gardening</b> & \"digging\""))) << all.toStdString();
    const int count = pages(pdf);
    EXPECT_GE(count, 2);
    EXPECT_TRUE(all.contains(QStringLiteral("Page %1 of %1").arg(count)))
        << "every page says how many there are";
}

TEST_F(ReportTest, LeavesOutTheSectionsNotChosen)
{
    const QString pdf = write(options({ReportSection::Summary, ReportSection::Notes}));
    const QString all = text(pdf);
    EXPECT_TRUE(all.contains(reportSectionTitle(ReportSection::Summary)));
    EXPECT_TRUE(all.contains(reportSectionTitle(ReportSection::Notes)));
    EXPECT_FALSE(all.contains(reportSectionTitle(ReportSection::Trends)));
    EXPECT_FALSE(all.contains(reportSectionTitle(ReportSection::SpotTable)));
    EXPECT_LT(pages(pdf), pages(write(options(), QStringLiteral("full.pdf"))));
}

TEST_F(ReportTest, LetterOrA4)
{
    ReportOptions letter = options({ReportSection::Summary});
    letter.page = PageSize::Letter;
    EXPECT_TRUE(runTool(QStringLiteral("pdfinfo"), {write(letter)}).contains(QStringLiteral("612 x 792")));
    EXPECT_TRUE(runTool(QStringLiteral("pdfinfo"),
                        {write(options({ReportSection::Summary}), QStringLiteral("a4.pdf"))})
                    .contains(QStringLiteral("595 x 842")));
}

TEST_F(ReportTest, ACancelledExportLeavesNoFile)
{
    const QString path = temp.dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    EXPECT_FALSE(writeReportPdf(collectReportData(*store, options()), standardAtlas(), standardCatalogue(),
                                path, {}, &error, [](int done, int) { return done < 3; }));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QFile::permissions(write(options({ReportSection::Summary}))) &
                  (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
}

TEST_F(ReportTest, PreviewPagesMatchThePdf)
{
    const QList<QImage> preview =
        renderReportPages(collectReportData(*store, options()), standardAtlas(), standardCatalogue(), 60);
    EXPECT_EQ(preview.size(), pages(write(options())));
    ASSERT_FALSE(preview.isEmpty());
    EXPECT_NEAR(double(preview[0].width()) / preview[0].height(), 210.0 / 297.0, 0.01);
}
