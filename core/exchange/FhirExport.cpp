// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

#include "storage/KnotStore.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace knotmap {

QJsonObject exportFhir(const KnotStore& store)
{
    QHash<qint64, Spot> spots;
    for (const Spot& spot : store.spots(true))
        spots.insert(spot.id, spot);
    // Stable ids: the same rating always gets the same urn, so a re-export does not look like new data.
    const QUuid space(QStringLiteral("{6f6b6e6f-746d-6170-2d66-6869722d7234}"));
    QJsonArray entries;
    for (const Rating& r : store.ratingsOnLocalDays({}, {})) {
        const Spot spot = spots.value(r.spotId);
        const QString id =
            QUuid::createUuidV5(
                space, QStringLiteral("%1/%2/%3").arg(spot.key).arg(r.recordedAt.utcSeconds).arg(r.id))
                .toString(QUuid::WithoutBraces);
        QJsonObject observation{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("code"),
             QJsonObject{
                 {QStringLiteral("coding"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                      {QStringLiteral("code"), QStringLiteral("72514-3")},
                      {QStringLiteral("display"),
                       QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")}}}},
                 {QStringLiteral("text"), QStringLiteral("Pain severity (0-10)")}}},
            {QStringLiteral("effectiveDateTime"), r.recordedAt.toIso()},
            {QStringLiteral("valueInteger"), r.intensity},
            {QStringLiteral("bodySite"),
             QJsonObject{{QStringLiteral("text"), store.atlas().regionName(spot.region)}}},
            // Which knot: the spot's UUID, the same in every export and database, as an Identifier, so a
            // receiving system can follow one knot over time. An extension, because an Observation's own
            // identifier must be unique to it and bodySite carries only codes KnotMap can vouch for.
            {QStringLiteral("extension"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("url"), QStringLiteral("urn:knotmap:fhir:spot")},
                 {QStringLiteral("valueIdentifier"),
                  QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                              {QStringLiteral("value"), QStringLiteral("urn:uuid:") + spot.uuid}}}}}},
        };
        QJsonArray notes;
        if (r.quality != Quality::None)
            notes.append(QJsonObject{
                {QStringLiteral("text"), QStringLiteral("Quality: %1").arg(qualityKey(r.quality))}});
        if (!r.note.isEmpty())
            notes.append(QJsonObject{{QStringLiteral("text"), r.note}});
        if (!notes.isEmpty())
            observation.insert(QStringLiteral("note"), notes);
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + id},
                                   {QStringLiteral("resource"), observation}});
    }
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), RecordedTime::now().toIso()},
            {QStringLiteral("entry"), entries}};
}

} // namespace knotmap
