// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogue.h"

#include "i18n/TranslateIn.h"

#include "i18n/DataText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace knotmap {

namespace {

struct Failure
{
    QString message;
};

QString text(const QJsonObject& object, const char* key, const QString& where)
{
    const QString value = object.value(QLatin1String(key)).toString().trimmed();
    if (value.isEmpty())
        throw Failure{translateIn("RoutineCatalogue", "%1 has no %2").arg(where, QLatin1String(key))};
    return value;
}

DoseRange range(const QJsonObject& object, const char* key, const QString& where)
{
    const QJsonObject r = object.value(QLatin1String(key)).toObject();
    const DoseRange dose{r.value(QLatin1String("min")).toInt(-1), r.value(QLatin1String("default")).toInt(-1),
                         r.value(QLatin1String("max")).toInt(-1)};
    if (dose.min < 0 || dose.min > dose.preferred || dose.preferred > dose.max || dose.max == 0)
        throw Failure{
            translateIn("RoutineCatalogue", "%1 has an impossible %2 range").arg(where, QLatin1String(key))};
    return dose;
}

template <typename Enum>
Enum oneOf(const QString& value, const QList<std::pair<const char*, Enum>>& choices, const QString& where)
{
    for (const auto& [key, choice] : choices) {
        if (value == QLatin1String(key))
            return choice;
    }
    throw Failure{translateIn("RoutineCatalogue", "%1 has an unknown value '%2'").arg(where, value)};
}

const QList<std::pair<const char*, TechniqueKind>> kKinds = {{"pressure", TechniqueKind::Pressure},
                                                             {"rolling", TechniqueKind::Rolling},
                                                             {"stretch", TechniqueKind::Stretch},
                                                             {"strengthen", TechniqueKind::Strengthen},
                                                             {"heat", TechniqueKind::Heat}};
const QList<std::pair<const char*, Tool>> kTools = {
    {"none", Tool::None}, {"ball", Tool::Ball}, {"roller", Tool::Roller}};

} // namespace

QString techniqueKindKey(TechniqueKind kind)
{
    for (const auto& [key, value] : kKinds) {
        if (value == kind)
            return QLatin1String(key);
    }
    return {};
}

QString toolDisplayName(Tool tool)
{
    switch (tool) {
    case Tool::Ball:
        return QCoreApplication::translate("RoutineCatalogue", "Massage ball");
    case Tool::Roller:
        return QCoreApplication::translate("RoutineCatalogue", "Foam roller");
    case Tool::None:
        break;
    }
    return QCoreApplication::translate("RoutineCatalogue", "No tool");
}

QString toolKey(Tool tool)
{
    for (const auto& [key, value] : kTools) {
        if (value == tool)
            return QLatin1String(key);
    }
    return {};
}

std::optional<Tool> toolFromKey(const QString& key)
{
    for (const auto& [name, value] : kTools) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

std::optional<RoutineCatalogue> RoutineCatalogue::fromJson(const QByteArray& json, const BodyAtlas& atlas,
                                                           QString* error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    RoutineCatalogue catalogue;
    try {
        if (!document.isObject())
            throw Failure{translateIn("RoutineCatalogue", "the routine catalogue is not valid JSON: %1")
                              .arg(parseError.errorString())};
        const QJsonObject root = document.object();
        if (root.value(QLatin1String("version")).toInt() != 1)
            throw Failure{translateIn("RoutineCatalogue", "the routine catalogue has an unknown version")};

        QSet<QString> sourceIds;
        for (const QJsonValue& item : root.value(QLatin1String("sources")).toArray()) {
            const QJsonObject o = item.toObject();
            const CatalogueSource source{text(o, "id", translateIn("RoutineCatalogue", "a source")),
                                         text(o, "citation", translateIn("RoutineCatalogue", "a source")),
                                         dataText("Catalogue", o.value(QLatin1String("about")).toString())};
            sourceIds.insert(source.id);
            catalogue.m_sources.append(source);
        }

        QSet<QString> techniqueIds;
        for (const QJsonValue& item : root.value(QLatin1String("techniques")).toArray()) {
            const QJsonObject o = item.toObject();
            Technique t;
            t.id = text(o, "id", translateIn("RoutineCatalogue", "a technique"));
            const QString where = translateIn("RoutineCatalogue", "technique '%1'").arg(t.id);
            if (!idPattern.match(t.id).hasMatch() || techniqueIds.contains(t.id))
                throw Failure{
                    translateIn("RoutineCatalogue", "%1 has a malformed or repeated id").arg(where)};
            t.name = dataText("Catalogue", text(o, "name", where));
            t.kind = oneOf(text(o, "kind", where), kKinds, where);
            t.tool = oneOf(text(o, "tool", where), kTools, where);
            t.gentle = o.value(QLatin1String("gentle")).toBool();
            t.holdSeconds = range(o, "hold_s", where);
            t.repeats = range(o, "repeats", where);
            t.restSeconds = o.value(QLatin1String("rest_s")).toInt(-1);
            if (t.restSeconds < 0)
                throw Failure{translateIn("RoutineCatalogue", "%1 has no rest time").arg(where)};
            t.timesPerDay = range(o, "times_per_day", where);
            if (o.contains(QLatin1String("days_per_week"))) {
                t.daysPerWeek = range(o, "days_per_week", where);
                if (t.daysPerWeek.max > 7)
                    throw Failure{
                        translateIn("RoutineCatalogue", "%1 has more than 7 days a week").arg(where)};
            }
            if (o.contains(QLatin1String("older_adults"))) {
                const QJsonObject older = o.value(QLatin1String("older_adults")).toObject();
                t.olderFromAge = older.value(QLatin1String("from_age")).toInt(-1);
                if (*t.olderFromAge < 18 || *t.olderFromAge > 120)
                    throw Failure{translateIn("RoutineCatalogue", "%1 has an impossible age for older adults")
                                      .arg(where)};
                t.olderHoldSeconds = range(older, "hold_s", where);
            }
            t.how = dataText("Catalogue", text(o, "how", where));
            t.aftercare = dataText("Catalogue", o.value(QLatin1String("aftercare")).toString().trimmed());
            if (t.pressesOnTissue() && t.aftercare.isEmpty())
                throw Failure{translateIn("RoutineCatalogue",
                                          "%1 presses on tissue but says nothing about soreness afterwards")
                                  .arg(where)};
            for (const QJsonValue& caution : o.value(QLatin1String("cautions")).toArray())
                t.cautions.append(dataText("Catalogue", caution.toString()));
            for (const QJsonValue& source : o.value(QLatin1String("sources")).toArray()) {
                if (!sourceIds.contains(source.toString()))
                    throw Failure{translateIn("RoutineCatalogue", "%1 cites an unknown source '%2'")
                                      .arg(where, source.toString())};
                t.sources.append(source.toString());
            }
            techniqueIds.insert(t.id);
            catalogue.m_techniques.append(t);
        }

        for (const QJsonValue& item : root.value(QLatin1String("muscles")).toArray()) {
            const QJsonObject o = item.toObject();
            const QString muscle = text(o, "muscle", translateIn("RoutineCatalogue", "a muscle"));
            if (catalogue.m_steps.contains(muscle))
                throw Failure{translateIn("RoutineCatalogue", "the routine catalogue lists muscle '%1' twice")
                                  .arg(muscle)};
            QList<MuscleStep> steps;
            for (const QJsonValue& stepValue : o.value(QLatin1String("steps")).toArray()) {
                const QJsonObject s = stepValue.toObject();
                const MuscleStep step{text(s, "technique", muscle),
                                      dataText("Catalogue", text(s, "how", muscle))};
                if (!techniqueIds.contains(step.technique))
                    throw Failure{
                        translateIn("RoutineCatalogue", "muscle '%1' uses an unknown technique '%2'")
                            .arg(muscle, step.technique)};
                steps.append(step);
            }
            if (steps.isEmpty())
                throw Failure{translateIn("RoutineCatalogue", "muscle '%1' has no steps").arg(muscle)};
            catalogue.m_steps.insert(muscle, steps);
        }
        // Every muscle a person can mark must have something to do.
        for (const AtlasRegion& region : atlas.regions()) {
            if (!catalogue.m_steps.contains(region.muscle))
                throw Failure{translateIn("RoutineCatalogue", "the routine catalogue has nothing for '%1'")
                                  .arg(region.muscle)};
        }
    } catch (const Failure& failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    }
    return catalogue;
}

std::optional<RoutineCatalogue> RoutineCatalogue::loadStandard(const BodyAtlas& atlas, QString* error)
{
    QFile file(QStringLiteral(":/knotmap/routines/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = translateIn("RoutineCatalogue",
                                 "the routine catalogue is missing from the program's resources");
        return std::nullopt;
    }
    return fromJson(file.readAll(), atlas, error);
}

QString RoutineCatalogue::techniqueName(const QString& id) const
{
    const Technique* t = technique(id);
    return t ? t->name : id;
}

const Technique* RoutineCatalogue::technique(const QString& id) const
{
    for (const Technique& t : m_techniques) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace knotmap
