// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

#include "storage/KnotStore.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace knotmap {

namespace {

// Stable ids: the same rating always gets the same urn, so a re-export does not look like new data.
const QUuid kIdSpace(QStringLiteral("{6f6b6e6f-746d-6170-2d66-6869722d7234}"));

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    return {{QStringLiteral("system"), system},
            {QStringLiteral("code"), code},
            {QStringLiteral("display"), display}};
}

// The person the observations are about. A record system files observations under a patient, so one is always
// there; without a name in the settings it is anonymous (no name, only KnotMap's own id).
QJsonObject patient(const QString& id, const QString& personName)
{
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                         {QStringLiteral("id"), id}};
    if (!personName.trimmed().isEmpty())
        resource.insert(QStringLiteral("name"),
                        QJsonArray{QJsonObject{{QStringLiteral("text"), personName.trimmed()}}});
    return resource;
}

// Where the knot is: the region's name as text (SNOMED CT codes need a licence, so none are sent), KnotMap's
// own region id as a coding in its own system, and the side as the person's own, left or right.
QJsonObject bodySite(const BodyAtlas& atlas, const QString& regionId)
{
    QJsonObject site{{QStringLiteral("text"), atlas.regionName(regionId)}};
    if (const AtlasRegion* region = atlas.region(regionId)) {
        site.insert(
            QStringLiteral("extension"),
            QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("urn:knotmap:fhir:laterality")},
                                   {QStringLiteral("valueCode"), region->side == BodySide::Left
                                                                     ? QStringLiteral("left")
                                                                     : QStringLiteral("right")}}});
    }
    return site;
}

// Where felt pain is: the pain area's name as text ("Left temple"; no codes, as for knots), the side as the
// person's own when the area has one.
QJsonObject feltSite(const ReferralAtlas& referral, const QString& areaId)
{
    const PainArea* area = referral.area(areaId);
    QJsonObject site{{QStringLiteral("text"), area ? area->name : areaId}};
    if (area && area->side) {
        site.insert(QStringLiteral("extension"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("url"), QStringLiteral("urn:knotmap:fhir:laterality")},
                        {QStringLiteral("valueCode"),
                         *area->side == BodySide::Left ? QStringLiteral("left") : QStringLiteral("right")}}});
    }
    return site;
}

QJsonObject spotIdentifier(const QString& url, const QString& uuid)
{
    return {{QStringLiteral("url"), url},
            {QStringLiteral("valueIdentifier"),
             QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                         {QStringLiteral("value"), QStringLiteral("urn:uuid:") + uuid}}}};
}

} // namespace

QJsonObject exportFhir(const KnotStore& store, const QString& personName)
{
    QHash<qint64, Spot> spots;
    for (const Spot& spot : store.spots(true))
        spots.insert(spot.id, spot);
    QHash<qint64, QStringList> sources; // felt spot id -> the UUIDs of the knots linked to it, oldest first
    for (const SpotLink& link : store.spotLinks())
        sources[link.feltSpotId].append(spots.value(link.knotSpotId).uuid);
    const QString patientId =
        QUuid::createUuidV5(kIdSpace, QStringLiteral("patient/%1").arg(personName.trimmed()))
            .toString(QUuid::WithoutBraces);
    const QJsonObject subject{{QStringLiteral("reference"), QStringLiteral("urn:uuid:") + patientId}};
    const QJsonArray category{QJsonObject{
        {QStringLiteral("coding"),
         QJsonArray{coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                           QStringLiteral("survey"), QStringLiteral("Survey"))}}}};
    const QJsonObject code{{QStringLiteral("coding"),
                            QJsonArray{coding(QStringLiteral("http://loinc.org"), QStringLiteral("72514-3"),
                                              QStringLiteral("Pain severity - 0-10 verbal numeric rating "
                                                             "[Score] - Reported"))}},
                           {QStringLiteral("text"), QStringLiteral("Pain severity (0-10)")}};
    // Felt pain (it hurts here) is the same LOINC score, told apart from a knot (pressing there hurts: a
    // trigger point) by its text and a kind component; a knot's observation is as it always was.
    QJsonObject feltCode = code;
    feltCode.insert(QStringLiteral("text"), QStringLiteral("Felt pain severity (0-10)"));

    QJsonArray entries{QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + patientId},
                                   {QStringLiteral("resource"), patient(patientId, personName)}}};
    for (const Rating& r : store.ratingsOnLocalDays({}, {})) {
        const Spot spot = spots.value(r.spotId);
        const bool felt = spot.kind == SpotKind::Felt;
        const QString id =
            QUuid::createUuidV5(
                kIdSpace, QStringLiteral("%1/%2/%3").arg(spot.key).arg(r.recordedAt.utcSeconds).arg(r.id))
                .toString(QUuid::WithoutBraces);
        QJsonObject observation{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("category"), category},
            {QStringLiteral("code"), felt ? feltCode : code},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("performer"), QJsonArray{subject}}, // the person rated it themselves
            {QStringLiteral("effectiveDateTime"), r.recordedAt.toIso()},
            {QStringLiteral("valueInteger"), r.intensity},
            {QStringLiteral("bodySite"),
             felt ? feltSite(store.referral(), spot.region) : bodySite(store.atlas(), spot.region)},
            // Which knot: the spot's UUID, the same in every export and database, as an Identifier, so a
            // receiving system can follow one knot over time. An extension, because an Observation's own
            // identifier must be unique to it and bodySite carries only codes KnotMap can vouch for.
            {QStringLiteral("extension"),
             QJsonArray{spotIdentifier(QStringLiteral("urn:knotmap:fhir:spot"), spot.uuid)}},
        };
        QJsonArray components;
        if (felt) {
            // The knots the person linked to this felt pain, each by its spot UUID: "this knot may explain
            // it". Not derivedFrom or hasMember: those relate observations (a value computed from another, a
            // panel's members), while a link relates two spots and says only "possible source".
            QJsonArray extensions = observation.value(QStringLiteral("extension")).toArray();
            for (const QString& knot : sources.value(spot.id))
                extensions.append(spotIdentifier(QStringLiteral("urn:knotmap:fhir:possible-source"), knot));
            observation.insert(QStringLiteral("extension"), extensions);
            const PainArea* area = store.referral().area(spot.region);
            const QString where = area ? area->name : spot.region;
            components.append(QJsonObject{
                {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Spot kind")}}},
                {QStringLiteral("valueCodeableConcept"),
                 QJsonObject{
                     {QStringLiteral("coding"),
                      QJsonArray{coding(QStringLiteral("urn:knotmap:fhir:spot-kind"), QStringLiteral("felt"),
                                        QStringLiteral("Felt pain (it hurts here; not a knot)"))}},
                     {QStringLiteral("text"), QStringLiteral("Felt pain at: %1").arg(where)}}}});
        }
        // How it felt, as a component with KnotMap's own quality keys, so it can be read without parsing
        // words.
        if (r.quality != Quality::None) {
            components.append(QJsonObject{
                {QStringLiteral("code"),
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Pain quality")}}},
                {QStringLiteral("valueCodeableConcept"),
                 QJsonObject{{QStringLiteral("coding"),
                              QJsonArray{coding(QStringLiteral("urn:knotmap:fhir:quality"),
                                                qualityKey(r.quality), qualityDisplayName(r.quality))}},
                             {QStringLiteral("text"), qualityDisplayName(r.quality)}}}});
        }
        if (!components.isEmpty())
            observation.insert(QStringLiteral("component"), components);
        if (!r.note.isEmpty())
            observation.insert(QStringLiteral("note"),
                               QJsonArray{QJsonObject{{QStringLiteral("text"), r.note}}});
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + id},
                                   {QStringLiteral("resource"), observation}});
    }
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), RecordedTime::now().toIso()},
            {QStringLiteral("entry"), entries}};
}

} // namespace knotmap
