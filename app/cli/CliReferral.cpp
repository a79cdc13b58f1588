// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli refer: where a knot's pain may be felt, and which knots may cause pain felt in an area.
// The words say "may" and "often felt from", never "comes from": the patterns are expert descriptions.
#include "CliSupport.h"
#include "domain/ShownText.h"
#include "i18n/TranslateIn.h"

#include "atlas/Referral.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace knotmap::cli {

namespace {

// Six decimals, as stored points are: the mirrored side's 1 - x prints as 0.691, not 0.6910000000000001.
double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

QString sideSuffix(BodySide side)
{
    return side == BodySide::Left ? QStringLiteral("-left") : QStringLiteral("-right");
}

int referRegion(const Context& c, const ReferralAtlas& referral, const QString& id, bool json)
{
    const AtlasRegion* region = c.atlas.region(id);
    if (!region)
        return c.fail(BadData, translateIn("Cli", "unknown region '%1' (see knotmap-cli regions)").arg(id));
    const QStringList felt = referral.feltIn(id);
    // The muscles whose patterns are behind the answer: the region's own, then any whose usual knot lies
    // in this region of the map (latissimus dorsi's in teres major).
    QStringList muscles;
    QStringList sources;
    for (const MuscleReferral& muscle : referral.muscles()) {
        bool lies = muscle.muscle == region->muscle;
        for (const KnotSite& site : muscle.knots)
            lies = lies || site.muscle == region->muscle;
        if (!lies)
            continue;
        if (muscle.muscle == region->muscle)
            muscles.prepend(muscle.muscle);
        else
            muscles.append(muscle.muscle);
        for (const QString& source : muscle.sources) {
            if (!sources.contains(source))
                sources.append(source);
        }
    }
    QStringList names;
    for (const QString& area : felt)
        names.append(referral.area(area)->name);
    if (json) {
        QJsonObject object;
        object.insert(QStringLiteral("region"), id);
        object.insert(QStringLiteral("felt_in"), QJsonArray::fromStringList(felt));
        object.insert(QStringLiteral("felt_in_names"), QJsonArray::fromStringList(names));
        object.insert(QStringLiteral("muscles"), QJsonArray::fromStringList(muscles));
        object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
        c.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (felt.isEmpty()) {
        c.out << region->name
              << translateIn("Cli",
                             ": KnotMap's sources describe no pattern of referred pain for a knot here.\n");
        return Success;
    }
    c.out << region->name
          << translateIn("Cli", ": a knot here may send pain to these areas, nearest first:\n");
    for (const QString& name : names)
        c.out << "  " << name << '\n';
    for (const QString& muscle : muscles) {
        if (muscle != region->muscle)
            c.out << translateIn("Cli", "This includes the pattern of the ")
                  << lowerFirst(c.atlas.regionName(muscle + sideSuffix(region->side)))
                  << translateIn("Cli", ", whose usual knot lies here on the map.\n");
    }
    c.out << translateIn("Cli", "These are common patterns, not a diagnosis. Sources: ")
          << sources.join(QStringLiteral(", ")) << translateIn("Cli", " (see docs/sources.md).\n");
    return Success;
}

int referArea(const Context& c, const ReferralAtlas& referral, const QString& id, bool json)
{
    const PainArea* area = referral.area(id);
    if (!area)
        return c.fail(BadData,
                      translateIn("Cli", "unknown pain area '%1' (ids look like temple-left, sacrum; see "
                                         "knotmap-cli areas)")
                          .arg(id));
    const QList<ReferralCandidate> candidates = referral.candidates(id);
    if (json) {
        QJsonArray array;
        for (const ReferralCandidate& candidate : candidates) {
            QJsonObject object;
            object.insert(QStringLiteral("region"), candidate.region);
            object.insert(QStringLiteral("rank"), candidate.rank);
            object.insert(QStringLiteral("search_at"),
                          QJsonArray{rounded(candidate.searchAt.x()), rounded(candidate.searchAt.y())});
            object.insert(QStringLiteral("muscle"), candidate.muscle);
            object.insert(QStringLiteral("often"), candidate.often);
            object.insert(QStringLiteral("imitates_nerve_pain"), candidate.imitatesNervePain);
            array.append(object);
        }
        QJsonObject object;
        object.insert(QStringLiteral("area"), id);
        object.insert(QStringLiteral("name"), area->name);
        object.insert(QStringLiteral("view"), area->view);
        object.insert(QStringLiteral("candidates"), array);
        c.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    c.out << area->name
          << ": pain here is often felt from a knot in one of these muscles, the likeliest first (possible "
             "sources, not a diagnosis):\n";
    bool nerveLike = false;
    for (const ReferralCandidate& candidate : candidates) {
        const BodySide side = c.atlas.region(candidate.region)->side;
        const QString muscleName = c.atlas.regionName(candidate.muscle + sideSuffix(side));
        c.out << "  " << candidate.rank << ". " << muscleName;
        if (!candidate.often)
            c.out << translateIn("Cli", " (only sometimes felt here)");
        if (candidate.region != candidate.muscle + sideSuffix(side))
            c.out << translateIn("Cli", ": its usual knot lies in the ")
                  << lowerFirst(c.atlas.regionName(candidate.region)) << translateIn("Cli", " on the map");
        c.out << translateIn("Cli", "; search near (") << rounded(candidate.searchAt.x()) << ", "
              << rounded(candidate.searchAt.y()) << ")";
        if (candidate.imitatesNervePain)
            c.out << " *";
        c.out << '\n';
        nerveLike = nerveLike || candidate.imitatesNervePain;
    }
    if (nerveLike)
        c.out << translateIn("Cli", "* Marked patterns can look like a nerve problem. Numbness, tingling, "
                                    "weakness or shooting pain is a reason to see a professional, not a knot "
                                    "to press.\n");
    return Success;
}

} // namespace

int referCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    const bool byRegion = p.isSet(QStringLiteral("region"));
    const bool byArea = p.isSet(QStringLiteral("area"));
    if (byRegion == byArea)
        return c.fail(
            UsageError, translateIn("Cli", "refer needs --region ID or --area ID, one of them"),
            translateIn("Cli", "usage: knotmap-cli refer (--region ID | --area ID) [--format text|json]"));
    int code = Success;
    const auto format =
        c.format(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")}, &code);
    if (!format)
        return code;
    QString error;
    const std::optional<ReferralAtlas> referral = ReferralAtlas::loadStandard(&error);
    if (!referral)
        return c.fail(BadData, error);
    const bool json = *format == QLatin1String("json");
    return byRegion ? referRegion(c, *referral, p.value(QStringLiteral("region")), json)
                    : referArea(c, *referral, p.value(QStringLiteral("area")), json);
}

} // namespace knotmap::cli

namespace knotmap::cli {

// knotmap-cli link --felt KEY --knot KEY [--remove]: the person says a knot may explain felt pain (or takes
// it back), as the window's referral panel does. Keys or UUIDs; one transaction; refusals name the problem.
int linkCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    if (!p.isSet(QStringLiteral("felt")) || !p.isSet(QStringLiteral("knot")))
        return c.fail(UsageError, translateIn("Cli", "link needs --felt KEY and --knot KEY"),
                      translateIn("Cli", "usage: knotmap-cli link --felt KEY --knot KEY [--remove]"));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const auto find = [&store](const QString& name) {
        std::optional<Spot> spot = store->spotByKey(name);
        return spot ? spot : store->spotByUuid(name);
    };
    const std::optional<Spot> felt = find(p.value(QStringLiteral("felt")));
    const std::optional<Spot> knot = find(p.value(QStringLiteral("knot")));
    if (!felt || !knot)
        return c.fail(BadData, QStringLiteral("no spot '%1'")
                                   .arg(p.value(!felt ? QStringLiteral("felt") : QStringLiteral("knot"))));
    const bool remove = p.isSet(QStringLiteral("remove"));
    if (remove) {
        if (const auto removed = store->unlinkSpots(felt->id, knot->id); !removed)
            return c.fail(BadData, removed.error());
    } else if (const Result<void> linked = store->linkSpots(felt->id, knot->id); !linked) {
        return c.fail(BadData, linked.error());
    }
    return c.succeed(remove ? translateIn("Cli", "Unlinked %1 from %2").arg(knot->key, felt->key)
                            : translateIn("Cli", "Linked %1 to %2: that knot may explain this pain")
                                  .arg(knot->key, felt->key));
}

} // namespace knotmap::cli
