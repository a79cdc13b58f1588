// SPDX-License-Identifier: GPL-3.0-or-later
// Felt pain in the plan (issue 12): felt pain is never a place to press; it is treated through the knots
// that may refer it, the ones the person linked to it first, then tender knots where its pain is often
// felt from. Felt pain with numbness, tingling or shooting pain stays a red flag and is not read as referred.
#pragma once

#include "PlanWeek.h"
#include "RedFlags.h"

#include <QHash>
#include <QStringList>

namespace knotmap {

// A knot that the plan puts first because of felt pain.
struct FeltSource
{
    int priority = 0; // 0 first: in the order the felt pain and its sources were found
    QString why;      // "Pain at the left temple is often felt from the left upper trapezius; ..."
};

struct FeltPainInPlan
{
    QHash<qint64, FeltSource> sources; // knot spot id -> why it comes first
    QStringList hints;                 // felt pain with no tender knot to treat yet: where to search
};

// A knot is tender for this when its latest score or its mean this week is at least this: the moderate and
// severe bands, where the planner works on the knot itself rather than only strengthening around it.
inline constexpr int kTenderScore = 4;

// `weeks` as lastWeek gives them; `notices` as findRedFlags gives them for the same day.
FeltPainInPlan feltPainInPlan(const KnotStore& store, const QList<SpotWeek>& weeks,
                              const QList<ProfessionalNotice>& notices);

// "at the left temple", "behind the left eye", "between the shoulder blades, left side".
QString atPlace(const QString& placeName);

} // namespace knotmap
