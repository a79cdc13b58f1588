// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report, read back through poppler's pdftotext and pdfinfo.
#include "TempDatabase.h"

#include "routines/Symptoms.h"

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
    // The verdict in words (trends-fixture.md: no knot is rated on 4 days in both windows, so none is
    // followed).
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

TEST_F(ReportTest, TheSelfCareTableSaysWhatWentWithLessPainNotWhatHelped)
{
    // A score that fell after a technique does not show the technique eased it: the words must not say so.
    LoggedStep step;
    step.doneAt = *RecordedTime::parseIso(QStringLiteral("2026-03-10T19:00:00+01:00"));
    step.spotId = store->spotByKey(QStringLiteral("trap"))->id;
    step.region = QStringLiteral("upper-trapezius-left");
    step.technique = QStringLiteral("ball-pressure");
    step.plannedSeconds = step.doneSeconds = 45;
    step.before = 6;
    step.after = 4;
    ASSERT_TRUE(store->logRoutineStep(step));
    const QString all = text(write(options({ReportSection::Routines}))).simplified();
    EXPECT_TRUE(all.contains(QStringLiteral("What went with less pain"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("What helped")));
}

TEST_F(ReportTest, PointsToCheckSayWhatWasAskedWhatWasShownAndThatItIsNoMedicalCheck)
{
    // The Routine tab showed a fever pause on two days and nerve signs on one, inside the period; a sign
    // shown after the period is not the report's business.
    ASSERT_TRUE(store->recordFlagsShown(QDate(2026, 3, 10),
                                        {{{}, QStringLiteral("symptom-fever"), FlagLevel::Pause, {}}}));
    ASSERT_TRUE(store->recordFlagsShown(QDate(2026, 3, 12),
                                        {{{}, QStringLiteral("symptom-fever"), FlagLevel::Pause, {}},
                                         {{},
                                          QStringLiteral("numbness-or-tingling"),
                                          FlagLevel::SeeSoon,
                                          {QStringLiteral("splenius-left")}}}));
    ASSERT_TRUE(store->recordFlagsShown(QDate(2026, 5, 1),
                                        {{{}, QStringLiteral("symptom-chest-pain"), FlagLevel::Urgent, {}}}));
    ReportOptions o = options({ReportSection::RedFlags});
    // pdftotext gives typographic ligatures as single characters ("eﬀort").
    const QString quiet = text(write(o))
                              .replace(QChar(0xFB00), QStringLiteral("ff"))
                              .replace(QChar(0xFB01), QStringLiteral("fi"))
                              .replace(QChar(0xFB02), QStringLiteral("fl"))
                              .simplified();
    EXPECT_TRUE(quiet.contains(QStringLiteral("not a medical check"))) << quiet.toStdString();
    EXPECT_FALSE(quiet.contains(QStringLiteral("None of KnotMap's warning signs")));
    EXPECT_TRUE(quiet.contains(
        QStringLiteral("Fever, or feeling unwell with the pain: 2 days, 10 Mar 2026 to 12 Mar 2026")))
        << quiet.toStdString();
    EXPECT_TRUE(
        quiet.contains(QStringLiteral("Numbness, tingling or shooting pain in the ratings: 12 Mar 2026")));
    EXPECT_FALSE(quiet.contains(
        QStringLiteral("Chest pain, or pain in the upper back or left shoulder that comes with "
                       "breathlessness, sweating, feeling sick or effort:")));
    // Every item of the checklist is listed, with what it means.
    for (Symptom symptom : allSymptoms()) {
        EXPECT_TRUE(quiet.contains(symptomText(symptom).simplified())) << symptomKey(symptom).toStdString();
    }
    EXPECT_TRUE(quiet.contains(QStringLiteral("urgent: stop self-care, get emergency help now")));

    // A sign ticked at the end of the period is said with its level's heading.
    o.symptoms = {Symptom::BothLegs};
    const QString urgent = text(write(o, QStringLiteral("urgent.pdf"))).simplified();
    EXPECT_TRUE(urgent.contains(QStringLiteral("Get medical help now: Go to an emergency department now")))
        << urgent.toStdString();
}

TEST(ReportSummary, MeanPainCountsEachDayOnceAndTheVerdictNamesItsKnots)
{
    TempDatabase temp;
    const auto store = temp.open();
    // Left upper trapezius: 6 on each of the first 14 days, 3 on each of the last 14 (better, −50%).
    const QPointF trap = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    auto spot = store->createSpot(trap, ratingAt(QStringLiteral("2026-03-01T09:00:00+01:00"), 6));
    ASSERT_TRUE(spot);
    for (int d = 1; d < 28; ++d) {
        Rating r =
            ratingAt(QDate(2026, 3, 1).addDays(d).toString(Qt::ISODate) + QStringLiteral("T09:00:00+01:00"),
                     d < 14 ? 6 : 3);
        r.spotId = spot->spot.id;
        ASSERT_TRUE(store->addRating(r));
    }
    // A flare on the last day rated nine more times at 9: pooled, these would pull the mean up to
    // (14·6 + 14·3 + 9·9) / 37 = 5.59; day by day it is (14·6 + 13·3 + (3 + 9·9)/10) / 28 = 4.69.
    for (int i = 0; i < 9; ++i) {
        Rating r = ratingAt(QStringLiteral("2026-03-28T1%1:00:00+01:00").arg(i), 9);
        r.spotId = spot->spot.id;
        ASSERT_TRUE(store->addRating(r));
    }
    ReportOptions o;
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 3, 28);
    o.sections = {ReportSection::Summary};
    const ReportData data = collectReportData(*store, o);
    EXPECT_NEAR(data.meanPain, (14 * 6 + 13 * 3 + (3 + 9 * 9) / 10.0) / 28, 1e-9);
    const QString path = temp.dir.filePath(QStringLiteral("summary.pdf"));
    QString error;
    ASSERT_TRUE(writeReportPdf(data, standardAtlas(), standardCatalogue(), path, {}, &error))
        << error.toStdString();
    const QString summary = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(
        summary.contains(QStringLiteral("Mean pain 4.7 of 10, each rated day counted once (37 ratings)")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Knots followed: Left upper trapezius.")));
    EXPECT_FALSE(summary.contains(QStringLiteral("first 14 days")));
}

// tests/data/report-weeks.md works the answers out by hand.
TEST(ReportWeeks, WorstAndLeastAreWholeWeeksInsideThePeriodWithFourRatedDays)
{
    TempDatabase temp;
    const auto store = temp.open();
    loadRatingsFixture(*store, QStringLiteral("report-weeks.csv"));
    ReportOptions o;
    o.from = QDate(2026, 3, 4);
    o.to = QDate(2026, 4, 2);
    o.sections = {ReportSection::Summary};
    ReportData data = collectReportData(*store, o);
    ASSERT_TRUE(data.worstWeek && data.leastWeek);
    EXPECT_EQ(data.worstWeek->start, QDate(2026, 3, 9));
    EXPECT_DOUBLE_EQ(data.worstWeek->mean, 6.0);
    EXPECT_EQ(data.leastWeek->start, QDate(2026, 3, 23));
    EXPECT_DOUBLE_EQ(data.leastWeek->mean, 2.6);

    const QString path = temp.dir.filePath(QStringLiteral("weeks.pdf"));
    QString error;
    ASSERT_TRUE(writeReportPdf(data, standardAtlas(), standardCatalogue(), path, {}, &error));
    const QString summary = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(summary.contains(QStringLiteral("Worst week: week of 9 Mar 2026 (mean 6.0). Least painful "
                                                "week: week of 23 Mar 2026 (mean 2.6).")))
        << summary.toStdString();

    // A week that ends on the last day of the period is inside it.
    o.to = QDate(2026, 4, 5);
    data = collectReportData(*store, o);
    ASSERT_TRUE(data.worstWeek && data.leastWeek);
    EXPECT_EQ(data.worstWeek->start, QDate(2026, 3, 9));
    EXPECT_EQ(data.leastWeek->start, QDate(2026, 3, 30));
    EXPECT_DOUBLE_EQ(data.leastWeek->mean, 0.8);

    // One such week: named once, not as both the worst and the least painful.
    o.from = QDate(2026, 3, 9);
    o.to = QDate(2026, 3, 22);
    data = collectReportData(*store, o);
    ASSERT_TRUE(writeReportPdf(data, standardAtlas(), standardCatalogue(), path, {}, &error));
    EXPECT_TRUE(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                    .simplified()
                    .contains(QStringLiteral("Only one week inside the period was rated on at least 4 days: "
                                             "week of 9 Mar 2026 (mean 6.0).")));

    // No week with 4 rated days inside the period: none is named, and the summary says why.
    o.from = QDate(2026, 3, 16);
    o.to = QDate(2026, 3, 22);
    data = collectReportData(*store, o);
    EXPECT_FALSE(data.worstWeek);
    EXPECT_FALSE(data.leastWeek);
    ASSERT_TRUE(writeReportPdf(data, standardAtlas(), standardCatalogue(), path, {}, &error));
    const QString none = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(none.contains(QStringLiteral("No week inside the period was rated on at least 4 days")))
        << none.toStdString();
}

TEST_F(ReportTest, PreviewPagesMatchThePdf)
{
    const QList<QImage> preview =
        renderReportPages(collectReportData(*store, options()), standardAtlas(), standardCatalogue(), 60);
    EXPECT_EQ(preview.size(), pages(write(options())));
    ASSERT_FALSE(preview.isEmpty());
    EXPECT_NEAR(double(preview[0].width()) / preview[0].height(), 210.0 / 297.0, 0.01);
}

TEST_F(ReportTest, TheNotesShowTheMostRecentThatFitTwoPagesAndCountTheRest)
{
    // 150 more notes, 2 hours apart from 21 Mar 2026 (after the fixture's note of 20 Mar): 151 in the
    // period, far more than two pages hold.
    const qint64 trap = store->spotByKey(QStringLiteral("trap"))->id;
    const QDateTime start(QDate(2026, 3, 21), QTime(0, 0), Qt::OffsetFromUTC, 3600);
    constexpr int kAdded = 150;
    for (int i = 0; i < kAdded; ++i) {
        Rating r = ratingAt(start.addSecs(i * 2 * 3600).toString(Qt::ISODate), 3, Quality::Aching,
                            QStringLiteral("Test note %1 written after a long day at the desk, with the neck "
                                           "stiff and the shoulder tight by the evening.")
                                .arg(i, 3, 10, QLatin1Char('0')));
        r.spotId = trap;
        ASSERT_TRUE(store->addRating(r));
    }
    const QString pdf = write(options({ReportSection::Notes}));
    const QString all = text(pdf).simplified();
    int shown = 0;
    for (int i = 0; i < kAdded; ++i)
        shown += all.contains(QStringLiteral("Test note %1 ").arg(i, 3, 10, QLatin1Char('0'))) ? 1 : 0;
    // The newest are shown, the oldest left out; what is shown is a run up to the last note.
    EXPECT_TRUE(all.contains(QStringLiteral("Test note %1 ").arg(kAdded - 1)));
    EXPECT_FALSE(all.contains(QStringLiteral("Test note 000 ")));
    EXPECT_FALSE(all.contains(QStringLiteral("gardening"))) << "the fixture's note of 20 Mar is older";
    EXPECT_GT(shown, 20);
    EXPECT_LT(shown, kAdded);
    for (int i = kAdded - shown; i < kAdded; ++i)
        EXPECT_TRUE(all.contains(QStringLiteral("Test note %1 ").arg(i, 3, 10, QLatin1Char('0')))) << i;
    // The rest are counted, with where to find them; the count and the shown make all 151.
    const int earlier = kAdded + 1 - shown;
    EXPECT_TRUE(
        all.contains(QStringLiteral("and %1 earlier notes — all of them are in the CSV export (File › "
                                    "Export Data › Ratings as CSV).")
                         .arg(earlier)))
        << all.toStdString();
    // Two pages of notes, and the title page they may start on: at most three.
    EXPECT_LE(pages(pdf), 3);
}

// The spot table comes from per-spot-day sums, not from every rating: each figure worked out by hand.
TEST(ReportSpots, TheSpotTableFromDaySumsAndTheLatestInRecordedOrder)
{
    TempDatabase temp;
    const auto store = temp.open();
    const QPointF trap = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    // 3 Mar at 4 and 8, 5 Mar at 2; then, just after midnight on 6 Mar in Berlin, 7 (23:30 UTC on 5 Mar);
    // then, half an hour later in New York, where it is still 5 Mar, 1 (00:00 UTC on 6 Mar): the last rating
    // recorded is that 1, though its own day is the earlier.
    auto spot = store->createSpot(trap, ratingAt(QStringLiteral("2026-03-03T09:00:00+01:00"), 4));
    ASSERT_TRUE(spot);
    for (const auto& [at, score] :
         {std::pair{"2026-03-03T18:00:00+01:00", 8}, std::pair{"2026-03-05T09:00:00+01:00", 2},
          std::pair{"2026-03-06T00:30:00+01:00", 7}, std::pair{"2026-03-05T19:00:00-05:00", 1}}) {
        Rating r = ratingAt(QString::fromLatin1(at), score);
        r.spotId = spot->spot.id;
        ASSERT_TRUE(store->addRating(r));
    }
    ReportOptions o;
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 3, 31);
    o.sections = {ReportSection::SpotTable};
    const ReportData data = collectReportData(*store, o);
    ASSERT_EQ(data.spots.size(), 1);
    const SpotSummary& s = data.spots.first();
    EXPECT_EQ(s.ratings, 5);
    EXPECT_DOUBLE_EQ(s.mean, (4 + 8 + 2 + 7 + 1) / 5.0);
    EXPECT_EQ(s.worst, 8);
    EXPECT_EQ(s.latest, 1);
    EXPECT_EQ(s.firstRated, QDate(2026, 3, 3));
    EXPECT_EQ(s.lastRated, QDate(2026, 3, 6));
    // Days: 3 Mar (4, 8), 5 Mar (2, 1), 6 Mar (7): three rated days, none at zero, mean of day means 5.
    EXPECT_EQ(data.daysRated, 3);
    EXPECT_EQ(data.daysAtZero, 0);
    EXPECT_DOUBLE_EQ(data.meanPain, (6 + 1.5 + 7) / 3);
    EXPECT_TRUE(data.notes.isEmpty()) << "notes are read only for their section";
}

// Notes beyond what the report could ever print are counted, not read.
TEST_F(ReportTest, NotesBeyondTheLimitAreCountedNotRead)
{
    const qint64 trap = store->spotByKey(QStringLiteral("trap"))->id;
    const QDateTime start(QDate(2026, 3, 21), QTime(0, 0), Qt::OffsetFromUTC, 3600);
    const int added = kReportNoteLimit + 50;
    QList<Rating> ratings;
    for (int i = 0; i < added; ++i) {
        Rating r = ratingAt(start.addSecs(i * 600).toString(Qt::ISODate), 3, Quality::None,
                            QStringLiteral("short %1").arg(i));
        r.spotId = trap;
        ratings.append(r);
    }
    ASSERT_TRUE(store->addRatings(ratings));
    const ReportData data = collectReportData(*store, options({ReportSection::Notes}));
    ASSERT_EQ(data.notes.size(), kReportNoteLimit);
    EXPECT_EQ(data.notes.constLast().note, QStringLiteral("short %1").arg(added - 1)); // the newest, last
    EXPECT_EQ(data.notes.constFirst().note, QStringLiteral("short %1").arg(added - kReportNoteLimit));
    EXPECT_EQ(data.earlierNotes, 50 + 1); // and the fixture's note of 20 Mar
    const QString pdf = write(options({ReportSection::Notes}));
    const QString all = text(pdf).simplified();
    // Short notes: some 50 fit two pages; all the others, read or not, are in the count.
    const QRegularExpression count(QStringLiteral("and ([0-9,]+) earlier notes"));
    const auto match = count.match(all);
    ASSERT_TRUE(match.hasMatch()) << all.toStdString();
    int shown = 0;
    for (int i = 0; i < added; ++i)
        shown += all.contains(QStringLiteral("short %1 ").arg(i)) ||
                 all.endsWith(QStringLiteral("short %1").arg(i));
    EXPECT_GT(shown, 20);
    EXPECT_EQ(match.captured(1).remove(QLatin1Char(',')).toInt(), added + 1 - shown);
}

// Issue 12: felt pain on both views and in the spot table, beside the knot linked to it.
TEST_F(ReportTest, FeltPainShowsOnBothViewsAndBesideItsLinkedKnot)
{
    // Pain felt at the left temple (front view) and in the right buttock (back view); the temple linked to
    // the left upper trapezius knot ("trap").
    auto temple = store->createFeltSpot(QStringLiteral("temple-left"), QPointF(0.62, 0.08),
                                        ratingAt(QStringLiteral("2026-03-10T09:00:00+01:00"), 6));
    ASSERT_TRUE(temple) << temple.error().toStdString();
    auto buttock = store->createFeltSpot(QStringLiteral("buttock-right"), QPointF(0.56, 0.62),
                                         ratingAt(QStringLiteral("2026-03-11T09:00:00+01:00"), 3));
    ASSERT_TRUE(buttock) << buttock.error().toStdString();
    ASSERT_TRUE(store->linkSpots(temple->spot.id, store->spotByKey(QStringLiteral("trap"))->id));

    const ReportData data = collectReportData(*store, options());
    const auto summaryOf = [&](const QString& key) {
        return *std::find_if(data.spots.cbegin(), data.spots.cend(),
                             [&](const SpotSummary& s) { return s.spot.key == key; });
    };
    EXPECT_EQ(summaryOf(QStringLiteral("temple-left-1")).view, QStringLiteral("front"));
    EXPECT_EQ(summaryOf(QStringLiteral("buttock-right-1")).view, QStringLiteral("back"));
    EXPECT_EQ(summaryOf(QStringLiteral("trap")).view, QStringLiteral("back"));
    EXPECT_EQ(summaryOf(QStringLiteral("trap")).linkedNames, QStringList{QStringLiteral("left temple")});
    EXPECT_EQ(summaryOf(QStringLiteral("temple-left-1")).linkedNames,
              QStringList{QStringLiteral("left upper trapezius · trap")});

    const QString all = text(write(options())).simplified();
    for (const char* expected :
         {"Back view", "Front view", "Back: knots, and pain felt on the back",
          "Front: pain felt on the front and side", "Left temple (felt pain)", "Right buttock (felt pain)",
          "may be felt from the knot in: left upper trapezius · trap", "linked to pain felt at: left temple"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << "\n" << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("comes from")));
}
