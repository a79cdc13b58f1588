// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli trends.
#include "CliSupport.h"
#include "i18n/TranslateIn.h"

#include "analysis/Trends.h"
#include "settings/Settings.h"

#include <QJsonDocument>

namespace knotmap::cli {

int trendsCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    TrendQuery query;
    const bool byDates = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    if (byDates && p.isSet(QStringLiteral("weeks")))
        return c.fail(UsageError, translateIn("Cli", "give --from and --to, or --weeks, not both"));
    if (byDates) {
        int code = Success;
        const auto range = c.dateRange(&code);
        if (!range)
            return code;
        query.from = range->first;
        query.to = range->second;
    } else {
        bool ok = true;
        const int weeks = p.isSet(QStringLiteral("weeks")) ? p.value(QStringLiteral("weeks")).toInt(&ok) : 12;
        if (!ok || weeks < 1 || weeks > 5200)
            return c.fail(BadData, translateIn("Cli", "--weeks must be a whole number from 1 to 5200"));
        query.to = QDate::currentDate();
        query.from = query.to.addDays(-(7 * weeks - 1));
    }
    const QString bucket =
        p.isSet(QStringLiteral("bucket")) ? p.value(QStringLiteral("bucket")) : QStringLiteral("week");
    const auto size = bucketFromKey(bucket);
    if (!size)
        return c.fail(UsageError,
                      translateIn("Cli", "--bucket must be day, week or month, not '%1'").arg(bucket));
    query.bucket = *size;
    query.weekStart =
        Settings::forUser()->value(SettingKey::WeekStartsOnSunday).toBool() ? Qt::Sunday : Qt::Monday;
    for (const QString& region : p.values(QStringLiteral("region"))) {
        if (!c.atlas.region(region))
            return c.fail(BadData,
                          translateIn("Cli", "unknown region '%1' (see knotmap-cli regions)").arg(region));
    }
    query.filter = {p.values(QStringLiteral("region")), p.values(QStringLiteral("spot"))};
    int code = Success;
    const auto format =
        c.format(QStringLiteral("json"), {QStringLiteral("json"), QStringLiteral("csv")}, &code);
    if (!format)
        return code;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    for (const QString& key : query.filter.spotKeys) {
        if (!store->spotByKey(key))
            return c.fail(BadData, translateIn("Cli", "there is no spot '%1'").arg(key));
    }
    const TrendResult result = computeTrends(*store, query);
    if (!c.readProblem.isEmpty())
        return c.fail(BadData, c.readProblem);
    if (*format == QLatin1String("csv"))
        c.out << QString::fromUtf8(trendsSeriesToCsv(result));
    else
        c.out << QString::fromUtf8(QJsonDocument(trendsToJson(result)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace knotmap::cli
