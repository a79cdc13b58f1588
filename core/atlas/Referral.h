// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BodyAtlas.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace knotmap {

// A place where pain is felt, as a person would name it ("Left temple"). Felt pain is recorded on the view
// that shows the area; a knot is always on the back view. Ids are stable: they are stored and exported.
struct PainArea
{
    QString id;   // "temple-left"; the one midline area has no suffix: "sacrum"
    QString key;  // "temple": the vocabulary entry, shared by both sides
    QString name; // "Left temple", "Behind the right eye", "Sacrum"
    QString view; // "back" or "front"
    std::optional<BodySide> side;
};

// Where one muscle's knot may send its pain, per the published patterns cited in docs/sources.md.
struct ReferralZone
{
    QString area;      // vocabulary key, "temple"
    bool often = true; // the usual zone; false: a spill felt only sometimes
};

struct KnotSite
{
    QString name;   // "the middle of the free upper edge of the neck-shoulder ridge"
    QString muscle; // atlas muscle key of the region the point lies in (not always the muscle's own)
    QPointF at;     // back-view point on the person's left; the right is the mirror image
    QList<ReferralZone> felt; // nearest to the knot first
};

struct MuscleReferral
{
    QString muscle;      // atlas muscle key, "upper-trapezius"
    QStringList sources; // keys into docs/sources.md
    QList<KnotSite> knots;
    bool imitatesNervePain = false; // its pattern can look like a nerve root: never a reason to reassure
};

// One muscle that may cause pain felt in an area, and where on the back view to search for its knot.
struct ReferralCandidate
{
    QString region;    // atlas region holding searchAt, "upper-trapezius-left"; not always the muscle's own:
                       // latissimus dorsi's usual knot lies in "teres-major-left" on this map
    QString muscle;    // the muscle that may refer the pain, "latissimus-dorsi"
    int rank = 0;      // 1 = most likely first
    QPointF searchAt;  // back-view point of the usual knot site, on the region's side
    bool often = true; // the area is in the muscle's usual zone, not a spill
    bool imitatesNervePain = false;

    // The muscle's own region on the candidate's side, "latissimus-dorsi-left"; `region` may be a
    // neighbour's.
    QString muscleRegion() const { return muscle + region.mid(region.lastIndexOf(QLatin1Char('-'))); }
};

// KnotMap's table of referred pain: the felt-pain vocabulary and each muscle's knot sites and zones.
class ReferralAtlas
{
public:
    static std::optional<ReferralAtlas> fromJson(const QByteArray& json, QString* error = nullptr);
    static std::optional<ReferralAtlas> loadStandard(QString* error = nullptr); // from the resources

    const QList<PainArea>& areas() const { return m_areas; } // every side of every area, vocabulary order
    const PainArea* area(const QString& id) const;
    const QList<MuscleReferral>& muscles() const { return m_muscles; } // most often involved first
    const MuscleReferral* muscle(const QString& muscleKey) const;

    // "Where may this knot's pain be felt?" Area ids on the region's side (and the midline): first the
    // region's own muscle's zones, nearest first, then those of other muscles whose usual knot site lies in
    // this region of the map (a knot in "teres-major-left" may be latissimus dorsi's). Empty for a region
    // with no published pattern, or an id that is not a sided region.
    QStringList feltIn(const QString& regionId) const;
    // "Which knots may cause pain felt here?" One candidate per muscle and side, ranked: same side first
    // (both alike for the midline), then usual zones before spills, then the order muscles are most often
    // involved. Nearness (the area's place in a knot site's list) picks which of a muscle's sites to search.
    // Empty for an unknown area id.
    QList<ReferralCandidate> candidates(const QString& areaId) const;

private:
    QList<PainArea> m_areas;
    QHash<QString, int> m_areaIndex;
    QList<MuscleReferral> m_muscles;
    QHash<QString, int> m_muscleIndex;
};

} // namespace knotmap
