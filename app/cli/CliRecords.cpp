// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli regions, add, list, demo: the records themselves.
#include "CliSupport.h"

#include "demo/DemoHistory.h"
#include "exchange/RatingRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace knotmap::cli {

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && text.size() == 10 ? std::optional(date) : std::nullopt;
}

std::optional<std::pair<QDate, QDate>> Context::dateRange(int* code) const
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        *code = fail(UsageError, QStringLiteral("--from and --to go together (dates like 2026-03-01)"));
        return std::nullopt;
    }
    const auto from = parseDate(parser.value(QStringLiteral("from")));
    const auto to = parseDate(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        *code = fail(BadData, QStringLiteral("--from and --to must be dates like 2026-03-01"));
        return std::nullopt;
    }
    if (*from > *to) {
        *code = fail(BadData, QStringLiteral("--from %1 is after --to %2")
                                  .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return std::nullopt;
    }
    return std::pair{*from, *to};
}

int regionsCommand(const Context& c)
{
    int code = Success;
    const auto format =
        c.format(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")}, &code);
    if (!format)
        return code;
    if (*format == QLatin1String("json")) {
        QJsonArray array;
        for (const AtlasRegion& region : c.atlas.regions()) {
            QJsonObject object;
            object.insert(QStringLiteral("id"), region.id);
            object.insert(QStringLiteral("name"), region.name);
            object.insert(QStringLiteral("side"),
                          region.side == BodySide::Left ? QStringLiteral("left") : QStringLiteral("right"));
            object.insert(QStringLiteral("centroid"),
                          QJsonArray{region.labelPoint.x(), region.labelPoint.y()});
            array.append(object);
        }
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const AtlasRegion& region : c.atlas.regions())
        c.out << region.id.leftJustified(34) << region.name << '\n';
    return Success;
}

int addCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    const bool hasRegion = p.isSet(QStringLiteral("region"));
    const bool hasX = p.isSet(QStringLiteral("x")), hasY = p.isSet(QStringLiteral("y"));
    const bool existingSpotWanted = p.isSet(QStringLiteral("spot"));
    if (!p.isSet(QStringLiteral("intensity")))
        return c.fail(UsageError, QStringLiteral("add needs --intensity N (0 to 10)"));
    if (hasX != hasY)
        return c.fail(UsageError, QStringLiteral("--x and --y go together"));

    Rating rating;
    bool ok = false;
    rating.intensity = p.value(QStringLiteral("intensity")).toInt(&ok);
    if (!ok)
        return c.fail(BadData, QStringLiteral("pain score '%1' is not a whole number from 0 to 10")
                                   .arg(p.value(QStringLiteral("intensity"))));
    if (QString problem = validateIntensity(rating.intensity); !problem.isEmpty())
        return c.fail(BadData, problem);
    const auto quality = qualityFromKey(p.value(QStringLiteral("quality")));
    if (!quality)
        return c.fail(
            BadData,
            QStringLiteral("unknown quality '%1': use aching, sharp, burning, tingling, numb or stiff")
                .arg(p.value(QStringLiteral("quality"))));
    rating.quality = *quality;
    rating.note = p.value(QStringLiteral("note"));
    rating.recordedAt = RecordedTime::now();
    if (p.isSet(QStringLiteral("at"))) {
        QString problem;
        const auto at = RecordedTime::parseIso(p.value(QStringLiteral("at")), &problem);
        if (!at)
            return c.fail(BadData, problem);
        rating.recordedAt = *at;
    }

    // Where: a region's usual knot site, or an exact point, which must agree with the region if both are
    // given.
    std::optional<QPointF> position;
    const AtlasRegion* region = nullptr;
    if (hasRegion) {
        region = c.atlas.region(p.value(QStringLiteral("region")));
        if (!region)
            return c.fail(BadData, QStringLiteral("unknown region '%1' (see knotmap-cli regions)")
                                       .arg(p.value(QStringLiteral("region"))));
        position = region->labelPoint;
    }
    if (hasX) {
        const auto x = parseNumber(p.value(QStringLiteral("x"))),
                   y = parseNumber(p.value(QStringLiteral("y")));
        if (!x || !y)
            return c.fail(BadData, QStringLiteral("--x and --y must be numbers from 0 to 1"));
        const AtlasRegion* hit = c.atlas.hitTest(QPointF(*x, *y));
        if (!hit)
            return c.fail(BadData, QStringLiteral("point (%1, %2) is outside the body").arg(*x).arg(*y));
        if (region && hit != region)
            return c.fail(BadData, QStringLiteral("point (%1, %2) lies in %3, not in %4")
                                       .arg(*x)
                                       .arg(*y)
                                       .arg(hit->id, region->id));
        region = hit;
        position = QPointF(*x, *y);
    }

    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const QString key = p.value(QStringLiteral("spot"));
    const std::optional<Spot> existing = existingSpotWanted ? store->spotByKey(key) : std::nullopt;
    QString spotKey, regionId;
    if (existing) {
        if (hasX)
            return c.fail(BadData,
                          QStringLiteral("spot '%1' already exists; --x/--y cannot move it").arg(key));
        if (region && region->id != existing->region)
            return c.fail(
                BadData,
                QStringLiteral("spot '%1' is in %2, not in %3").arg(key, existing->region, region->id));
        rating.spotId = existing->id;
        if (const Result<qint64> added = store->addRating(rating); !added)
            return c.fail(BadData, added.error());
        spotKey = existing->key;
        regionId = existing->region;
    } else {
        if (!position)
            return c.fail(
                UsageError,
                existingSpotWanted
                    ? QStringLiteral("spot '%1' does not exist yet: give --region or --x/--y").arg(key)
                    : QStringLiteral("add needs --region ID or --x X --y Y"));
        const auto created = store->createSpot(*position, rating, key);
        if (!created)
            return c.fail(BadData, created.error());
        spotKey = created->spot.key;
        regionId = created->spot.region;
    }
    return c.succeed(QStringLiteral("Recorded %1/10 for %2 (spot %3) at %4")
                         .arg(rating.intensity)
                         .arg(c.atlas.regionName(regionId), spotKey, rating.recordedAt.toIso()));
}

int listCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    QDate from, to;
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!p.isSet(name))
            continue;
        const auto date = parseDate(p.value(name));
        if (!date)
            return c.fail(BadData,
                          QStringLiteral("--%1 '%2' is not a date like 2026-03-01").arg(name, p.value(name)));
        *target = *date;
    }
    int code = Success;
    const auto format =
        c.format(QStringLiteral("json"), {QStringLiteral("json"), QStringLiteral("csv")}, &code);
    if (!format)
        return code;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const QList<RatingRow> rows = ratingRows(*store, from, to);
    if (!c.readProblem.isEmpty())
        return c.fail(BadData, c.readProblem);
    c.out.flush();
    if (*format == QLatin1String("csv"))
        c.out << QString::fromUtf8(ratingRowsToCsv(rows));
    else
        c.out << QString::fromUtf8(QJsonDocument(ratingRowsToJson(rows)).toJson(QJsonDocument::Indented));
    return Success;
}

int demoCommand(const Context& c)
{
    bool weeksOk = false, seedOk = true;
    const int weeks = c.parser.value(QStringLiteral("weeks")).toInt(&weeksOk);
    const uint seed =
        c.parser.isSet(QStringLiteral("seed")) ? c.parser.value(QStringLiteral("seed")).toUInt(&seedOk) : 1;
    if (!c.parser.isSet(QStringLiteral("weeks")))
        return c.fail(UsageError, QStringLiteral("demo needs --weeks N"));
    if (!weeksOk || weeks < 1 || weeks > 520 || !seedOk)
        return c.fail(BadData, QStringLiteral("--weeks must be from 1 to 520 and --seed a whole number"));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    if (!store->spots(true).isEmpty())
        return c.fail(BadData,
                      QStringLiteral("%1 already holds data; demo data only goes into an empty database")
                          .arg(store->path()));
    if (QString problem = generateDemoHistory(*store, weeks, seed); !problem.isEmpty())
        return c.fail(BadData, problem);
    return c.succeed(QStringLiteral("Wrote %1 weeks of demo data to %2").arg(weeks).arg(store->path()));
}

} // namespace knotmap::cli
