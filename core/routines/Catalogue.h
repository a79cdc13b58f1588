// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace knotmap {

enum class TechniqueKind { Pressure, Rolling, Stretch, Strengthen, Heat };
enum class Tool { None, Ball, Roller };

struct DoseRange
{
    int min = 0;
    int preferred = 0; // the catalogue's default
    int max = 0;
    bool contains(int value) const { return value >= min && value <= max; }
};

struct Technique
{
    QString id;
    QString name;
    TechniqueKind kind = TechniqueKind::Stretch;
    Tool tool = Tool::None;
    bool gentle = false; // suitable when pain is high
    DoseRange holdSeconds;
    DoseRange repeats;
    int restSeconds = 0;
    DoseRange timesPerDay;
    DoseRange daysPerWeek{7, 7, 7}; // strengthening: 2–3, with a rest day between
    // Older adults hold stretches longer (ACSM): from this age, if the person gave one, these holds apply.
    std::optional<int> olderFromAge;
    DoseRange olderHoldSeconds;
    QString how;
    QString aftercare; // what to expect afterwards: the soreness note on pressure work
    QStringList cautions;
    QStringList sources;

    bool pressesOnTissue() const { return kind == TechniqueKind::Pressure || kind == TechniqueKind::Rolling; }
    bool needsRestDays() const { return daysPerWeek.max < 7; }
    // The hold for a person of this age (none: not given).
    DoseRange holdFor(std::optional<int> age) const
    {
        return age && olderFromAge && *age >= *olderFromAge ? olderHoldSeconds : holdSeconds;
    }
};

// One technique as it applies to one muscle, with instructions for that muscle.
struct MuscleStep
{
    QString technique;
    QString how;
};

struct CatalogueSource
{
    QString id;
    QString citation;
    QString about;
};

// The self-release routines, per muscle (resources/routines/catalogue.json), with doses from published
// guidance. Loading checks every reference and range, so the planner can trust what it reads.
class RoutineCatalogue
{
public:
    static std::optional<RoutineCatalogue> fromJson(const QByteArray& json, const BodyAtlas& atlas,
                                                    QString* error = nullptr);
    static std::optional<RoutineCatalogue> loadStandard(const BodyAtlas& atlas, QString* error = nullptr);

    const QList<Technique>& techniques() const { return m_techniques; }
    const Technique* technique(const QString& id) const;
    QString
    techniqueName(const QString& id) const; // "Sustained finger pressure", or the id itself if unknown
    QList<MuscleStep> stepsFor(const QString& muscle) const { return m_steps.value(muscle); }
    const QList<CatalogueSource>& sources() const { return m_sources; }

private:
    QList<Technique> m_techniques;
    QHash<QString, QList<MuscleStep>> m_steps;
    QList<CatalogueSource> m_sources;
};

QString techniqueKindKey(TechniqueKind kind); // "pressure", ...
QString toolKey(Tool tool);                   // "none", "ball", "roller"
QString toolDisplayName(Tool tool);           // "Massage ball", "Foam roller": where the person chooses tools
std::optional<Tool> toolFromKey(const QString& key);

} // namespace knotmap
