// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedFlags.h"

#include "i18n/DateText.h"

#include "domain/ShownText.h"
#include "i18n/TranslateIn.h"

#include "analysis/Trends.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace knotmap {

namespace {

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

QHash<qint64, QString> regionsOfSpots(const KnotStore& store)
{
    QHash<qint64, QString> regionOf;
    for (const Spot& spot : store.spots(true))
        regionOf.insert(spot.id, spot.region);
    return regionOf;
}

// Numbness, tingling or shooting pain may come from a nerve, not a knot; the notice stays until the person
// says these have gone, however long ago they were rated.
std::optional<ProfessionalNotice> nerveSigns(const KnotStore& store, QDate today,
                                             const QHash<qint64, QString>& regionOf)
{
    QSet<QString> regions;
    const auto cleared = store.flagClearedAt(QLatin1String(kNerveSignsReason));
    for (const Rating& rating : store.nerveSignRatingsAfter(cleared)) {
        if (rating.recordedAt.localDate() <= today)
            regions.insert(regionOf.value(rating.spotId));
    }
    if (regions.isEmpty())
        return std::nullopt;
    const QStringList list = sorted(regions);
    return ProfessionalNotice{
        QLatin1String(kNerveSignsReason),
        translateIn(
            "RedFlags",
            "You recorded numbness, tingling or shooting pain in %1. These may come from a nerve rather than "
            "a "
            "muscle, so please have them checked by a doctor or physiotherapist in the next few days. "
            "KnotMap "
            "leaves out pressure there until you tell it they have gone.")
            .arg(areasOver(store, list)),
        list, true, FlagLevel::SeeSoon};
}

// Severe pain that persists: a region's daily mean at 7 or more on at least 4 days, and on most of its rated
// days, of the last 14. Counting rated days, not calendar days, so rating every other day still counts.
std::optional<ProfessionalNotice> severePain(const KnotStore& store, QDate today,
                                             const QHash<qint64, QString>& regionOf)
{
    QHash<QString, QHash<QDate, std::pair<int, int>>> regionDays; // region -> day -> (sum, count)
    for (const Rating& rating :
         store.ratingsOnLocalDays(today.addDays(-(RedFlagRules::kSevereWindowDays - 1)), today)) {
        auto& day = regionDays[regionOf.value(rating.spotId)][rating.recordedAt.localDate()];
        day.first += rating.intensity;
        day.second += 1;
    }
    QSet<QString> severe;
    for (auto region = regionDays.cbegin(); region != regionDays.cend(); ++region) {
        int severeDays = 0;
        for (const auto& [sum, count] : region.value())
            severeDays += sum >= RedFlagRules::kSevereScore * count ? 1 : 0;
        if (severeDays >= RedFlagRules::kSevereMinimumDays && 2 * severeDays > region.value().size())
            severe.insert(region.key());
    }
    if (severe.isEmpty())
        return std::nullopt;
    const QStringList list = sorted(severe);
    return ProfessionalNotice{
        QLatin1String(kSeverePainReason),
        translateIn("RedFlags", "Pain in %1 has been severe (7 or more) on most of the days you rated it in "
                                "the last two weeks. Pain "
                                "that stays this high deserves a physiotherapist's or doctor's look soon; "
                                "until then KnotMap suggests "
                                "only gentle work there.")
            .arg(areasOver(store, list)),
        list, true, FlagLevel::SeeSoon};
}

// Routines done over four weeks, and pain worse (and now at least moderate) or not clearly better.
QList<ProfessionalNotice> afterRoutines(const KnotStore& store, QDate today)
{
    const QDate monthStart = today.addDays(-(7 * RedFlagRules::kRoutineWeeks - 1));
    const QList<LoggedStep> logged = store.routineLog(monthStart, today);
    if (logged.isEmpty())
        return {};
    const auto worseNow = [](const Verdict& v) {
        return v.label == VerdictLabel::Worse && v.recentMean &&
               *v.recentMean >= RedFlagRules::kModerateScore;
    };
    QSet<QString> worked;
    QSet<int> weeksWithRoutines;
    for (const LoggedStep& step : logged) {
        worked.insert(step.region);
        weeksWithRoutines.insert(int(monthStart.daysTo(step.doneAt.localDate()) / 7));
    }
    // The verdict's own rule (analysis/Verdict.h): knot by knot, each day once.
    QSet<QString> worse;
    for (const QString& region : std::as_const(worked)) {
        if (worseNow(judge(store, {{region}, {}}, monthStart, today)))
            worse.insert(region);
    }
    const Verdict overall = judge(store, {}, monthStart, today);
    if (worseNow(overall) || !worse.isEmpty()) {
        const QStringList list = sorted(worse);
        return {
            {QLatin1String(kWorseReason),
             list.isEmpty()
                 ? translateIn(
                       "RedFlags",
                       "Pain has got worse over the last four weeks (%1 to %2), although self-care was "
                       "logged. "
                       "That is a good moment to see a physiotherapist or doctor.")
                       .arg(dayText(monthStart), dayText(today))
                 : translateIn(
                       "RedFlags",
                       "Pain in %1 has got worse over the last four weeks (%2 to %3), although self-care was "
                       "logged. That is a good moment to see a physiotherapist or doctor; until then KnotMap "
                       "leaves out pressure there.")
                       .arg(areasOver(store, list), dayText(monthStart), dayText(today)),
             list, !list.isEmpty(), FlagLevel::SeeSoon}};
    }
    if (weeksWithRoutines.size() >= RedFlagRules::kRoutineWeeks &&
        overall.label == VerdictLabel::NoClearChange) {
        return {
            {QLatin1String(kNoImprovementReason),
             translateIn(
                 "RedFlags",
                 "Over the last four weeks (%1 to %2), with self-care logged every week, the pain showed no "
                 "clear change. That is a good moment to have a physiotherapist or doctor look at it.")
                 .arg(dayText(monthStart), dayText(today)),
             {},
             false,
             FlagLevel::SeeSoon}};
    }
    return {};
}

int severity(FlagLevel level)
{
    return level == FlagLevel::Urgent ? 0 : level == FlagLevel::Pause ? 1 : 2;
}

} // namespace

QList<ProfessionalNotice> findRedFlags(const KnotStore& store, QDate today, const QList<Symptom>& symptoms)
{
    QList<ProfessionalNotice> notices;
    for (Symptom symptom : symptoms) {
        // A "see soon" sign keeps the plan, so the notice says what it leaves out.
        const FlagLevel level = symptomLevel(symptom);
        const QString leftOut =
            translateIn("RedFlags", "Until then KnotMap leaves out pressure and rolling.");
        notices.append({QStringLiteral("symptom-") + symptomKey(symptom),
                        level == FlagLevel::SeeSoon ? symptomMessage(symptom) + QLatin1Char(' ') + leftOut
                                                    : symptomMessage(symptom),
                        {},
                        true,
                        level});
    }
    const QHash<qint64, QString> regionOf = regionsOfSpots(store);
    if (auto notice = nerveSigns(store, today, regionOf))
        notices.append(*notice);
    if (auto notice = severePain(store, today, regionOf))
        notices.append(*notice);
    notices += afterRoutines(store, today);
    std::stable_sort(notices.begin(), notices.end(),
                     [](const ProfessionalNotice& a, const ProfessionalNotice& b) {
                         return severity(a.level) < severity(b.level);
                     });
    return notices;
}

std::optional<FlagLevel> planStoppedBy(const QList<ProfessionalNotice>& notices)
{
    std::optional<FlagLevel> stop;
    for (const ProfessionalNotice& notice : notices) {
        if (notice.level == FlagLevel::Urgent)
            return FlagLevel::Urgent;
        if (notice.level == FlagLevel::Pause)
            stop = FlagLevel::Pause;
    }
    return stop;
}

bool pressureAllowed(const QList<ProfessionalNotice>& notices, const QString& region)
{
    for (const ProfessionalNotice& notice : notices) {
        if (notice.blocksPressure && (notice.regions.isEmpty() || notice.regions.contains(region)))
            return false;
    }
    return true;
}

QList<ProfessionalNotice> noticesToShow(const QList<ProfessionalNotice>& notices)
{
    if (planStoppedBy(notices) != FlagLevel::Urgent)
        return notices;
    QList<ProfessionalNotice> urgent;
    for (const ProfessionalNotice& notice : notices) {
        if (notice.urgent())
            urgent.append(notice);
    }
    return urgent;
}

QList<ShownFlag> shownFlags(const QList<ProfessionalNotice>& notices, QDate day)
{
    QList<ShownFlag> flags;
    for (const ProfessionalNotice& notice : notices)
        flags.append({day, notice.reason, notice.level, notice.regions});
    return flags;
}

QString redFlagReasonText(const QString& reason)
{
    if (reason.startsWith(QLatin1String("symptom-"))) {
        if (const auto symptom = symptomFromKey(reason.mid(8)))
            return symptomText(*symptom);
    }
    if (reason == QLatin1String(kNerveSignsReason))
        return translateIn("RedFlags", "Numbness, tingling or shooting pain in the ratings");
    if (reason == QLatin1String(kSeverePainReason))
        return translateIn("RedFlags", "Severe pain on most rated days of two weeks");
    if (reason == QLatin1String(kWorseReason))
        return translateIn("RedFlags", "Pain worse over four weeks despite self-care");
    if (reason == QLatin1String(kNoImprovementReason))
        return translateIn("RedFlags", "No clear change after four weeks of self-care");
    return reason;
}

QString areasOver(const BodyAtlas& atlas, const QStringList& regions)
{
    QStringList names;
    for (const QString& region : regions) {
        names.append(lowerFirst(atlas.regionName(region)));
    }
    if (names.size() == 1)
        return translateIn("RedFlags", "the area over the %1").arg(names[0]);
    const QString last = names.takeLast();
    return translateIn("RedFlags", "the areas over the %1 and the %2")
        .arg(names.join(translateIn("RedFlags", ", the ")), last);
}

QString areasOver(const KnotStore& store, const QStringList& places)
{
    bool allRegions = true;
    for (const QString& place : places)
        allRegions = allRegions && store.atlas().region(place);
    if (allRegions)
        return areasOver(store.atlas(), places);
    // Felt pain is named as the place it is felt ("the left temple"); a knot's place as the area over its
    // muscle.
    QStringList names;
    for (const QString& place : places) {
        QString name = lowerFirst(store.placeName(place));
        const bool plain =
            name.startsWith(QLatin1String("behind ")) || name.startsWith(QLatin1String("between "));
        names.append(store.atlas().region(place) ? translateIn("RedFlags", "the area over the %1").arg(name)
                     : plain                     ? name
                                                 : translateIn("RedFlags", "the %1").arg(name));
    }
    if (names.size() == 1)
        return names[0];
    const QString last = names.takeLast();
    return translateIn("RedFlags", "%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace knotmap
