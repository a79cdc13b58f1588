// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedFlags.h"

#include "analysis/Trends.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace knotmap {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RedFlags", text);
}

struct SymptomInfo
{
    Symptom symptom;
    const char* key;
    const char* checklist;
    const char* message;
    bool urgent;
};

const SymptomInfo kSymptoms[] = {
    {Symptom::Weakness, "weakness", QT_TRANSLATE_NOOP("RedFlags", "Weakness in an arm or a leg"),
     QT_TRANSLATE_NOOP("RedFlags", "Weakness in an arm or a leg is worth having checked by a doctor or "
                                   "physiotherapist soon. Until then KnotMap suggests no pressure work."),
     false},
    {Symptom::Fever, "fever", QT_TRANSLATE_NOOP("RedFlags", "Fever, or feeling unwell with the pain"),
     QT_TRANSLATE_NOOP("RedFlags",
                       "Pain together with a fever or feeling unwell should be seen by a doctor soon. "
                       "Until then KnotMap suggests no pressure work."),
     false},
    {Symptom::WeightLoss, "weight-loss", QT_TRANSLATE_NOOP("RedFlags", "Weight loss you cannot explain"),
     QT_TRANSLATE_NOOP("RedFlags",
                       "Pain with weight loss you cannot explain should be seen by a doctor soon. "
                       "Until then KnotMap suggests no pressure work."),
     false},
    {Symptom::BladderBowel, "bladder-bowel",
     QT_TRANSLATE_NOOP("RedFlags",
                       "New trouble passing urine or controlling the bladder or bowels, or numbness "
                       "between the legs"),
     QT_TRANSLATE_NOOP("RedFlags",
                       "New bladder or bowel trouble, or numbness between the legs, needs a doctor "
                       "today: call your doctor or emergency services now. This is not a knot."),
     true},
    {Symptom::AfterInjury, "after-injury",
     QT_TRANSLATE_NOOP("RedFlags", "The pain began with a fall or an injury"),
     QT_TRANSLATE_NOOP("RedFlags",
                       "Pain that began with a fall or an injury should be checked by a doctor or "
                       "physiotherapist before you press on it."),
     false},
    {Symptom::NightPain, "night-pain",
     QT_TRANSLATE_NOOP("RedFlags",
                       "Pain that is worse at night or at rest, and that changing position does not ease"),
     QT_TRANSLATE_NOOP("RedFlags",
                       "Pain that is worse at night or at rest, and that no position eases, should be "
                       "checked by a doctor soon. Until then KnotMap suggests no pressure work."),
     false},
};

const SymptomInfo& infoFor(Symptom symptom)
{
    return kSymptoms[static_cast<int>(symptom)];
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

QList<Symptom> allSymptoms()
{
    QList<Symptom> all;
    for (const SymptomInfo& info : kSymptoms)
        all.append(info.symptom);
    return all;
}

QString symptomKey(Symptom symptom)
{
    return QLatin1String(infoFor(symptom).key);
}

std::optional<Symptom> symptomFromKey(const QString& key)
{
    for (const SymptomInfo& info : kSymptoms) {
        if (key == QLatin1String(info.key))
            return info.symptom;
    }
    return std::nullopt;
}

QString symptomText(Symptom symptom)
{
    return QCoreApplication::translate("RedFlags", infoFor(symptom).checklist);
}

QList<ProfessionalNotice> findRedFlags(const KnotStore& store, QDate today, const QList<Symptom>& symptoms)
{
    QList<ProfessionalNotice> notices;
    QHash<qint64, QString> regionOf;
    for (const Spot& spot : store.spots(true))
        regionOf.insert(spot.id, spot.region);

    // Numbness or tingling may come from a nerve, not a knot.
    const QList<Rating> fortnight = store.ratingsOnLocalDays(today.addDays(-13), today);
    QSet<QString> nerveRegions;
    for (const Rating& rating : fortnight) {
        if (rating.quality == Quality::Numb || rating.quality == Quality::Tingling)
            nerveRegions.insert(regionOf.value(rating.spotId));
    }
    if (!nerveRegions.isEmpty()) {
        notices.append(
            {QStringLiteral("numbness-or-tingling"),
             tr("You recorded numbness or tingling in the last two weeks. These can come from a nerve "
                "rather than a muscle, so please have them checked by a doctor or physiotherapist. "
                "KnotMap leaves out pressure work on those areas."),
             sorted(nerveRegions), true, false});
    }

    for (Symptom symptom : symptoms) {
        const SymptomInfo& info = infoFor(symptom);
        notices.append({QStringLiteral("symptom-") + QLatin1String(info.key),
                        QCoreApplication::translate("RedFlags", info.message),
                        {},
                        true,
                        info.urgent});
    }

    // Severe pain that persists: a region's daily mean at 7 or more on 10 of the last 14 days.
    QHash<QString, QHash<QDate, std::pair<int, int>>> regionDays; // region -> day -> (sum, count)
    for (const Rating& rating : fortnight) {
        auto& day = regionDays[regionOf.value(rating.spotId)][rating.recordedAt.localDate()];
        day.first += rating.intensity;
        day.second += 1;
    }
    QSet<QString> severe;
    for (auto region = regionDays.cbegin(); region != regionDays.cend(); ++region) {
        int severeDays = 0;
        for (const auto& [sum, count] : region.value())
            severeDays += sum >= 7 * count ? 1 : 0;
        if (severeDays >= 10)
            severe.insert(region.key());
    }
    if (!severe.isEmpty()) {
        notices.append(
            {QStringLiteral("persistent-severe-pain"),
             tr("Pain has been severe (7 or more) on at least 10 of the last 14 days. Pain that stays this "
                "high deserves a professional's look; until then KnotMap suggests only gentle work there."),
             sorted(severe), true, false});
    }

    // Worse over four weeks despite doing the routines.
    const QDate monthStart = today.addDays(-27);
    const QList<LoggedStep> logged = store.routineLog(monthStart, today);
    if (!logged.isEmpty()) {
        const Verdict overall = judge(store.dailyAggregates({}, monthStart, today), monthStart, today);
        QSet<QString> worse;
        QSet<QString> worked;
        for (const LoggedStep& step : logged)
            worked.insert(step.region);
        for (const QString& region : worked) {
            if (judge(store.dailyAggregates({{region}, {}}, monthStart, today), monthStart, today).label ==
                VerdictLabel::Worse)
                worse.insert(region);
        }
        if (overall.label == VerdictLabel::Worse || !worse.isEmpty()) {
            notices.append(
                {QStringLiteral("worse-despite-routines"),
                 tr("Your pain has got worse over the last four weeks even with regular self-care. That is "
                    "a good moment to see a physiotherapist or doctor."),
                 sorted(worse), !worse.isEmpty(), false});
        }
    }
    return notices;
}

bool pressureAllowed(const QList<ProfessionalNotice>& notices, const QString& region)
{
    for (const ProfessionalNotice& notice : notices) {
        if (notice.blocksPressure && (notice.regions.isEmpty() || notice.regions.contains(region)))
            return false;
    }
    return true;
}

} // namespace knotmap
