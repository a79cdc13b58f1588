// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

#include "i18n/TranslateIn.h"

#include "JsonChecker.h"
#include "JsonLinks.h"
#include "domain/LocalDay.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace knotmap {

namespace {

QString utcIso(qint64 seconds)
{
    return RecordedTime{seconds, 0}.toIso();
}

QJsonValue optionalInt(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

const QList<SettingKey>& exchangedSettings()
{
    static const QList<SettingKey> keys = {SettingKey::PersonName,      SettingKey::WeekStartsOnSunday,
                                           SettingKey::RoutineMinutes,  SettingKey::RoutineTools,
                                           SettingKey::RoutineSymptoms, SettingKey::BirthYear};
    return keys;
}

QVariantMap exchangedSettingValues(const Settings* settings)
{
    QVariantMap values;
    if (settings) {
        for (SettingKey key : exchangedSettings())
            values.insert(Settings::name(key), settings->value(key));
    }
    return values;
}

void applyExchangedSettings(Settings& settings, const QVariantMap& values)
{
    for (SettingKey key : exchangedSettings()) {
        if (values.contains(Settings::name(key)))
            settings.setValue(key, values.value(Settings::name(key)));
    }
}

QJsonObject exportJson(const KnotStore& store, const Settings* settings, ExportParts parts)
{
    return exportJson(store, exchangedSettingValues(settings), parts);
}

QJsonObject exportJson(const KnotStore& store, const QVariantMap& settingValues, ExportParts parts)
{
    QHash<qint64, QString> keys;
    QHash<qint64, QString> uuids;
    QJsonArray spots;
    for (const Spot& spot : store.spots(true)) {
        keys.insert(spot.id, spot.key);
        // x and y exactly, so the point reads back in the same region however close to an edge it lies.
        spots.append(QJsonObject{{QStringLiteral("key"), spot.key},
                                 {QStringLiteral("uuid"), spot.uuid},
                                 {QStringLiteral("x"), spot.position.x()},
                                 {QStringLiteral("y"), spot.position.y()},
                                 {QStringLiteral("region"), spot.region},
                                 {QStringLiteral("label"), spot.label},
                                 {QStringLiteral("created_at"), utcIso(spot.createdUtc)},
                                 {QStringLiteral("archived_at"),
                                  spot.archivedUtc ? QJsonValue(utcIso(*spot.archivedUtc)) : QJsonValue()},
                                 {QStringLiteral("kind"), spotKindKey(spot.kind)}});
        uuids.insert(spot.id, spot.uuid);
    }
    // Felt pain and the knots that may explain it, by UUID: the same spots in every file and database.
    const QJsonArray links = linksToJson(store, uuids);
    QJsonArray ratings;
    const QList<Rating> all =
        parts == ExportParts::Everything ? store.ratingsOnLocalDays({}, {}) : QList<Rating>();
    for (const Rating& r : all) {
        ratings.append(
            QJsonObject{{QStringLiteral("spot"), keys.value(r.spotId)},
                        {QStringLiteral("recorded_at"), r.recordedAt.toIso()},
                        {QStringLiteral("intensity"), r.intensity},
                        {QStringLiteral("quality"),
                         r.quality == Quality::None ? QJsonValue() : QJsonValue(qualityKey(r.quality))},
                        {QStringLiteral("note"), r.note}});
    }
    QJsonArray log;
    for (const LoggedStep& s : store.routineLogAll()) {
        log.append(
            QJsonObject{{QStringLiteral("done_at"), s.doneAt.toIso()},
                        {QStringLiteral("spot"), s.spotId ? QJsonValue(keys.value(s.spotId)) : QJsonValue()},
                        {QStringLiteral("region"), s.region},
                        {QStringLiteral("technique"), s.technique},
                        {QStringLiteral("planned_s"), s.plannedSeconds},
                        {QStringLiteral("done_s"), s.doneSeconds},
                        {QStringLiteral("before"), optionalInt(s.before)},
                        {QStringLiteral("after"), optionalInt(s.after)}});
    }
    QJsonArray flags;
    for (const ShownFlag& f : store.flagsShownAll()) {
        flags.append(QJsonObject{{QStringLiteral("day"), f.day.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), f.reason},
                                 {QStringLiteral("level"), flagLevelKey(f.level)},
                                 {QStringLiteral("regions"), QJsonArray::fromStringList(f.regions)}});
    }
    QJsonArray clearances;
    for (const FlagClearance& c : store.flagClearancesAll()) {
        clearances.append(
            QJsonObject{{QStringLiteral("reason"), c.reason}, {QStringLiteral("cleared_at"), c.at.toIso()}});
    }
    QJsonObject settingsObject;
    for (auto value = settingValues.cbegin(); value != settingValues.cend(); ++value)
        settingsObject.insert(value.key(), QJsonValue::fromVariant(value.value()));
    return {{QStringLiteral("format"), QStringLiteral("knotmap")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("exported_at"), RecordedTime::now().toIso()},
            {QStringLiteral("spots"), spots},
            {QStringLiteral("links"), links},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("routine_log"), log},
            {QStringLiteral("flags_shown"), flags},
            {QStringLiteral("flag_clearances"), clearances},
            {QStringLiteral("settings"), settingsObject}};
}

std::optional<ImportData> parseKnotMapJson(const QByteArray& bytes, const BodyAtlas& atlas,
                                           ProblemList& problems)
{
    // Without its byte order mark (on line 1, so no line moves), and without copying a large file.
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF")
                                ? QByteArray::fromRawData(bytes.constData() + 3, bytes.size() - 3)
                                : bytes;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add(lineAtOffset(text, parseError.offset),
                     translateIn("JsonExchange", "not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    JsonChecker check(text, problems);
    if (!document.isObject()) { // Qt takes only an object or an array
        check.problem(
            JsonPath(),
            translateIn("JsonExchange", "not a KnotMap export: the root must be an object, not an array"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("knotmap") ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        check.problem(
            JsonPath(),
            translateIn("JsonExchange", "not a KnotMap export (\"format\": \"knotmap\", \"version\": 1)"));
        return std::nullopt;
    }
    // Every field has its documented type (docs/data-formats.md): a wrong one is a problem, never a default.
    const JsonObjectAt top;
    const QJsonArray spots = check.array(root, top, QLatin1String("spots")).value_or(QJsonArray());
    const QJsonArray ratings = check.array(root, top, QLatin1String("ratings")).value_or(QJsonArray());
    const QJsonArray log =
        check.array(root, top, QLatin1String("routine_log"), JsonNeed::Optional).value_or(QJsonArray());
    const QJsonObject settings =
        check.object(root, top, QLatin1String("settings"), JsonNeed::Optional).value_or(QJsonObject());
    // Files from before schema 6 have neither.
    const QJsonArray flags =
        check.array(root, top, QLatin1String("flags_shown"), JsonNeed::Optional).value_or(QJsonArray());
    const QJsonArray clearances =
        check.array(root, top, QLatin1String("flag_clearances"), JsonNeed::Optional).value_or(QJsonArray());
    // Files from before felt pain (schema 8) have none.
    const QJsonArray links =
        check.array(root, top, QLatin1String("links"), JsonNeed::Optional).value_or(QJsonArray());
    const ReferralAtlas& painAreas = standardPainAreas();

    ImportData data;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QHash<QString, QString> regionOfSpot;
    QHash<QString, SpotKind> kindOfUuid;
    check.forEachObject(spots, QLatin1String("spots"), [&](const QJsonObject& o, const JsonObjectAt& place) {
        const auto key = check.text(o, place, QLatin1String("key"));
        // Absent in files from before spots had UUIDs: then the key names the knot, as it used to.
        const auto uuid = check.text(o, place, QLatin1String("uuid"), JsonNeed::Optional);
        const auto x = check.number(o, place, QLatin1String("x"));
        const auto y = check.number(o, place, QLatin1String("y"));
        const auto region = check.text(o, place, QLatin1String("region"));
        // Absent in files from before felt pain: every spot was a knot.
        const auto kind = check.text(o, place, QLatin1String("kind"), JsonNeed::Optional);
        ImportedSpot spot;
        if (kind) {
            const std::optional<SpotKind> known = spotKindFromKey(*kind);
            if (!known)
                check.problem(
                    place, QLatin1String("kind"),
                    translateIn("JsonExchange", "unknown kind '%1' (a spot is a \"knot\" or \"felt\")")
                        .arg(*kind));
            spot.kind = known.value_or(SpotKind::Knot);
        }
        spot.label = check.text(o, place, QLatin1String("label"), JsonNeed::Optional).value_or(QString());
        const auto created = check.time(o, place, QLatin1String("created_at"));
        const auto archived = check.time(o, place, QLatin1String("archived_at"), JsonNeed::Nullable);
        spot.createdUtc = created ? created->utcSeconds : 0;
        if (archived)
            spot.archivedUtc = archived->utcSeconds;
        if (uuid) {
            spot.uuid = *uuid;
            if (QString problem = validateSpotUuid(spot.uuid); !problem.isEmpty())
                check.problem(place, QLatin1String("uuid"), problem);
        }
        if (key) {
            spot.key = *key;
            if (QString problem = validateSpotKey(spot.key); !problem.isEmpty())
                check.problem(place, QLatin1String("key"), problem);
            if (regionOfSpot.contains(spot.key))
                check.problem(place, QLatin1String("key"),
                              translateIn("JsonExchange", "spot '%1' is listed twice").arg(spot.key));
        }
        if (x && y && region && spot.kind == SpotKind::Felt) {
            // Felt pain names a pain area, and its point lies on that area's own view (perhaps the front):
            // the back view's regions say nothing about it.
            spot.position = QPointF(*x, *y);
            spot.region = *region;
            if (!painAreas.area(spot.region))
                check.problem(place, QLatin1String("region"),
                              translateIn("JsonExchange", "felt pain needs a known pain area, not '%1'")
                                  .arg(spot.region));
            if (QString problem = validatePosition(spot.position); !problem.isEmpty())
                check.problem(place.path(), problem);
        } else if (x && y && region) {
            spot.position = QPointF(*x, *y);
            spot.region = *region;
            const AtlasRegion* hit = atlas.hitTest(spot.position);
            if (!hit)
                check.problem(place.path(),
                              translateIn("JsonExchange", "point (%1, %2) is off the body").arg(*x).arg(*y));
            else if (hit->id != spot.region && !atlas.isNear(spot.position, spot.region)) {
                // A file written before the atlas was redrawn names the region the point lay in then.
                if (atlas.handedOver(spot.region, hit->id))
                    spot.region = hit->id;
                else
                    check.problem(
                        place, QLatin1String("region"),
                        translateIn("JsonExchange", "region '%1' contradicts the point, which lies in '%2'")
                            .arg(spot.region, hit->id));
            }
        }
        if (key)
            regionOfSpot.insert(spot.key, spot.region);
        if (!spot.uuid.isEmpty())
            kindOfUuid.insert(spot.uuid, spot.kind);
        data.spots.append(spot);
    });

    readLinks(check, links, kindOfUuid, data);

    const auto checkSpotIsInFile = [&](const JsonObjectAt& place, const QString& key) {
        if (!regionOfSpot.contains(key))
            check.problem(place, QLatin1String("spot"),
                          translateIn("JsonExchange", "no spot '%1' in the file").arg(key));
    };
    check.forEachObject(
        ratings, QLatin1String("ratings"), [&](const QJsonObject& o, const JsonObjectAt& place) {
            const auto spotKey = check.text(o, place, QLatin1String("spot"));
            const auto at = check.time(o, place, QLatin1String("recorded_at"));
            const auto intensity = check.wholeNumber(o, place, QLatin1String("intensity"));
            const auto quality = check.text(o, place, QLatin1String("quality"), JsonNeed::Nullable);
            ImportedRating imported;
            imported.rating.note =
                check.text(o, place, QLatin1String("note"), JsonNeed::Optional).value_or(QString());
            if (spotKey) {
                imported.spotKey = *spotKey;
                checkSpotIsInFile(place, imported.spotKey);
            }
            if (at) {
                imported.rating.recordedAt = *at;
                if (QString problem = validateRecordedTime(*at, now); !problem.isEmpty())
                    check.problem(place, QLatin1String("recorded_at"), problem);
            }
            if (intensity) {
                imported.rating.intensity = *intensity;
                if (QString problem = validateIntensity(*intensity); !problem.isEmpty())
                    check.problem(place, QLatin1String("intensity"), problem);
            }
            if (quality) {
                const auto known = qualityFromKey(*quality);
                if (!known)
                    check.problem(place, QLatin1String("quality"),
                                  translateIn("JsonExchange", "unknown quality '%1'").arg(*quality));
                imported.rating.quality = known.value_or(Quality::None);
            }
            data.ratings.append(imported);
        });

    check.forEachObject(
        log, QLatin1String("routine_log"), [&](const QJsonObject& o, const JsonObjectAt& place) {
            ImportedStep imported;
            LoggedStep& s = imported.step;
            const auto at = check.time(o, place, QLatin1String("done_at"));
            const auto spotKey =
                check.text(o, place, QLatin1String("spot"), JsonNeed::Nullable); // null: a region
            const auto region = check.text(o, place, QLatin1String("region"));
            const auto technique = check.text(o, place, QLatin1String("technique"));
            const auto planned = check.wholeNumber(o, place, QLatin1String("planned_s"));
            const auto done = check.wholeNumber(o, place, QLatin1String("done_s"));
            s.before = check.wholeNumber(o, place, QLatin1String("before"), JsonNeed::Nullable);
            s.after = check.wholeNumber(o, place, QLatin1String("after"), JsonNeed::Nullable);
            if (spotKey && !spotKey->isEmpty()) {
                imported.spotKey = *spotKey;
                checkSpotIsInFile(place, imported.spotKey);
            }
            if (at)
                s.doneAt = *at;
            if (region && !atlas.region(*region))
                check.problem(place, QLatin1String("region"),
                              translateIn("JsonExchange", "unknown region '%1'").arg(*region));
            if (region && technique && planned && done) { // else the step's own check would only repeat that
                s.region = *region;
                s.technique = *technique;
                s.plannedSeconds = *planned;
                s.doneSeconds = *done;
                if (QString problem = validateLoggedStep(s); !problem.isEmpty())
                    check.problem(place.path(), problem);
            }
            data.routineLog.append(imported);
        });

    const auto checkReason = [&](const JsonObjectAt& place, const std::optional<QString>& reason) {
        if (reason && (reason->isEmpty() || reason->size() > 60))
            check.problem(place, QLatin1String("reason"),
                          translateIn("JsonExchange", "a warning sign needs a name of 1 to 60 characters"));
    };
    check.forEachObject(
        flags, QLatin1String("flags_shown"), [&](const QJsonObject& o, const JsonObjectAt& place) {
            ShownFlag flag;
            const auto day = check.text(o, place, QLatin1String("day"));
            const auto reason = check.text(o, place, QLatin1String("reason"));
            const auto level = check.text(o, place, QLatin1String("level"));
            const auto regions = check.array(o, place, QLatin1String("regions"), JsonNeed::Optional);
            if (day) {
                flag.day = QDate::fromString(*day, Qt::ISODate);
                if (!flag.day.isValid() || flag.day.year() < 1900)
                    check.problem(place, QLatin1String("day"),
                                  translateIn("JsonExchange", "'%1' is not a day like 2026-03-01").arg(*day));
            }
            checkReason(place, reason);
            flag.reason = reason.value_or(QString());
            if (level) {
                const auto known = flagLevelFromKey(*level);
                if (!known)
                    check.problem(place, QLatin1String("level"),
                                  translateIn("JsonExchange", "unknown level '%1'").arg(*level));
                flag.level = known.value_or(FlagLevel::SeeSoon);
            }
            for (const QJsonValue& region : regions.value_or(QJsonArray())) {
                if (!region.isString() || !atlas.region(region.toString()))
                    check.problem(place, QLatin1String("regions"),
                                  translateIn("JsonExchange", "unknown region '%1'")
                                      .arg(region.toVariant().toString()));
                flag.regions.append(region.toString());
            }
            data.flagsShown.append(flag);
        });
    check.forEachObject(
        clearances, QLatin1String("flag_clearances"), [&](const QJsonObject& o, const JsonObjectAt& place) {
            const auto reason = check.text(o, place, QLatin1String("reason"));
            const auto at = check.time(o, place, QLatin1String("cleared_at"));
            checkReason(place, reason);
            if (at) {
                if (QString problem = validateRecordedTime(*at, now); !problem.isEmpty())
                    check.problem(place, QLatin1String("cleared_at"), problem);
            }
            data.flagClearances.append({reason.value_or(QString()), at.value_or(RecordedTime{})});
        });

    // Settings too are checked against their rules, so a file cannot store minutes of -100.
    const JsonObjectAt settingsAt{QLatin1String("settings")};
    for (SettingKey key : exchangedSettings()) {
        const QString name = Settings::name(key);
        if (!settings.contains(name))
            continue;
        const QVariant value = settings.value(name).toVariant();
        if (QString problem = Settings::check(key, value); !problem.isEmpty())
            check.problem(settingsAt.path(QLatin1String(name.toLatin1())), problem);
        else
            data.settings.insert(name, value);
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return data;
}

} // namespace knotmap
