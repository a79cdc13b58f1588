// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "i18n/DateText.h"

#include "domain/ShownText.h"
#include "i18n/TranslateIn.h"

#include "PageFlow.h"
#include "painters/BodyMapPainter.h"
#include "painters/IntensityScale.h"
#include "painters/PaintUnit.h"
#include "painters/TrendChartPainter.h"
#include "routines/Catalogue.h"

#include "storage/FileSafety.h"
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace knotmap {

namespace {

QString one(double v)
{
    // The reader's decimal sign ("5,2" in German); + 0.0 turns a rounded −0 into 0.
    return QLocale().toString(std::round(v * 10) / 10 + 0.0, 'f', 1);
}

QSizeF pageMillimetres(PageSize size)
{
    return size == PageSize::Letter ? QSizeF(215.9, 279.4) : QSizeF(210, 297);
}

// Charts and maps print on white whatever the desktop theme is.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

// " · 2" for the second spot in a region, nothing for the first; a custom key is shown whole.
QString spotSuffix(const Spot& spot)
{
    const QString number = spotNumber(spot);
    return number == QLatin1String("1") ? QString() : QStringLiteral(" · ") + number;
}

// The front view, where pain felt on the front and side of the body is drawn; loaded once, kept for the
// life of the program (a report's pages point at it).
const BodyAtlas& frontAtlas()
{
    static const BodyAtlas front = [] {
        QString error;
        std::optional<BodyAtlas> view = BodyAtlas::loadView(QStringLiteral("front"), &error);
        Q_ASSERT_X(view, "frontAtlas", qPrintable(error)); // compiled into the program: always there
        return view ? *view : *BodyAtlas::loadStandard();
    }();
    return front;
}

// The shortest a figure may become to fill the rest of a page (PageFlow::figure), in millimetres.
constexpr qreal kMapMinimum = 90;
constexpr qreal kOverallChartMinimum = 45;
constexpr qreal kSpotChartMinimum = 40;
// The notes section shows the period's most recent notes that fill about this many pages of text, then how
// many earlier ones there are and where to find them: a report is read, a CSV is searched.
constexpr qreal kNotePages = 2;

struct Renderer
{
    const ReportData& data;
    const BodyAtlas& atlas;
    const RoutineCatalogue& catalogue;
    PageFlow& flow;

    bool wants(ReportSection section) const { return data.options.sections.contains(section); }

    void title()
    {
        flow.paragraph(translateIn("Report", "Back and neck pain diary"), 20, true, QColor(0x1f, 0x3a, 0x5f));
        QString who =
            data.options.personName.isEmpty() ? QString() : data.options.personName + QStringLiteral(" · ");
        flow.paragraph(
            translateIn("Report", "%1%2 to %3 · made on %4 with KnotMap")
                .arg(who, dayText(data.options.from), dayText(data.options.to), dayText(data.madeOn)),
            10, false, QColor(0x44, 0x44, 0x44));
        flow.space(2);
    }

    void summary()
    {
        flow.heading(reportSectionTitle(ReportSection::Summary));
        if (data.daysRated == 0) {
            flow.paragraph(translateIn("Report", "No ratings were recorded in this period."));
            return;
        }
        flow.paragraph(verdictSentence(translateIn("Report", "Overall"), data.overall.verdict), 10.5, true);
        QStringList lines;
        int ratingCount = 0;
        for (const BucketStats& b : data.overall.series)
            ratingCount += b.count;
        lines.append(
            QCoreApplication::translate(
                "Report", "Mean pain %1 of 10, each rated day counted once (%Ln rating(s)).", "", ratingCount)
                .arg(one(data.meanPain)));
        lines.append(weeksSentence());
        lines.append(QCoreApplication::translate(
                         "Report", "Rated on %1 of %n day(s); %2 of them pain-free (every rating 0).", "",
                         int(data.daysInPeriod))
                         .arg(data.daysRated)
                         .arg(data.daysAtZero));
        const Verdict& v = data.overall.verdict;
        lines.append(verdictMethod(v));
        if (!v.followedSpotIds.isEmpty())
            lines.append(translateIn("Report", "Knots followed: %1.").arg(followedNames(v)));
        flow.paragraph(lines.join(QLatin1Char('\n')));
    }

    // The verdict's knots by the names the spot table uses.
    QString followedNames(const Verdict& v) const
    {
        QStringList names;
        for (const SpotSummary& s : data.spots) {
            if (v.followedSpotIds.contains(s.spot.id))
                names.append(s.regionName + spotSuffix(s.spot));
        }
        return names.join(QStringLiteral(", "));
    }

    // Weeks wholly inside the period with enough rated days (worstAndLeastWeeks), or why there are none.
    QString weeksSentence() const
    {
        if (!data.worstWeek || !data.leastWeek)
            return translateIn(
                       "Report",
                       "No week inside the period was rated on at least %1 days, so no worst or least "
                       "painful week is named.")
                .arg(kMinimumRatedDaysInWeek);
        const auto label = [](const BucketStats& week) {
            // "the week of 31 Aug 2026" inside a sentence.
            return lowerFirst(TrendChartPainter::bucketLabel(week, BucketSize::Week));
        };
        if (data.worstWeek->start == data.leastWeek->start)
            return translateIn("Report",
                               "Only one week inside the period was rated on at least %1 days: %2 (mean %3).")
                .arg(kMinimumRatedDaysInWeek)
                .arg(label(*data.worstWeek), one(data.worstWeek->mean));
        return translateIn("Report", "Worst week: %1 (mean %2). Least painful week: %3 (mean %4).")
            .arg(label(*data.worstWeek), one(data.worstWeek->mean), label(*data.leastWeek),
                 one(data.leastWeek->mean));
    }

    void bodyMap()
    {
        // Two lines at most: a third pushes the weekly chart off the first page.
        const QString about = translateIn(
            "Report", "Knots (discs) and felt pain (diamonds) at their places, filled by the mean "
                      "score for the period, the worst beside it; pain felt on the front or side is "
                      "on the front view. Left and right are the person's own.");
        flow.ensure(flow.headingHeight() + flow.paragraphHeight(about, 8.5) + flow.mm(kMapMinimum));
        flow.heading(reportSectionTitle(ReportSection::BodyMap));
        flow.paragraph(about, 8.5, false, QColor(0x44, 0x44, 0x44));
        QList<MapSpot> backSpots, frontSpots;
        QHash<qint64, QString> captions;
        for (const SpotSummary& s : data.spots) {
            (s.view == QLatin1String("front") ? frontSpots : backSpots)
                .append({s.spot.id, s.spot.position, int(std::lround(s.mean)), false, s.felt()});
            captions.insert(s.spot.id, translateIn("Report", "worst %1").arg(s.worst));
        }
        // Drawn when its page is: the figure holds its spots and captions, and points at the atlases.
        flow.figure(
            flow.mm(110),
            [back = &atlas, front = &frontAtlas(), backSpots, frontSpots, captions](QPainter& p,
                                                                                    const QRectF& box) {
                const qreal captionHeight = PageFlow::mm(6);
                const qreal viewWidth = box.width() * 0.41;
                const auto paintView = [&](const BodyAtlas& view, const QList<MapSpot>& spots, qreal left,
                                           const QString& caption) {
                    const QRectF mapBox(left, box.top(), viewWidth, box.height() - captionHeight);
                    BodyMapPainter::Options options;
                    options.spotCaptions = captions;
                    BodyMapPainter(view, BodyMapStyle::fromPalette(printPalette()))
                        .paint(p, BodyMapLayout(view, mapBox, referencePixel(p)), spots, options);
                    p.setFont(PageFlow::font(8));
                    p.setPen(QColor(0x44, 0x44, 0x44));
                    p.drawText(QRectF(left, mapBox.bottom(), viewWidth, captionHeight),
                               Qt::AlignHCenter | Qt::AlignVCenter, caption);
                };
                paintView(*back, backSpots, box.left(),
                          translateIn("Report", "Back: knots, and pain felt on the back"));
                paintView(*front, frontSpots, box.left() + box.width() * 0.42,
                          translateIn("Report", "Front: pain felt on the front and side"));
                p.setFont(PageFlow::font(8));
                paintIntensityLegend(p,
                                     QRectF(box.left() + box.width() * 0.85, box.bottom() - PageFlow::mm(60),
                                            std::min(PageFlow::mm(28), box.width() * 0.15), PageFlow::mm(60)),
                                     Qt::black, Qt::Vertical, translateIn("Report", "Mean pain score"));
            },
            flow.mm(kMapMinimum));
    }

    void trendChart(const TrendResult& result, const std::optional<QList<RatingPoint>>& dots, qreal height,
                    qreal minimum)
    {
        flow.figure(
            flow.mm(height),
            [&result, &dots](QPainter& p, const QRectF& box) { // both in the report's data
                p.setFont(PageFlow::font(7.5));
                TrendChartPainter(TrendChartStyle::fromPalette(printPalette()))
                    .paint(p, box, TrendChartData::fromResult(result, dots));
            },
            flow.mm(minimum));
    }

    void trends()
    {
        // The heading, its line of text and at least the shortest chart go together: on the first page
        // under the map when they fit there, the chart then filling the rest of that page.
        const QString about = translateIn(
            "Report", "All regions: weekly mean, the range from lowest to highest, and the 7-day average.");
        flow.ensure(flow.headingHeight() + flow.paragraphHeight(about, 8.5) + flow.mm(kOverallChartMinimum));
        flow.heading(reportSectionTitle(ReportSection::Trends));
        flow.paragraph(about, 8.5, false, QColor(0x44, 0x44, 0x44));
        trendChart(data.overall, data.overallDots, 75, kOverallChartMinimum);
        for (qsizetype i = 0; i < data.topSpots.size(); ++i) {
            const SpotSummary& s = data.spots[i];
            const QString sentence =
                verdictSentence(s.regionName + spotSuffix(s.spot), s.verdict, VerdictOf::OneKnot);
            flow.ensure(flow.paragraphHeight(sentence, 9.5, true) + flow.mm(kSpotChartMinimum)); // together
            flow.paragraph(sentence, 9.5, true);
            trendChart(data.topSpots[i], data.topSpotDots[i], 52, kSpotChartMinimum);
        }
    }

    void spotTable()
    {
        flow.heading(reportSectionTitle(ReportSection::SpotTable));
        QList<QStringList> rows;
        for (const SpotSummary& s : data.spots) {
            const auto change = s.verdict.change();
            rows.append({s.regionName + spotSuffix(s.spot) +
                             (s.felt() ? translateIn("Report", " (felt pain)") : QString()),
                         dayText(s.firstRated), dayText(s.lastRated), QString::number(s.ratings), one(s.mean),
                         QString::number(s.worst), QString::number(s.latest),
                         s.verdict.label == VerdictLabel::NotEnoughData || !change
                             ? translateIn("Report", "too few")
                             // A true minus sign, as in the verdict sentences.
                             : QStringLiteral("%1%2").arg(*change > 0.05    ? QStringLiteral("+")
                                                          : *change < -0.05 ? QStringLiteral("−")
                                                                            : QString(),
                                                          one(std::abs(*change)))});
            // The person's own links, on a line under the row: a knot that may explain felt pain.
            if (!s.linkedNames.isEmpty())
                rows.append({(s.felt() ? translateIn("Report", "may be felt from the knot in: %1")
                                       : translateIn("Report", "linked to pain felt at: %1"))
                                 .arg(s.linkedNames.join(QStringLiteral("; ")))});
        }
        if (rows.isEmpty()) {
            flow.paragraph(translateIn("Report", "No spots were rated in this period."));
            return;
        }
        flow.table({translateIn("Report", "Spot"), translateIn("Report", "First"),
                    translateIn("Report", "Last"), translateIn("Report", "Ratings"),
                    translateIn("Report", "Mean"), translateIn("Report", "Worst"),
                    translateIn("Report", "Latest"), translateIn("Report", "Change")},
                   rows, {31, 13, 13, 9, 7, 8, 8, 9});
        flow.paragraph(
            translateIn(
                "Report",
                "Change: the knot's mean over the last two weeks it was rated in the period minus its mean "
                "over the first two, each day counted once; \"too few\" when it was not rated on 4 days "
                "in each."),
            8, false, QColor(0x55, 0x55, 0x55));
    }

    void routines()
    {
        const int percent =
            data.daysPlanned ? int(std::lround(100.0 * data.daysWithRoutines / data.daysPlanned)) : 0;
        const QString done =
            QCoreApplication::translate(
                "Report", "Self-release routines were done on %1 of %n day(s) with a plan (%2%).", "",
                int(data.daysPlanned))
                .arg(data.daysWithRoutines)
                .arg(percent);
        // The heading and its sentence stay with the table's first rows.
        flow.ensure(flow.headingHeight() + flow.paragraphHeight(done) +
                    flow.mm(data.helps.isEmpty() ? 0 : 16));
        flow.heading(reportSectionTitle(ReportSection::Routines));
        flow.paragraph(done);
        QList<QStringList> rows;
        for (const HelpStats& h : data.helps) {
            const auto signedOne = [](const std::optional<double>& v) {
                return v ? QStringLiteral("%1%2").arg(*v > 0 ? QStringLiteral("+") : QString(), one(*v))
                         : QStringLiteral("–");
            };
            rows.append(
                {QStringLiteral("%1 — %2").arg(atlas.regionName(h.region),
                                               catalogue.techniqueName(h.technique)),
                 QString::number(h.sessions),
                 h.enoughData() ? signedOne(h.meanChange) : translateIn("Report", "too little data"),
                 h.enoughData() ? signedOne(h.trendChange()) : translateIn("Report", "too little data")});
        }
        // "Went with", not "helped": a score that fell after a technique does not show that it eased the
        // pain.
        if (!rows.isEmpty())
            flow.table({translateIn("Report", "What went with less pain"), translateIn("Report", "Sessions"),
                        translateIn("Report", "Right after"), translateIn("Report", "2 weeks on")},
                       rows, {50, 12, 19, 19});
    }

    void redFlags()
    {
        flow.heading(reportSectionTitle(ReportSection::RedFlags));
        flow.paragraph(translateIn(
            "Report",
            "KnotMap asks about warning signs that may need a doctor rather than self-care (listed "
            "below), and watches the ratings for some of them. This is what the person reported; it "
            "is not a medical check and cannot rule anything out."));
        if (data.notices.isEmpty()) {
            flow.paragraph(translateIn(
                "Report",
                "At the end of the period none of these signs was ticked, and the ratings raised none "
                "of KnotMap's rules."));
        } else {
            flow.paragraph(translateIn("Report", "At the end of the period:"), 9.5, true);
            for (const ProfessionalNotice& n : data.notices) {
                const bool serious = n.level != FlagLevel::SeeSoon;
                flow.paragraph(QStringLiteral("%1: %2").arg(flagLevelTitle(n.level), n.message), 9.5, serious,
                               serious ? QColor(0x9e, 0x1b, 0x1b) : Qt::black);
            }
        }
        shownDuringPeriod();
        flow.paragraph(translateIn("Report", "The signs the person is asked about:"), 9.5, true);
        for (Symptom symptom : allSymptoms())
            flow.paragraph(
                QStringLiteral("• %1 (%2)").arg(symptomText(symptom), levelWords(symptomLevel(symptom))),
                8.5);
    }

    static QString levelWords(FlagLevel level)
    {
        switch (level) {
        case FlagLevel::Urgent:
            return translateIn("Report", "urgent: stop self-care, get emergency help now");
        case FlagLevel::Pause:
            return translateIn("Report", "no exercise today, a doctor soon");
        case FlagLevel::SeeSoon:
            return translateIn("Report", "a professional's look soon, no pressure work");
        }
        return {};
    }

    // Which signs the Routine tab showed, on how many days, first and last.
    void shownDuringPeriod()
    {
        if (data.flagsShown.isEmpty())
            return;
        QStringList order;
        QHash<QString, QList<QDate>> days;
        for (const ShownFlag& flag : data.flagsShown) {
            if (!days.contains(flag.reason))
                order.append(flag.reason);
            days[flag.reason].append(flag.day);
        }
        flow.paragraph(translateIn("Report", "Shown by the Routine tab during the period:"), 9.5, true);
        for (const QString& reason : std::as_const(order)) {
            const QList<QDate>& shown = days[reason];
            const QString first = dayText(shown.constFirst());
            const QString last = dayText(shown.constLast());
            flow.paragraph(
                QStringLiteral("• %1: %2")
                    .arg(redFlagReasonText(reason),
                         shown.size() == 1
                             ? first
                             : translateIn("Report", "%1 days, %2 to %3").arg(shown.size()).arg(first, last)),
                9);
        }
    }

    // A note's heading line: when, where, how much.
    static QString noteHeading(const NoteLine& n)
    {
        return QStringLiteral("%1 · %2 · %3/10")
            .arg(dayTimeText(n.at.toDateTime()), n.regionName)
            .arg(n.intensity);
    }

    // How many of the period's most recent notes fit kNotePages pages of text (always at least one). Years of
    // notes would be hundreds of pages nobody reads; every note stays in the CSV export.
    qsizetype notesThatFit() const
    {
        const qreal budget = kNotePages * flow.pageTextHeight();
        qreal used = 0;
        qsizetype shown = 0;
        for (auto it = data.notes.crbegin(); it != data.notes.crend(); ++it) {
            used += flow.paragraphHeight(noteHeading(*it), 8.5, true) + flow.paragraphHeight(it->note, 9);
            if (used > budget && shown > 0)
                break;
            ++shown;
        }
        return shown;
    }

    void notes()
    {
        flow.heading(reportSectionTitle(ReportSection::Notes));
        if (data.notes.isEmpty()) {
            flow.paragraph(translateIn("Report", "No notes in this period."));
            return;
        }
        const qsizetype shown = notesThatFit();
        const qsizetype earlierHeld = data.notes.size() - shown;
        const qint64 earlier = earlierHeld + data.earlierNotes; // and those never read (kReportNoteLimit)
        // Plain text, as written: markup in a note is shown, never interpreted. Date order, oldest first.
        for (qsizetype i = earlierHeld; i < data.notes.size(); ++i) {
            const NoteLine& n = data.notes[i];
            flow.ensure(flow.mm(9)); // a note's heading line stays with its first line
            flow.paragraph(noteHeading(n), 8.5, true, QColor(0x33, 0x33, 0x33));
            flow.paragraph(n.note, 9);
        }
        if (earlier > 0) {
            flow.space(2);
            flow.paragraph(
                QCoreApplication::translate("Report", "and %Ln earlier note(s)", "", int(earlier)) +
                    translateIn(
                        "Report",
                        " — all of them are in the CSV export (File › Export Data › Ratings as CSV)."),
                9, false, QColor(0x44, 0x44, 0x44));
        }
    }

    void disclaimer()
    {
        flow.heading(reportSectionTitle(ReportSection::Disclaimer));
        flow.paragraph(
            translateIn("Report",
                        "This report was made by KnotMap from the person's own diary: where it hurt, how "
                        "much (0–10) and "
                        "what they did about it. KnotMap is a self-care aid, not a diagnosis; its regions "
                        "name possible "
                        "sources of pain, not findings. Please weigh it alongside your own assessment."),
            8.5);
    }

    // Returns false when progress asked to stop.
    bool run(const ReportProgress& progress)
    {
        title();
        const QList<std::pair<ReportSection, std::function<void()>>> sections = {
            {ReportSection::Summary, [this] { summary(); }},
            {ReportSection::BodyMap, [this] { bodyMap(); }},
            {ReportSection::Trends, [this] { trends(); }},
            {ReportSection::SpotTable, [this] { spotTable(); }},
            {ReportSection::Routines, [this] { routines(); }},
            {ReportSection::RedFlags, [this] { redFlags(); }},
            {ReportSection::Notes, [this] { notes(); }},
            {ReportSection::Disclaimer, [this] { disclaimer(); }},
        };
        int done = 0;
        for (const auto& [section, draw] : sections) {
            if (wants(section))
                draw();
            if (progress && !progress(++done, int(sections.size())))
                return false;
        }
        return true;
    }
};

ReportPages::Frame frameFor(const ReportData& data)
{
    const QString who = data.options.personName.isEmpty()
                            ? translateIn("Report", "KnotMap report")
                            : translateIn("Report", "KnotMap report for %1").arg(data.options.personName);
    return {who, translateIn("Report", "%1 – %2").arg(dayText(data.options.from), dayText(data.options.to))};
}

void setUpWriter(QPdfWriter& writer, const ReportData& data)
{
    writer.setResolution(int(kPageDpi)); // page units are the PDF's own: no scaling
    writer.setPageSize(data.options.page == PageSize::Letter ? QPageSize(QPageSize::Letter)
                                                             : QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

// The page in page units as the PDF writer has it: whole pixels at kPageDpi of the paper's size in points.
QSizeF pdfPageUnits(const ReportData& data)
{
    QBuffer nowhere; // nothing is written: the writer is only asked its size
    QPdfWriter writer(&nowhere);
    setUpWriter(writer, data);
    return QSizeF(writer.width(), writer.height());
}

} // namespace

std::optional<ReportPages> layOutReport(const ReportData& data, const BodyAtlas& atlas,
                                        const RoutineCatalogue& catalogue, const ReportProgress& progress)
{
    PageFlow flow(pageMillimetres(data.options.page), pdfPageUnits(data), frameFor(data));
    if (!Renderer{data, atlas, catalogue, flow}.run(progress))
        return std::nullopt;
    return flow.takePages();
}

bool writeReportPdf(const ReportData& data, const BodyAtlas& atlas, const RoutineCatalogue& catalogue,
                    const QString& path, const QStringList& protectedFiles, QString* error,
                    const ReportProgress& progress)
{
    if (QString problem = checkDestination(path, protectedFiles); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = translateIn("Report", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // Laid out once (the first half of the progress, a step a section), then drawn page by page (the second).
    constexpr int kSections = 8;
    const std::optional<ReportPages> pages = layOutReport(data, atlas, catalogue, [&](int done, int total) {
        return !progress || progress(done * kSections / std::max(1, total), 2 * kSections);
    });
    bool completed = pages.has_value();
    if (completed) {
        QPdfWriter writer(&file);
        setUpWriter(writer, data);
        writer.setTitle(frameFor(data).title);
        writer.setCreator(QStringLiteral("KnotMap"));
        QPainter painter(&writer);
        for (int i = 0; i < pages->count() && completed; ++i) {
            if (i > 0)
                writer.newPage();
            pages->paint(i, painter);
            completed =
                !progress || progress(kSections + (i + 1) * kSections / pages->count(), 2 * kSections);
        }
    }
    if (!completed) {
        file.cancelWriting();
        *error = translateIn("Report", "the report was cancelled; no file was written");
        return false;
    }
    if (!file.commit()) {
        *error = translateIn("Report", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<QImage> renderReportPages(const ReportData& data, const BodyAtlas& atlas,
                                const RoutineCatalogue& catalogue, qreal dpi)
{
    QList<QImage> images;
    if (const std::optional<ReportPages> pages = layOutReport(data, atlas, catalogue)) {
        for (int i = 0; i < pages->count(); ++i)
            images.append(pages->image(i, dpi));
    }
    return images;
}

} // namespace knotmap
