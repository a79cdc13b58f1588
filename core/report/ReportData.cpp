// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"
#include "domain/ShownText.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QHash>

namespace knotmap {

namespace {
struct SectionInfo
{
    ReportSection section;
    const char* key;
    const char* title;
};
constexpr SectionInfo kSections[] = {
    {ReportSection::Summary, "summary", QT_TRANSLATE_NOOP("Report", "Summary")},
    {ReportSection::BodyMap, "map", QT_TRANSLATE_NOOP("Report", "Where it hurt")},
    {ReportSection::Trends, "trends", QT_TRANSLATE_NOOP("Report", "Week by week")},
    {ReportSection::SpotTable, "spots", QT_TRANSLATE_NOOP("Report", "Spot by spot")},
    {ReportSection::Routines, "routines", QT_TRANSLATE_NOOP("Report", "Self-care done")},
    {ReportSection::RedFlags, "flags", QT_TRANSLATE_NOOP("Report", "Points to check")},
    {ReportSection::Notes, "notes", QT_TRANSLATE_NOOP("Report", "Notes")},
    {ReportSection::Disclaimer, "disclaimer", QT_TRANSLATE_NOOP("Report", "About this report")},
};
constexpr int kDotLimit = 4000;

// A spot as the spot table names it, inside a sentence: "left upper trapezius", "left temple · 2".
QString linkedSpotName(const KnotStore& store, const Spot& spot)
{
    const QString name = lowerFirst(store.placeName(spot.region));
    const QString number = spotNumber(spot);
    return number == QLatin1String("1") ? name : name + QStringLiteral(" · ") + number;
}
} // namespace

QList<ReportSection> allReportSections()
{
    QList<ReportSection> all;
    for (const SectionInfo& info : kSections)
        all.append(info.section);
    return all;
}

QString reportSectionKey(ReportSection section)
{
    return QLatin1String(kSections[int(section)].key);
}

std::optional<ReportSection> reportSectionFromKey(const QString& key)
{
    for (const SectionInfo& info : kSections) {
        if (key == QLatin1String(info.key))
            return info.section;
    }
    return std::nullopt;
}

QString reportSectionTitle(ReportSection section)
{
    return QCoreApplication::translate("Report", kSections[int(section)].title);
}

WeekPick worstAndLeastWeeks(const QList<BucketStats>& weeks, QDate from, QDate to)
{
    WeekPick pick;
    for (const BucketStats& week : weeks) {
        if (week.start < from || week.start.addDays(6) > to || week.days < kMinimumRatedDaysInWeek)
            continue;
        if (!pick.worst || week.mean > pick.worst->mean)
            pick.worst = week;
        if (!pick.least || week.mean < pick.least->mean)
            pick.least = week;
    }
    return pick;
}

ReportData collectReportData(const KnotStore& store, const ReportOptions& options)
{
    ReportData data;
    data.options = options;
    data.madeOn = QDate::currentDate();
    data.daysInPeriod = int(options.from.daysTo(options.to)) + 1;

    // The period read once, spot by spot and day by day: the overall days, each spot's days and its row of
    // the spot table all come from these.
    const QList<SpotDayTotals> spotDays = store.spotDayTotals({}, options.from, options.to);
    QList<DailyAggregate> days;
    QHash<qint64, QList<DailyAggregate>> daysOfSpot;
    for (const SpotDayTotals& d : spotDays) {
        addSpotDay(days, d);
        addSpotDay(daysOfSpot[d.spotId], d);
    }

    const TrendQuery overall{options.from, options.to, BucketSize::Week, options.weekStart, {}};
    data.overall = trendFromDays(store, overall, days);
    data.overallDots = store.ratingPoints({}, options.from, options.to, kDotLimit);
    // Each day once, like the chart and the verdict: a day rated twelve times weighs what a day rated once
    // does.
    double sumOfDayMeans = 0;
    for (const DailyAggregate& day : days) {
        sumOfDayMeans += double(day.sum) / day.count;
        data.daysRated += 1;
        data.daysAtZero += day.max == 0 ? 1 : 0;
    }
    data.meanPain = data.daysRated ? sumOfDayMeans / data.daysRated : 0;
    const WeekPick weeks = worstAndLeastWeeks(data.overall.series, options.from, options.to);
    data.worstWeek = weeks.worst;
    data.leastWeek = weeks.least;

    // Spot by spot.
    QHash<qint64, Spot> spots;
    for (const Spot& spot : store.spots(true))
        spots.insert(spot.id, spot);
    const QHash<qint64, Rating> lastRatings = store.lastRatingsIn(options.from, options.to);
    QHash<qint64, QStringList> linked; // spot -> the names of the spots linked with it, oldest link first
    for (const SpotLink& link : store.spotLinks()) {
        linked[link.feltSpotId].append(linkedSpotName(store, spots.value(link.knotSpotId)));
        linked[link.knotSpotId].append(linkedSpotName(store, spots.value(link.feltSpotId)));
    }
    QHash<qint64, double> burden;
    for (auto it = daysOfSpot.cbegin(); it != daysOfSpot.cend(); ++it) {
        SpotSummary s;
        s.spot = spots.value(it.key());
        s.regionName = store.placeName(s.spot.region);
        if (const PainArea* area = s.felt() ? store.referral().area(s.spot.region) : nullptr)
            s.view = area->view;
        s.linkedNames = linked.value(s.spot.id);
        s.firstRated = it->constFirst().day;
        s.lastRated = it->constLast().day;
        s.latest = lastRatings.value(it.key()).intensity;
        qint64 sum = 0;
        QList<SpotDailyAggregate> rows;
        for (const DailyAggregate& d : *it) {
            s.ratings += d.count;
            sum += d.sum;
            s.worst = std::max(s.worst, d.max);
            burden[it.key()] += double(d.sum) / d.count;
            rows.append({it.key(), d.day, d.sum, d.count});
        }
        s.mean = double(sum) / s.ratings;
        // Each spot's own verdict: the rule of the Trends view with this one knot as the filter.
        s.verdict = judge(rows, options.from, options.to);
        data.spots.append(s);
    }
    std::sort(data.spots.begin(), data.spots.end(), [&](const SpotSummary& a, const SpotSummary& b) {
        return burden.value(a.spot.id) != burden.value(b.spot.id)
                   ? burden.value(a.spot.id) > burden.value(b.spot.id)
                   : a.spot.key < b.spot.key;
    });
    for (const SpotSummary& s : data.spots.mid(0, 3)) {
        TrendQuery query = overall;
        query.filter.spotKeys = {s.spot.key};
        data.topSpots.append(trendFromDays(store, query, daysOfSpot.value(s.spot.id)));
        data.topSpotDots.append(store.ratingPoints(query.filter, options.from, options.to, kDotLimit));
    }

    // Notes are read only for their section: the most recent ones it can print, and a count of the rest.
    if (options.sections.contains(ReportSection::Notes)) {
        const KnotStore::NotedRatings noted = store.notedRatings(options.from, options.to, kReportNoteLimit);
        for (const Rating& r : noted.latest) {
            data.notes.append(
                {r.recordedAt, store.placeName(spots.value(r.spotId).region), r.intensity, r.note});
        }
        data.earlierNotes = noted.total - noted.latest.size();
    }

    // Routines: days with any step logged, against days a plan existed (a spot rated in the 7 days up to it).
    QSet<QDate> ratedDays;
    QDate firstRated, lastRated;
    // The period's days are read already; only the six days before it are asked for.
    QList<DailyAggregate> planDays =
        store.dailyAggregates({}, options.from.addDays(-6), options.from.addDays(-1));
    planDays += days;
    for (const DailyAggregate& d : std::as_const(planDays)) {
        ratedDays.insert(d.day);
        firstRated = firstRated.isValid() ? std::min(firstRated, d.day) : d.day;
        lastRated = lastRated.isValid() ? std::max(lastRated, d.day) : d.day;
    }
    // Only days from the first rated one to a week after the last can have a plan: walking just those keeps
    // a period of thousands of years as quick as the ratings it holds.
    const QDate planFrom = firstRated.isValid() ? std::max(options.from, firstRated) : options.to.addDays(1);
    const QDate planTo = lastRated.isValid() ? std::min(options.to, lastRated.addDays(6)) : options.from;
    for (QDate day = planFrom; day <= planTo; day = day.addDays(1)) {
        for (int back = 0; back < 7; ++back) {
            if (ratedDays.contains(day.addDays(-back))) {
                ++data.daysPlanned;
                break;
            }
        }
    }
    QSet<QDate> routineDays;
    for (const LoggedStep& step : store.routineLog(options.from, options.to))
        routineDays.insert(step.doneAt.localDate());
    data.daysWithRoutines = int(routineDays.size());
    data.helps = whatHelps(store);
    data.notices = findRedFlags(store, options.to, options.symptoms);
    data.flagsShown = store.flagsShown(options.from, options.to);
    return data;
}

} // namespace knotmap
