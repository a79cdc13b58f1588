// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli regions, areas, add, list, demo: the records themselves.
#include "CliSupport.h"
#include "i18n/TranslateIn.h"

#include "atlas/Referral.h"
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
        *code = fail(UsageError, translateIn("Cli", "--from and --to go together (dates like 2026-03-01)"));
        return std::nullopt;
    }
    const auto from = parseDate(parser.value(QStringLiteral("from")));
    const auto to = parseDate(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        *code = fail(BadData, translateIn("Cli", "--from and --to must be dates like 2026-03-01"));
        return std::nullopt;
    }
    if (*from > *to) {
        *code = fail(BadData, translateIn("Cli", "--from %1 is after --to %2")
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

namespace {

// The felt-pain areas with their views: the vocabulary of core/atlas/Referral.h and the shapes of both views.
struct AreaViews
{
    ReferralAtlas referral;
    BodyAtlas back, front;
    const BodyAtlas& view(const PainArea& area) const
    {
        return area.view == QLatin1String("front") ? front : back;
    }
};

std::optional<AreaViews> loadAreaViews(const Context& c, QString* error)
{
    auto referral = ReferralAtlas::loadStandard(error);
    auto front = referral ? BodyAtlas::loadView(QStringLiteral("front"), error) : std::nullopt;
    if (!referral || !front)
        return std::nullopt;
    return AreaViews{std::move(*referral), c.atlas, std::move(*front)};
}

// The rating of `add`: --intensity, --quality, --note and --at.
std::optional<Rating> ratingFromOptions(const Context& c, int* code)
{
    const QCommandLineParser& p = c.parser;
    if (!p.isSet(QStringLiteral("intensity"))) {
        *code = c.fail(UsageError, translateIn("Cli", "add needs --intensity N (0 to 10)"));
        return std::nullopt;
    }
    Rating rating;
    bool ok = false;
    rating.intensity = p.value(QStringLiteral("intensity")).toInt(&ok);
    if (!ok) {
        *code = c.fail(BadData, translateIn("Cli", "pain score '%1' is not a whole number from 0 to 10")
                                    .arg(p.value(QStringLiteral("intensity"))));
        return std::nullopt;
    }
    if (QString problem = validateIntensity(rating.intensity); !problem.isEmpty()) {
        *code = c.fail(BadData, problem);
        return std::nullopt;
    }
    const auto quality = qualityFromKey(p.value(QStringLiteral("quality")));
    if (!quality) {
        *code = c.fail(
            BadData,
            translateIn("Cli", "unknown quality '%1': use aching, sharp, burning, tingling, numb or stiff")
                .arg(p.value(QStringLiteral("quality"))));
        return std::nullopt;
    }
    rating.quality = *quality;
    rating.note = p.value(QStringLiteral("note"));
    rating.recordedAt = RecordedTime::now();
    if (p.isSet(QStringLiteral("at"))) {
        QString problem;
        const auto at = RecordedTime::parseIso(p.value(QStringLiteral("at")), &problem);
        if (!at) {
            *code = c.fail(BadData, problem);
            return std::nullopt;
        }
        rating.recordedAt = *at;
    }
    return rating;
}

// `add --area ID`: felt pain at a pain area, at its usual point or at --x/--y inside it on its view.
int addFeltCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    if (p.isSet(QStringLiteral("region")))
        return c.fail(UsageError, translateIn("Cli", "--area and --region do not go together: felt pain has "
                                                     "an area, a knot a region"));
    const bool hasX = p.isSet(QStringLiteral("x")), hasY = p.isSet(QStringLiteral("y"));
    if (hasX != hasY)
        return c.fail(UsageError, translateIn("Cli", "--x and --y go together"));
    int code = Success;
    std::optional<Rating> rating = ratingFromOptions(c, &code);
    if (!rating)
        return code;
    QString error;
    const std::optional<AreaViews> views = loadAreaViews(c, &error);
    if (!views)
        return c.fail(BadData, error);
    const QString areaId = p.value(QStringLiteral("area"));
    const PainArea* area = views->referral.area(areaId);
    if (!area)
        return c.fail(BadData, translateIn("Cli", "unknown area '%1' (see knotmap-cli areas)").arg(areaId));
    const BodyAtlas& view = views->view(*area);
    const AtlasRegion* shape = view.area(area->id);
    if (!shape)
        return c.fail(BadData,
                      translateIn("Cli", "area '%1' has no shape on the %2 view").arg(areaId, area->view));
    QPointF position = shape->labelPoint;
    if (hasX) {
        const auto x = parseNumber(p.value(QStringLiteral("x"))),
                   y = parseNumber(p.value(QStringLiteral("y")));
        if (!x || !y)
            return c.fail(BadData, translateIn("Cli", "--x and --y must be numbers from 0 to 1"));
        const AtlasRegion* hit = view.contains({*x, *y}) ? view.areaAt({*x, *y}) : nullptr;
        if (!hit || hit->id != area->id)
            return c.fail(BadData, translateIn("Cli", "point (%1, %2) is not in %3 on the %4 view")
                                       .arg(*x)
                                       .arg(*y)
                                       .arg(area->id, area->view));
        position = QPointF(*x, *y);
    }
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const QString key = p.value(QStringLiteral("spot"));
    QString spotKey;
    if (const std::optional<Spot> existing =
            p.isSet(QStringLiteral("spot")) ? store->spotByKey(key) : std::nullopt) {
        if (existing->kind != SpotKind::Felt || existing->region != area->id)
            return c.fail(BadData, translateIn("Cli", "spot '%1' is not felt pain at %2").arg(key, area->id));
        if (hasX)
            return c.fail(BadData,
                          translateIn("Cli", "spot '%1' already exists; --x/--y cannot move it").arg(key));
        rating->spotId = existing->id;
        if (const Result<qint64> added = store->addRating(*rating); !added)
            return c.fail(BadData, added.error());
        spotKey = existing->key;
    } else {
        const auto created = store->createFeltSpot(area->id, position, *rating, key);
        if (!created)
            return c.fail(BadData, created.error());
        spotKey = created->spot.key;
    }
    return c.succeed(translateIn("Cli", "Recorded felt pain %1/10 at %2 (spot %3) at %4")
                         .arg(rating->intensity)
                         .arg(area->name, spotKey, rating->recordedAt.toIso()));
}

// Where the knots already marked lie (archived ones are not drawn; felt pain may lie on the other view).
QList<QPointF> knotPositions(const KnotStore& store)
{
    QList<QPointF> positions;
    for (const Spot& spot : store.spots())
        if (spot.kind == SpotKind::Knot)
            positions.append(spot.position);
    return positions;
}

} // namespace

int areasCommand(const Context& c)
{
    int code = Success;
    const auto format =
        c.format(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")}, &code);
    if (!format)
        return code;
    QString error;
    const std::optional<AreaViews> views = loadAreaViews(c, &error);
    if (!views)
        return c.fail(BadData, error);
    QJsonArray array;
    for (const PainArea& area : views->referral.areas()) {
        const AtlasRegion* shape = views->view(area).area(area.id);
        const QPointF centroid = shape ? shape->labelPoint : QPointF();
        if (*format == QLatin1String("text")) {
            c.out << area.id.leftJustified(34) << area.name << " (" << area.view << " view)\n";
            continue;
        }
        QJsonObject object;
        object.insert(QStringLiteral("id"), area.id);
        object.insert(QStringLiteral("name"), area.name);
        object.insert(QStringLiteral("side"), !area.side                     ? QStringLiteral("mid")
                                              : *area.side == BodySide::Left ? QStringLiteral("left")
                                                                             : QStringLiteral("right"));
        object.insert(QStringLiteral("view"), area.view);
        object.insert(QStringLiteral("centroid"), QJsonArray{centroid.x(), centroid.y()});
        array.append(object);
    }
    if (*format == QLatin1String("json"))
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Success;
}

int addCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    if (p.isSet(QStringLiteral("area")))
        return addFeltCommand(c);
    const bool hasRegion = p.isSet(QStringLiteral("region"));
    const bool hasX = p.isSet(QStringLiteral("x")), hasY = p.isSet(QStringLiteral("y"));
    const bool existingSpotWanted = p.isSet(QStringLiteral("spot"));
    if (hasX != hasY && p.isSet(QStringLiteral("intensity")))
        return c.fail(UsageError, translateIn("Cli", "--x and --y go together"));
    int code = Success;
    std::optional<Rating> parsed = ratingFromOptions(c, &code);
    if (!parsed)
        return code;
    Rating rating = *parsed;

    // Where: a region's usual knot site, or an exact point, which must agree with the region if both are
    // given.
    std::optional<QPointF> position;
    const AtlasRegion* region = nullptr;
    if (hasRegion) {
        region = c.atlas.region(p.value(QStringLiteral("region")));
        if (!region)
            return c.fail(BadData, translateIn("Cli", "unknown region '%1' (see knotmap-cli regions)")
                                       .arg(p.value(QStringLiteral("region"))));
        position = region->labelPoint;
    }
    if (hasX) {
        const auto x = parseNumber(p.value(QStringLiteral("x"))),
                   y = parseNumber(p.value(QStringLiteral("y")));
        if (!x || !y)
            return c.fail(BadData, translateIn("Cli", "--x and --y must be numbers from 0 to 1"));
        const AtlasRegion* hit = c.atlas.hitTest(QPointF(*x, *y));
        if (!hit)
            return c.fail(BadData, translateIn("Cli", "point (%1, %2) is outside the body").arg(*x).arg(*y));
        if (region && hit != region)
            return c.fail(BadData, translateIn("Cli", "point (%1, %2) lies in %3, not in %4")
                                       .arg(*x)
                                       .arg(*y)
                                       .arg(hit->id, region->id));
        region = hit;
        position = QPointF(*x, *y);
    }

    auto store = c.openStore(&code);
    if (!store)
        return code;
    const QString key = p.value(QStringLiteral("spot"));
    const std::optional<Spot> existing = existingSpotWanted ? store->spotByKey(key) : std::nullopt;
    QString spotKey, regionId;
    if (existing) {
        if (hasX)
            return c.fail(BadData,
                          translateIn("Cli", "spot '%1' already exists; --x/--y cannot move it").arg(key));
        if (region && region->id != existing->region)
            return c.fail(
                BadData,
                translateIn("Cli", "spot '%1' is in %2, not in %3").arg(key, existing->region, region->id));
        rating.spotId = existing->id;
        if (const Result<qint64> added = store->addRating(rating); !added)
            return c.fail(BadData, added.error());
        spotKey = existing->key;
        regionId = existing->region;
    } else {
        if (region && !hasX) // a knot given by its region alone: beside the knots already there, not on them
            position = c.atlas.freePointIn(region->id, knotPositions(*store));
        if (!position)
            return c.fail(
                UsageError,
                existingSpotWanted
                    ? translateIn("Cli", "spot '%1' does not exist yet: give --region or --x/--y").arg(key)
                    : translateIn("Cli", "add needs --region ID or --x X --y Y"));
        const auto created = store->createSpot(*position, rating, key);
        if (!created)
            return c.fail(BadData, created.error());
        spotKey = created->spot.key;
        regionId = created->spot.region;
    }
    return c.succeed(translateIn("Cli", "Recorded %1/10 for %2 (spot %3) at %4")
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
            return c.fail(
                BadData,
                translateIn("Cli", "--%1 '%2' is not a date like 2026-03-01").arg(name, p.value(name)));
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
        return c.fail(UsageError, translateIn("Cli", "demo needs --weeks N"));
    if (!weeksOk || weeks < 1 || weeks > 520 || !seedOk)
        return c.fail(BadData, translateIn("Cli", "--weeks must be from 1 to 520 and --seed a whole number"));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    if (!store->spots(true).isEmpty())
        return c.fail(BadData,
                      translateIn("Cli", "%1 already holds data; demo data only goes into an empty database")
                          .arg(store->path()));
    if (QString problem = generateDemoHistory(*store, weeks, seed); !problem.isEmpty())
        return c.fail(BadData, problem);
    return c.succeed(translateIn("Cli", "Wrote %1 weeks of demo data to %2").arg(weeks).arg(store->path()));
}

} // namespace knotmap::cli
