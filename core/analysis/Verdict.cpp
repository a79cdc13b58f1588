// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verdict.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace knotmap {

namespace {
constexpr double kEpsilon = 1e-9; // means are ratios of integers; keep 1.0 from reading as 0.9999999

// The words below say "two weeks", "4 days", "30%" and "1 point": they must change with the constants.
static_assert(Verdict::kWindowDays == 14 && Verdict::kMinimumDaysPerWindow == 4);
static_assert(Verdict::kMeaningfulFraction == 0.30 && Verdict::kMeaningfulPoints == 1.0);

struct Windows
{
    QDate baselineFrom, baselineTo, recentFrom, recentTo;
};

// None when the recent window would start inside the baseline window: the data span too few days.
std::optional<Windows> windowsFor(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || first.daysTo(last) + 1 < Verdict::kMinimumSpanDays)
        return std::nullopt;
    return Windows{first, first.addDays(Verdict::kWindowDays - 1), last.addDays(-(Verdict::kWindowDays - 1)),
                   last};
}

// One knot's days in one window: the sum of its daily means, how many days, how many ratings.
struct KnotWindow
{
    double sumOfDayMeans = 0;
    int days = 0;
    int ratings = 0;

    void add(const SpotDailyAggregate& row)
    {
        sumOfDayMeans += double(row.sum) / row.count;
        days += 1;
        ratings += row.count;
    }
    double mean() const { return sumOfDayMeans / days; }
};
} // namespace

QString verdictKey(VerdictLabel label)
{
    switch (label) {
    case VerdictLabel::Improved:
        return QStringLiteral("improved");
    case VerdictLabel::Worse:
        return QStringLiteral("worse");
    case VerdictLabel::NoClearChange:
        return QStringLiteral("no-clear-change");
    case VerdictLabel::NotEnoughData:
        return QStringLiteral("not-enough-data");
    }
    return {};
}

std::optional<double> Verdict::change() const
{
    if (!baselineMean || !recentMean)
        return std::nullopt;
    return *recentMean - *baselineMean;
}

std::optional<double> Verdict::percent() const
{
    const auto difference = change();
    if (!difference || *baselineMean < kEpsilon)
        return std::nullopt;
    return *difference / *baselineMean * 100.0;
}

Verdict judge(const QList<SpotDailyAggregate>& spotDays, QDate from, QDate to)
{
    Verdict verdict;
    QDate first, last;
    for (const SpotDailyAggregate& row : spotDays) {
        if (row.day < from || row.day > to || row.count <= 0)
            continue;
        if (!first.isValid() || row.day < first)
            first = row.day;
        if (!last.isValid() || row.day > last)
            last = row.day;
    }
    const auto windows = windowsFor(first, last);
    if (!windows)
        return verdict;
    verdict.baselineFrom = windows->baselineFrom;
    verdict.baselineTo = windows->baselineTo;
    verdict.recentFrom = windows->recentFrom;
    verdict.recentTo = windows->recentTo;

    QMap<qint64, std::pair<KnotWindow, KnotWindow>> knots; // by id, so the followed list comes out sorted
    for (const SpotDailyAggregate& row : spotDays) {
        if (row.count <= 0)
            continue;
        if (row.day >= verdict.baselineFrom && row.day <= verdict.baselineTo)
            knots[row.spotId].first.add(row);
        else if (row.day >= verdict.recentFrom && row.day <= verdict.recentTo)
            knots[row.spotId].second.add(row);
    }
    double baselineTotal = 0;
    double recentTotal = 0;
    for (auto it = knots.cbegin(); it != knots.cend(); ++it) {
        const auto& [baseline, recent] = it.value();
        if (baseline.days < Verdict::kMinimumDaysPerWindow || recent.days < Verdict::kMinimumDaysPerWindow)
            continue;
        verdict.followedSpotIds.append(it.key());
        baselineTotal += baseline.mean();
        recentTotal += recent.mean();
        verdict.baselineCount += baseline.ratings;
        verdict.recentCount += recent.ratings;
    }
    if (verdict.followedSpotIds.isEmpty())
        return verdict;
    verdict.baselineMean = baselineTotal / verdict.spotsFollowed();
    verdict.recentMean = recentTotal / verdict.spotsFollowed();

    const double difference = *verdict.change();
    const double needed =
        std::max(Verdict::kMeaningfulFraction * *verdict.baselineMean, Verdict::kMeaningfulPoints);
    if (-difference + kEpsilon >= needed)
        verdict.label = VerdictLabel::Improved;
    else if (difference + kEpsilon >= needed)
        verdict.label = VerdictLabel::Worse;
    else
        verdict.label = VerdictLabel::NoClearChange;
    return verdict;
}

Verdict judgeRatedDays(const KnotStore& store, const RatingFilter& filter, QDate firstRated, QDate lastRated)
{
    const auto windows = windowsFor(firstRated, lastRated);
    if (!windows)
        return {};
    // Only the two windows are read, so ten years of history cost no more than four weeks.
    QList<SpotDailyAggregate> rows =
        store.spotDailyAggregates(filter, windows->baselineFrom, windows->baselineTo);
    rows += store.spotDailyAggregates(filter, windows->recentFrom, windows->recentTo);
    return judge(rows, firstRated, lastRated);
}

Verdict judge(const KnotStore& store, const RatingFilter& filter, QDate from, QDate to)
{
    const QList<DailyAggregate> days = store.dailyAggregates(filter, from, to);
    if (days.isEmpty())
        return {};
    return judgeRatedDays(store, filter, days.constFirst().day, days.constLast().day);
}

Verdict judge(const QList<DailyAggregate>& days, QDate from, QDate to)
{
    QList<SpotDailyAggregate> asOneKnot;
    for (const DailyAggregate& day : days)
        asOneKnot.append({0, day.day, day.sum, day.count});
    return judge(asOneKnot, from, to);
}

QString knotsFollowed(int count)
{
    return QCoreApplication::translate("Trends", "%n knot(s) followed", "", count);
}

QString verdictSentence(const QString& subject, const Verdict& verdict, VerdictOf of)
{
    const auto number = [](double v) { return QLocale().toString(v, 'f', 1); }; // "5,2" in German
    QString words;
    switch (verdict.label) {
    case VerdictLabel::Improved:
        words = translateIn("Trends", "better");
        break;
    case VerdictLabel::Worse:
        words = translateIn("Trends", "worse");
        break;
    case VerdictLabel::NoClearChange:
        words = translateIn("Trends", "no clear change");
        break;
    case VerdictLabel::NotEnoughData:
        return translateIn(
                   "Trends",
                   "%1: not enough ratings yet to tell (needs ratings on at least 4 days in the first and in "
                   "the last two weeks of the data, for at least one knot)")
            .arg(subject);
    }
    QString sentence = translateIn("Trends", "%1: %2 — %3 → %4")
                           .arg(subject, words, number(*verdict.baselineMean), number(*verdict.recentMean));
    if (const auto percent = verdict.percent()) {
        const long rounded = std::lround(*percent);
        // A true minus sign reads better than a hyphen.
        sentence += QStringLiteral(", %1%2%")
                        .arg(rounded < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                        .arg(std::abs(rounded));
    }
    if (of == VerdictOf::OneKnot)
        return sentence;
    return sentence + QStringLiteral(" (%1)").arg(knotsFollowed(verdict.spotsFollowed()));
}

QString verdictMethod(const Verdict& verdict)
{
    if (verdict.label == VerdictLabel::NotEnoughData) {
        return translateIn(
            "Trends",
            "KnotMap compares, knot by knot, the first two weeks of the ratings in the period with the "
            "last two. Each day counts once; a knot is followed when it was rated on at least 4 days in "
            "each, and a change counts when it is at least 30% and 1 point.");
    }
    const QLocale locale;
    const auto date = [&](QDate day) { return locale.toString(day, QLocale::ShortFormat); };
    return translateIn(
               "Trends",
               "Knot by knot, the first two weeks of the ratings (%1–%2, %3 ratings of the knots followed) "
               "against the last two (%4–%5, %6 ratings); each day counts once, and a knot is followed when "
               "it was rated on at "
               "least 4 days in each. A change counts when it is at least 30% and 1 point. A self-care "
               "diary, not a diagnosis.")
        .arg(date(verdict.baselineFrom), date(verdict.baselineTo))
        .arg(verdict.baselineCount)
        .arg(date(verdict.recentFrom), date(verdict.recentTo))
        .arg(verdict.recentCount);
}

double roundTo2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonObject verdictToJson(const Verdict& v)
{
    const auto value = [](const std::optional<double>& x) {
        return x ? QJsonValue(roundTo2(*x)) : QJsonValue();
    };
    const auto date = [](QDate day) {
        return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
    };
    return {// The first five keys as before issue 10; baseline_mean and recent_mean now equal baseline and
            // recent.
            {QStringLiteral("baseline_mean"), value(v.baselineMean)},
            {QStringLiteral("recent_mean"), value(v.recentMean)},
            {QStringLiteral("change"), value(v.change())},
            {QStringLiteral("percent"), value(v.percent())},
            {QStringLiteral("label"), verdictKey(v.label)},
            {QStringLiteral("baseline"), value(v.baselineMean)},
            {QStringLiteral("recent"), value(v.recentMean)},
            {QStringLiteral("spots_followed"), v.spotsFollowed()},
            {QStringLiteral("baseline_from"), date(v.baselineFrom)},
            {QStringLiteral("baseline_to"), date(v.baselineTo)},
            {QStringLiteral("recent_from"), date(v.recentFrom)},
            {QStringLiteral("recent_to"), date(v.recentTo)}};
}

} // namespace knotmap
