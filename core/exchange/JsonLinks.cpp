// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLinks.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace knotmap {

namespace {} // namespace

QJsonArray linksToJson(const KnotStore& store, const QHash<qint64, QString>& uuids)
{
    QJsonArray links;
    for (const SpotLink& link : store.spotLinks()) {
        links.append(QJsonObject{{QStringLiteral("felt"), uuids.value(link.feltSpotId)},
                                 {QStringLiteral("knot"), uuids.value(link.knotSpotId)},
                                 {QStringLiteral("linked_utc"), link.linkedUtc}});
    }
    return links;
}

void readLinks(JsonChecker& check, const QJsonArray& links, const QHash<QString, SpotKind>& kindOfUuid,
               ImportData& data)
{
    QSet<std::pair<QString, QString>> linked;
    check.forEachObject(links, QLatin1String("links"), [&](const QJsonObject& o, const JsonObjectAt& place) {
        const auto felt = check.text(o, place, QLatin1String("felt"));
        const auto knot = check.text(o, place, QLatin1String("knot"));
        const auto at = check.number(o, place, QLatin1String("linked_utc"));
        ImportedLink link;
        const auto checkSpot = [&](const std::optional<QString>& uuid, QLatin1String field, SpotKind wanted) {
            if (!uuid)
                return QString();
            if (QString problem = validateSpotUuid(*uuid); !problem.isEmpty()) {
                check.problem(place, field, problem);
                return *uuid;
            }
            const auto inFile = kindOfUuid.constFind(*uuid);
            if (inFile != kindOfUuid.cend() && *inFile != wanted)
                check.problem(
                    place, field,
                    wanted == SpotKind::Felt
                        ? translateIn("JsonExchange", "spot %1 is a knot, not felt pain").arg(*uuid)
                        : translateIn("JsonExchange", "spot %1 is felt pain, not a knot").arg(*uuid));
            return *uuid;
        };
        link.feltUuid = checkSpot(felt, QLatin1String("felt"), SpotKind::Felt);
        link.knotUuid = checkSpot(knot, QLatin1String("knot"), SpotKind::Knot);
        if (at) {
            // Seconds since 1970, whole, and inside the range a double holds exactly.
            if (*at != std::floor(*at) || std::abs(*at) > 9007199254740991.0)
                check.problem(
                    place, QLatin1String("linked_utc"),
                    translateIn("JsonExchange", "must be whole seconds since 1970, not %1").arg(*at));
            else
                link.linkedUtc = qint64(*at);
        }
        if (felt && knot) {
            if (linked.contains({*felt, *knot}))
                check.problem(place.path(), translateIn("JsonExchange", "the same link is listed twice"));
            linked.insert({*felt, *knot});
        }
        data.links.append(link);
    });
}

} // namespace knotmap
