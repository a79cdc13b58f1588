// SPDX-License-Identifier: GPL-3.0-or-later
#include "Referral.h"

#include "i18n/TranslateIn.h"

#include "JsonPoint.h"
#include "i18n/DataText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace knotmap {

namespace {

QString sideWord(BodySide side)
{
    return side == BodySide::Left ? QStringLiteral("left") : QStringLiteral("right");
}

QString withSide(const QString& key, BodySide side)
{
    return key + QLatin1Char('-') + sideWord(side);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QPointF onSide(QPointF leftPoint, BodySide side)
{
    return side == BodySide::Left ? leftPoint : QPointF(1 - leftPoint.x(), leftPoint.y());
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<ReferralAtlas> ReferralAtlas::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, translateIn("ReferralAtlas", "The referral data is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, translateIn("ReferralAtlas",
                                "The referral data is not a JSON object with \"areas\" and \"muscles\"."));
        return std::nullopt;
    }
    ReferralAtlas atlas;
    QHash<QString, bool> keys; // vocabulary key -> sided
    for (const QJsonValue& value : document.object().value(QLatin1String("areas")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(QLatin1String("id")).toString();
        const QString name = object.value(QLatin1String("name")).toString();
        const QString view = object.value(QLatin1String("view")).toString();
        const bool sided = object.value(QLatin1String("sided")).toBool();
        const QString sidedName = object.value(QLatin1String("sided_name")).toString();
        if (key.isEmpty() || name.isEmpty() || keys.contains(key) ||
            (view != QLatin1String("back") && view != QLatin1String("front")) ||
            (sided && !sidedName.contains(QLatin1String("{side}")))) {
            fail(error, translateIn("ReferralAtlas", "The referral data has a bad or repeated area \"%1\".")
                            .arg(key));
            return std::nullopt;
        }
        keys.insert(key, sided);
        if (!sided) {
            atlas.m_areas.append({key, key, dataText("Referral", capitalised(name)), view, std::nullopt});
            continue;
        }
        for (const BodySide side : {BodySide::Left, BodySide::Right}) {
            QString sideName = sidedName;
            sideName.replace(QLatin1String("{side}"), sideWord(side));
            atlas.m_areas.append(
                {withSide(key, side), key, dataText("Referral", capitalised(sideName)), view, side});
        }
    }
    for (int i = 0; i < atlas.m_areas.size(); ++i)
        atlas.m_areaIndex.insert(atlas.m_areas[i].id, i);

    for (const QJsonValue& value : document.object().value(QLatin1String("muscles")).toArray()) {
        const QJsonObject object = value.toObject();
        MuscleReferral muscle;
        muscle.muscle = object.value(QLatin1String("muscle")).toString();
        muscle.imitatesNervePain = object.value(QLatin1String("imitates_nerve_pain")).toBool();
        for (const QJsonValue& source : object.value(QLatin1String("sources")).toArray())
            muscle.sources.append(source.toString());
        for (const QJsonValue& knotValue : object.value(QLatin1String("knots")).toArray()) {
            const QJsonObject knotObject = knotValue.toObject();
            KnotSite site;
            site.name = dataText("Referral", knotObject.value(QLatin1String("name")).toString());
            site.muscle = knotObject.value(QLatin1String("in")).toString();
            const auto at = readNormalisedPoint(knotObject.value(QLatin1String("at")));
            for (const QJsonValue& zoneValue : knotObject.value(QLatin1String("felt")).toArray()) {
                const QJsonObject zone = zoneValue.toObject();
                const QString how = zone.value(QLatin1String("how")).toString();
                const QString area = zone.value(QLatin1String("area")).toString();
                if (!keys.contains(area)) {
                    fail(error, translateIn("ReferralAtlas",
                                            "The referral data for %1 names an unknown area \"%2\".")
                                    .arg(muscle.muscle, area));
                    return std::nullopt;
                }
                if (how != QLatin1String("often") && how != QLatin1String("sometimes")) {
                    fail(error,
                         translateIn("ReferralAtlas",
                                     "The referral data for %1 says \"%2\" for how often pain is felt in %3; "
                                     "it must be \"often\" or \"sometimes\".")
                             .arg(muscle.muscle, how, area));
                    return std::nullopt;
                }
                site.felt.append({area, how == QLatin1String("often")});
            }
            if (!at || site.muscle.isEmpty() || site.felt.isEmpty()) {
                fail(error,
                     translateIn("ReferralAtlas", "The referral data for %1 has an incomplete knot site.")
                         .arg(muscle.muscle));
                return std::nullopt;
            }
            site.at = *at;
            muscle.knots.append(site);
        }
        if (muscle.muscle.isEmpty() || muscle.knots.isEmpty() ||
            atlas.m_muscleIndex.contains(muscle.muscle)) {
            fail(error, translateIn("ReferralAtlas", "The referral data has a bad or repeated muscle \"%1\".")
                            .arg(muscle.muscle));
            return std::nullopt;
        }
        atlas.m_muscleIndex.insert(muscle.muscle, atlas.m_muscles.size());
        atlas.m_muscles.append(muscle);
    }
    if (atlas.m_areas.isEmpty() || atlas.m_muscles.isEmpty()) {
        fail(error, translateIn("ReferralAtlas", "The referral data has no areas or no muscles."));
        return std::nullopt;
    }
    return atlas;
}

std::optional<ReferralAtlas> ReferralAtlas::loadStandard(QString* error)
{
    QFile file(QStringLiteral(":/knotmap/referral/referral.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
             translateIn("ReferralAtlas", "The referral data is missing from the program's resources."));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

const PainArea* ReferralAtlas::area(const QString& id) const
{
    const auto found = m_areaIndex.constFind(id);
    return found == m_areaIndex.cend() ? nullptr : &m_areas[*found];
}

const MuscleReferral* ReferralAtlas::muscle(const QString& muscleKey) const
{
    const auto found = m_muscleIndex.constFind(muscleKey);
    return found == m_muscleIndex.cend() ? nullptr : &m_muscles[*found];
}

QStringList ReferralAtlas::feltIn(const QString& regionId) const
{
    const bool left = regionId.endsWith(QLatin1String("-left"));
    if (!left && !regionId.endsWith(QLatin1String("-right")))
        return {};
    const BodySide side = left ? BodySide::Left : BodySide::Right;
    const QString regionMuscle = regionId.left(regionId.lastIndexOf(QLatin1Char('-')));
    QStringList ids;
    const auto addZones = [&](const KnotSite& site) {
        for (const ReferralZone& zone : site.felt) {
            const QString sided = withSide(zone.area, side);
            const QString id = m_areaIndex.contains(sided) ? sided : zone.area;
            if (!ids.contains(id))
                ids.append(id);
        }
    };
    // The region's own muscle first, every one of its knot sites: a knot anywhere in the muscle may be any
    // of them.
    if (const MuscleReferral* own = muscle(regionMuscle)) {
        for (const KnotSite& site : own->knots)
            addZones(site);
    }
    // Then other muscles whose usual knot lies under this region of the map (latissimus dorsi's in the
    // back fold of the armpit lies in teres major; the deep quadratus lumborum under the lumbar erector):
    // a knot found there may be theirs.
    for (const MuscleReferral& other : m_muscles) {
        if (other.muscle == regionMuscle)
            continue;
        for (const KnotSite& site : other.knots) {
            if (site.muscle == regionMuscle)
                addZones(site);
        }
    }
    return ids;
}

QList<ReferralCandidate> ReferralAtlas::candidates(const QString& areaId) const
{
    const PainArea* felt = area(areaId);
    if (!felt)
        return {};
    struct Ranked
    {
        ReferralCandidate candidate;
        bool sameSide = true;
        int involvement = 0; // the muscle's place in the table: most often involved first
        int nearness = 0;    // the area's place in the knot site's list: nearest the knot first
    };
    // Between muscles the order they are most often involved in decides, not how near the area lies to
    // each knot: lists differ in length, and the temple is the fourth zone of the upper trapezius, the
    // usual source of pain there, but the only zone of a semispinalis knot. Nearness chooses among one
    // muscle's knot sites which one to search.
    const auto before = [](const Ranked& a, const Ranked& b) {
        if (a.sameSide != b.sameSide)
            return a.sameSide;
        if (a.candidate.often != b.candidate.often)
            return a.candidate.often;
        if (a.involvement != b.involvement)
            return a.involvement < b.involvement;
        return a.nearness < b.nearness;
    };
    QList<Ranked> ranked;
    for (int m = 0; m < m_muscles.size(); ++m) {
        const MuscleReferral& muscle = m_muscles[m];
        for (const BodySide side : {BodySide::Left, BodySide::Right}) {
            // One candidate per muscle and side, at the knot site that best explains the area; its region
            // is the one that site lies in on the map, which is not always the muscle's own.
            std::optional<Ranked> best;
            for (const KnotSite& site : muscle.knots) {
                for (int n = 0; n < site.felt.size(); ++n) {
                    if (site.felt[n].area != felt->key)
                        continue;
                    const Ranked candidate{{withSide(site.muscle, side), muscle.muscle, 0,
                                            onSide(site.at, side), site.felt[n].often,
                                            muscle.imitatesNervePain},
                                           !felt->side || *felt->side == side,
                                           m,
                                           n};
                    if (!best || before(candidate, *best))
                        best = candidate;
                }
            }
            if (best)
                ranked.append(*best);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), before);
    QList<ReferralCandidate> result;
    for (const Ranked& entry : ranked) {
        result.append(entry.candidate);
        result.last().rank = int(result.size());
    }
    return result;
}

} // namespace knotmap
