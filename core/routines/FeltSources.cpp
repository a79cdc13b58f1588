// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeltSources.h"
#include "domain/ShownText.h"
#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace knotmap {

namespace {

// "rated 6 on 4 of the last 7 days"
QString ratedText(const SpotWeek& week)
{
    return QCoreApplication::translate("Planner", "rated %1 on %n of the last 7 days", "", week.daysRated)
        .arg(int(std::lround(week.mean)));
}

// The felt-pain areas a nerve-sign notice names: numbness, tingling or shooting pain there is a reason to see
// a professional, not referred pain to treat through a knot.
QSet<QString> nerveSignPlaces(const QList<ProfessionalNotice>& notices)
{
    QSet<QString> places;
    for (const ProfessionalNotice& notice : notices) {
        if (notice.reason == QLatin1String(kNerveSignsReason))
            places.unite(QSet<QString>(notice.regions.cbegin(), notice.regions.cend()));
    }
    return places;
}

// "the left upper trapezius or the left sternocleidomastoid": the first few candidate regions, best first.
QString searchPlaces(const KnotStore& store, const QList<ReferralCandidate>& candidates)
{
    constexpr int kMostNamed = 3;
    QStringList names;
    for (const ReferralCandidate& candidate : candidates) {
        const QString name = translateIn("Planner", "the %1", "a muscle named in a sentence")
                                 .arg(lowerFirst(store.placeName(candidate.region)));
        if (!names.contains(name))
            names.append(name);
        if (names.size() == kMostNamed)
            break;
    }
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return QCoreApplication::translate("Planner", "%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

// The candidates on the felt pain's own side (both sides for the midline): the published patterns are
// one-sided, and the referral atlas ranks the other side only as a fallback for a map that may be mirrored.
QList<ReferralCandidate> sameSide(const KnotStore& store, const QString& areaId)
{
    const PainArea* area = store.referral().area(areaId);
    QList<ReferralCandidate> result;
    for (const ReferralCandidate& candidate : store.referral().candidates(areaId)) {
        const AtlasRegion* region = store.atlas().region(candidate.region);
        if (area && region && (!area->side || *area->side == region->side))
            result.append(candidate);
    }
    return result;
}

} // namespace

QString atPlace(const QString& placeName)
{
    const QString name = lowerFirst(placeName);
    // English names such as "behind the left eye" say where already.
    if (name.startsWith(QLatin1String("behind ")) || name.startsWith(QLatin1String("between ")))
        return name;
    return translateIn("Planner", "at the %1", "where pain is felt: at the left temple").arg(name);
}

FeltPainInPlan feltPainInPlan(const KnotStore& store, const QList<SpotWeek>& weeks,
                              const QList<ProfessionalNotice>& notices)
{
    QHash<qint64, const SpotWeek*> knotWeeks;
    QHash<QString, QList<const SpotWeek*>> knotsIn; // region -> knots rated this week, heaviest first
    for (const SpotWeek& week : weeks) {
        if (week.spot.kind == SpotKind::Knot) {
            knotWeeks.insert(week.spot.id, &week);
            knotsIn[week.spot.region].append(&week);
        }
    }
    QHash<qint64, QList<qint64>> linkedKnots; // felt spot -> knots, in the order they were linked
    for (const SpotLink& link : store.spotLinks())
        linkedKnots[link.feltSpotId].append(link.knotSpotId);
    const QSet<QString> nerveSigns = nerveSignPlaces(notices);

    FeltPainInPlan result;
    const auto promote = [&](qint64 knotId, const QString& why) {
        if (!result.sources.contains(knotId))
            result.sources.insert(knotId, {int(result.sources.size()), why});
    };
    for (const SpotWeek& felt : weeks) {
        if (felt.spot.kind != SpotKind::Felt || nerveSigns.contains(felt.spot.region))
            continue;
        const QString where = atPlace(store.placeName(felt.spot.region));
        bool treated = false;
        // The person's own links first: they pressed and found the knot that brings this pain on.
        for (qint64 knotId : linkedKnots.value(felt.spot.id)) {
            const SpotWeek* knot = knotWeeks.value(knotId);
            if (!knot)
                continue; // not rated this week (or archived): nothing to plan for it
            treated = true;
            promote(knotId,
                    QCoreApplication::translate("Planner",
                                                "You linked the pain %1 to your knot in the %2, which may "
                                                "explain it; the knot was %3")
                        .arg(where, lowerFirst(store.placeName(knot->spot.region)), ratedText(*knot)));
        }
        // Then tender knots where pain felt here is often felt from, most likely first.
        const QList<ReferralCandidate> candidates = sameSide(store, felt.spot.region);
        for (const ReferralCandidate& candidate : candidates) {
            for (const SpotWeek* knot : knotsIn.value(candidate.region)) {
                if (knot->latest < kTenderScore && knot->mean < kTenderScore)
                    continue;
                treated = true;
                promote(
                    knot->spot.id,
                    (candidate.often
                         ? QCoreApplication::translate(
                               "Planner", "Pain %1 is often felt from the %2; your knot there was %3")
                         : QCoreApplication::translate(
                               "Planner", "Pain %1 is sometimes felt from the %2; your knot there was %3"))

                        .arg(where, lowerFirst(store.placeName(candidate.region)), ratedText(*knot)));
            }
        }
        if (!treated && !candidates.isEmpty()) {
            result.hints.append(QCoreApplication::translate(
                                    "Planner",
                                    "Pain %1 may be felt from a knot in %2. Press there gently; if you "
                                    "find a tender knot, mark it, and KnotMap will plan for it.")
                                    .arg(where, searchPlaces(store, candidates)));
        }
    }
    return result;
}

} // namespace knotmap
