#include "Exchange.h"

#include "JsonChecker.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace knotmap {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JsonExchange", text);
}

const QList<SettingKey> kExportedSettings = {SettingKey::PersonName, SettingKey::WeekStartsOnSunday,
                                             SettingKey::RoutineMinutes, SettingKey::RoutineTools,
                                             SettingKey::RoutineSymptoms};

QString utcIso(qint64 seconds)
{
    return RecordedTime{seconds, 0}.toIso();
}

QJsonValue optionalInt(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QJsonObject exportJson(const KnotStore& store, const Settings* settings)
{
    QHash<qint64, QString> keys;
    QJsonArray spots;
    for (const Spot& spot : store.spots(true)) {
        keys.insert(spot.id, spot.key);
        spots.append(QJsonObject{{QStringLiteral("key"), spot.key},
                                 {QStringLiteral("x"), QString::number(spot.position.x(), 'f', 6).toDouble()},
                                 {QStringLiteral("y"), QString::number(spot.position.y(), 'f', 6).toDouble()},
                                 {QStringLiteral("region"), spot.region},
                                 {QStringLiteral("label"), spot.label},
                                 {QStringLiteral("created_at"), utcIso(spot.createdUtc)},
                                 {QStringLiteral("archived_at"),
                                  spot.archivedUtc ? QJsonValue(utcIso(*spot.archivedUtc)) : QJsonValue()}});
    }
    QJsonArray ratings;
    for (const Rating& r : store.ratingsOnLocalDays({}, {})) {
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
    QJsonObject settingsObject;
    if (settings) {
        for (SettingKey key : kExportedSettings)
            settingsObject.insert(Settings::name(key), QJsonValue::fromVariant(settings->value(key)));
    }
    return {{QStringLiteral("format"), QStringLiteral("knotmap")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("exported_at"), RecordedTime::now().toIso()},
            {QStringLiteral("spots"), spots},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("routine_log"), log},
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
                     tr("not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    JsonChecker check(text, problems);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("knotmap") ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        check.problem(JsonPath(), tr("not a KnotMap export (\"format\": \"knotmap\", \"version\": 1)"));
        return std::nullopt;
    }

    ImportData data;
    QHash<QString, QString> regionOfSpot;
    const auto time = [&](const QJsonObject& o, const char* field,
                          const JsonObjectAt& place) -> std::optional<RecordedTime> {
        QString error;
        const auto parsed = RecordedTime::parseIso(o.value(QLatin1String(field)).toString(), &error);
        if (!parsed)
            check.problem(place, QLatin1String(field), error);
        return parsed;
    };
    const QJsonArray spots = root.value(QStringLiteral("spots")).toArray();
    for (qsizetype i = 0; i < spots.size(); ++i) {
        const QJsonObject o = spots[i].toObject();
        const JsonObjectAt place{QLatin1String("spots"), i};
        ImportedSpot spot;
        spot.key = o.value(QStringLiteral("key")).toString();
        spot.region = o.value(QStringLiteral("region")).toString();
        spot.label = o.value(QStringLiteral("label")).toString();
        spot.position =
            QPointF(o.value(QStringLiteral("x")).toDouble(-1), o.value(QStringLiteral("y")).toDouble(-1));
        if (QString problem = validateSpotKey(spot.key); !problem.isEmpty())
            check.problem(place, QLatin1String("key"), problem);
        if (regionOfSpot.contains(spot.key))
            check.problem(place, QLatin1String("key"), tr("spot '%1' is listed twice").arg(spot.key));
        const AtlasRegion* hit = atlas.hitTest(spot.position);
        if (!hit)
            check.problem(place.path(),
                          tr("point (%1, %2) is off the body").arg(spot.position.x()).arg(spot.position.y()));
        else if (hit->id != spot.region)
            check.problem(
                place, QLatin1String("region"),
                tr("region '%1' contradicts the point, which lies in '%2'").arg(spot.region, hit->id));
        const auto created = time(o, "created_at", place);
        spot.createdUtc = created ? created->utcSeconds : 0;
        if (!o.value(QStringLiteral("archived_at")).isNull()) {
            if (const auto archived = time(o, "archived_at", place))
                spot.archivedUtc = archived->utcSeconds;
        }
        regionOfSpot.insert(spot.key, spot.region);
        data.spots.append(spot);
    }

    const QJsonArray ratings = root.value(QStringLiteral("ratings")).toArray();
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QJsonObject o = ratings[i].toObject();
        const JsonObjectAt place{QLatin1String("ratings"), i};
        ImportedRating imported;
        imported.spotKey = o.value(QStringLiteral("spot")).toString();
        if (!regionOfSpot.contains(imported.spotKey))
            check.problem(place, QLatin1String("spot"), tr("no spot '%1' in the file").arg(imported.spotKey));
        if (const auto at = time(o, "recorded_at", place))
            imported.rating.recordedAt = *at;
        const QJsonValue intensity = o.value(QStringLiteral("intensity"));
        imported.rating.intensity = intensity.toInt(-1);
        if (!intensity.isDouble() || intensity.toDouble() != double(imported.rating.intensity))
            check.problem(place, QLatin1String("intensity"), tr("the pain score must be a whole number"));
        else if (QString problem = validateIntensity(imported.rating.intensity); !problem.isEmpty())
            check.problem(place, QLatin1String("intensity"), problem);
        const auto quality = qualityFromKey(o.value(QStringLiteral("quality")).toString());
        if (!quality)
            check.problem(place, QLatin1String("quality"),
                          tr("unknown quality '%1'").arg(o.value(QStringLiteral("quality")).toString()));
        imported.rating.quality = quality.value_or(Quality::None);
        imported.rating.note = o.value(QStringLiteral("note")).toString();
        data.ratings.append(imported);
    }

    const QJsonArray log = root.value(QStringLiteral("routine_log")).toArray();
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QJsonObject o = log[i].toObject();
        const JsonObjectAt place{QLatin1String("routine_log"), i};
        ImportedStep imported;
        imported.spotKey = o.value(QStringLiteral("spot")).toString();
        if (!imported.spotKey.isEmpty() && !regionOfSpot.contains(imported.spotKey))
            check.problem(place, QLatin1String("spot"), tr("no spot '%1' in the file").arg(imported.spotKey));
        LoggedStep& s = imported.step;
        if (const auto at = time(o, "done_at", place))
            s.doneAt = *at;
        s.region = o.value(QStringLiteral("region")).toString();
        s.technique = o.value(QStringLiteral("technique")).toString();
        s.plannedSeconds = o.value(QStringLiteral("planned_s")).toInt(-1);
        s.doneSeconds = o.value(QStringLiteral("done_s")).toInt(-1);
        for (const auto& [field, target] : {std::pair{"before", &s.before}, std::pair{"after", &s.after}}) {
            if (!o.value(QLatin1String(field)).isNull())
                *target = o.value(QLatin1String(field)).toInt(-1);
        }
        if (!atlas.region(s.region))
            check.problem(place, QLatin1String("region"), tr("unknown region '%1'").arg(s.region));
        if (QString problem = validateLoggedStep(s); !problem.isEmpty())
            check.problem(place.path(), problem);
        data.routineLog.append(imported);
    }

    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    for (SettingKey key : kExportedSettings) {
        if (settings.contains(Settings::name(key)))
            data.settings.insert(Settings::name(key), settings.value(Settings::name(key)).toVariant());
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return data;
}

} // namespace knotmap
