#include "Cli.h"

#include "analysis/Trends.h"
#include "atlas/BodyAtlas.h"
#include "demo/DemoHistory.h"
#include "exchange/RatingRows.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace knotmap::cli {

namespace {

const QString kUsage = QStringLiteral("usage: knotmap-cli [--db PATH] COMMAND [OPTIONS]\n"
                                      "commands:\n"
                                      "  regions [--format text|json]\n"
                                      "  add (--region ID | --x X --y Y) --intensity N [--quality Q] [--note "
                                      "TEXT] [--at ISO-8601] [--spot KEY]\n"
                                      "  list [--from DATE] [--to DATE] [--format json|csv]\n"
                                      "  demo --weeks N [--seed S]\n"
                                      "  trends [--from DATE --to DATE | --weeks N] [--bucket "
                                      "day|week|month] [--region ID]... [--spot KEY]...\n"
                                      "         [--format json|csv]\n");

// What a command needs; `fail` prints one line naming the problem and gives the exit code.
struct Context
{
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    const BodyAtlas& atlas;

    int fail(int code, const QString& message) const
    {
        err << "knotmap-cli: " << message << Qt::endl;
        return code;
    }
    std::unique_ptr<KnotStore> openStore(int* code) const
    {
        QString error;
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : KnotStore::defaultPath();
        auto store = KnotStore::open(path, atlas, &error);
        if (!store)
            *code = fail(BadData, error);
        return store;
    }
};

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

int regionsCommand(const Context& c)
{
    const QString format = c.parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
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
    if (!format.isEmpty() && format != QLatin1String("text"))
        return c.fail(UsageError, QStringLiteral("--format must be text or json, not '%1'").arg(format));
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
        if (!store->addRating(rating))
            return c.fail(BadData, store->lastError());
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
            return c.fail(BadData, store->lastError());
        spotKey = created->spot.key;
        regionId = created->spot.region;
    }
    const AtlasRegion* where = c.atlas.region(regionId);
    c.out << QStringLiteral("Recorded %1/10 for %2 (spot %3) at %4\n")
                 .arg(rating.intensity)
                 .arg(where ? where->name : regionId, spotKey, rating.recordedAt.toIso());
    return Success;
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
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("json")
                                                                       : p.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return c.fail(UsageError, QStringLiteral("--format must be json or csv, not '%1'").arg(format));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const QList<RatingRow> rows = ratingRows(*store, from, to);
    if (!store->lastError().isEmpty())
        return c.fail(BadData, store->lastError());
    c.out.flush();
    if (format == QLatin1String("csv"))
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
    c.out << QStringLiteral("Wrote %1 weeks of demo data to %2\n").arg(weeks).arg(store->path());
    return Success;
}

int trendsCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    TrendQuery query;
    const bool byDates = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    if (byDates && p.isSet(QStringLiteral("weeks")))
        return c.fail(UsageError, QStringLiteral("give --from and --to, or --weeks, not both"));
    if (byDates) {
        if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
            return c.fail(UsageError, QStringLiteral("--from and --to go together"));
        const auto from = parseDate(p.value(QStringLiteral("from"))),
                   to = parseDate(p.value(QStringLiteral("to")));
        if (!from || !to)
            return c.fail(BadData, QStringLiteral("--from and --to must be dates like 2026-03-01"));
        if (*from > *to)
            return c.fail(BadData, QStringLiteral("--from %1 is after --to %2")
                                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        query.from = *from;
        query.to = *to;
    } else {
        bool ok = true;
        const int weeks = p.isSet(QStringLiteral("weeks")) ? p.value(QStringLiteral("weeks")).toInt(&ok) : 12;
        if (!ok || weeks < 1 || weeks > 5200)
            return c.fail(BadData, QStringLiteral("--weeks must be a whole number from 1 to 5200"));
        query.to = QDate::currentDate();
        query.from = query.to.addDays(-(7 * weeks - 1));
    }
    const QString bucket =
        p.isSet(QStringLiteral("bucket")) ? p.value(QStringLiteral("bucket")) : QStringLiteral("week");
    const auto size = bucketFromKey(bucket);
    if (!size)
        return c.fail(UsageError,
                      QStringLiteral("--bucket must be day, week or month, not '%1'").arg(bucket));
    query.bucket = *size;
    query.weekStart =
        Settings::forUser()->value(SettingKey::WeekStartsOnSunday).toBool() ? Qt::Sunday : Qt::Monday;
    for (const QString& region : p.values(QStringLiteral("region"))) {
        if (!c.atlas.region(region))
            return c.fail(BadData,
                          QStringLiteral("unknown region '%1' (see knotmap-cli regions)").arg(region));
    }
    query.filter = {p.values(QStringLiteral("region")), p.values(QStringLiteral("spot"))};
    const QString format =
        p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return c.fail(UsageError, QStringLiteral("--format must be json or csv, not '%1'").arg(format));

    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    for (const QString& key : query.filter.spotKeys) {
        if (!store->spotByKey(key))
            return c.fail(BadData, QStringLiteral("there is no spot '%1'").arg(key));
    }
    const TrendResult result = computeTrends(*store, query);
    if (!store->lastError().isEmpty())
        return c.fail(BadData, store->lastError());
    if (format == QLatin1String("csv"))
        c.out << QString::fromUtf8(trendsSeriesToCsv(result));
    else
        c.out << QString::fromUtf8(QJsonDocument(trendsToJson(result)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString loadError;
    const std::optional<BodyAtlas> atlas = BodyAtlas::loadStandard(&loadError);
    if (!atlas) {
        err << "knotmap-cli: " << loadError << Qt::endl;
        return BadData;
    }
    const auto value = [](const char* name, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
    };
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({value("db", "path"), value("format", "format"), value("region", "id"), value("x", "x"),
                       value("y", "y"), value("intensity", "n"), value("quality", "q"), value("note", "text"),
                       value("at", "time"), value("spot", "key"), value("from", "date"), value("to", "date"),
                       value("weeks", "n"), value("seed", "s"), value("bucket", "size"),
                       QCommandLineOption(QStringLiteral("help"))});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("knotmap-cli"));
    const Context context{parser, out, err, *atlas};
    if (!parser.parse(argv))
        return context.fail(UsageError, parser.errorText() + QLatin1Char('\n') + kUsage.trimmed());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kUsage;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(UsageError, (positional.isEmpty() ? QStringLiteral("no command given")
                                                              : QStringLiteral("one command at a time")) +
                                            QLatin1Char('\n') + kUsage.trimmed());

    // Each command names the options it accepts; any other is a usage error.
    const QHash<QString, std::pair<QStringList, std::function<int(const Context&)>>> commands = {
        {QStringLiteral("regions"), {{QStringLiteral("format")}, regionsCommand}},
        {QStringLiteral("add"),
         {{QStringLiteral("region"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("intensity"),
           QStringLiteral("quality"), QStringLiteral("note"), QStringLiteral("at"), QStringLiteral("spot")},
          addCommand}},
        {QStringLiteral("list"),
         {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format")}, listCommand}},
        {QStringLiteral("demo"), {{QStringLiteral("weeks"), QStringLiteral("seed")}, demoCommand}},
        {QStringLiteral("trends"),
         {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("weeks"), QStringLiteral("bucket"),
           QStringLiteral("region"), QStringLiteral("spot"), QStringLiteral("format")},
          trendsCommand}},
    };
    const auto command = commands.constFind(positional.constFirst());
    if (command == commands.constEnd())
        return context.fail(UsageError,
                            QStringLiteral("unknown command '%1'\n").arg(positional.constFirst()) +
                                kUsage.trimmed());
    for (const QString& option : parser.optionNames()) {
        if (option != QLatin1String("db") && !command->first.contains(option))
            return context.fail(
                UsageError, QStringLiteral("'%1' does not take --%2").arg(positional.constFirst(), option));
    }
    return command->second(context);
}

} // namespace knotmap::cli
