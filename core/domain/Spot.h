// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rating.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace knotmap {

// What a spot records: a knot (pressing there hurts; always on the back view, region = a muscle region) or
// felt pain (it hurts there; region = a pain area of core/atlas/Referral.h, on the view that shows the area).
enum class SpotKind { Knot, Felt };

// A place on the body that the person tracks: a knot is a spot rated again on later days.
struct Spot
{
    qint64 id = 0;
    QString key;      // unique in its database, human-readable: "upper-trapezius-left-1"
    QString uuid;     // the same knot in every file and backup: "6f1c…", lower-case, 36 characters
    QPointF position; // normalised to the diagram: x and y in [0, 1]
    QString region;   // atlas region id under the point; for felt pain, the pain area id ("temple-left")
    QString label;    // optional name the person gave it
    qint64 createdUtc = 0;
    std::optional<qint64> archivedUtc;
    SpotKind kind = SpotKind::Knot; // last, so brace initialisers written before felt pain still hold

    friend bool operator==(const Spot&, const Spot&) = default;
};

// "This knot may explain that felt pain": the person's own link, shown beside both and in the report.
struct SpotLink
{
    qint64 feltSpotId = 0;
    qint64 knotSpotId = 0;
    qint64 linkedUtc = 0;

    friend bool operator==(const SpotLink&, const SpotLink&) = default;
};

// A spot with every rating it holds: what a removal takes away and an undo puts back.
struct SpotSnapshot
{
    Spot spot;
    QList<Rating> ratings;
    QList<qint64> routineStepIds; // routine log rows that named the spot; a removal unlinks them
    QList<SpotLink> links;        // felt-pain links the spot took part in; a removal takes them too
};

// Empty when valid; otherwise a sentence naming the problem.
QString validateSpotKey(const QString& key);
QString validatePosition(QPointF position);
QString validateSpotUuid(const QString& uuid); // 8-4-4-4-12 lower-case hex digits
QString newSpotUuid();

// How a spot is told apart from others in its region: "2" for the key "rhomboids-left-2", or a custom key
// whole.
QString spotNumber(const Spot& spot);
// How the window names a spot among its region's: the person's label, or "Knot 2" ("Felt pain 2" for felt
// pain), never the key, which is for scripts.
QString spotShortName(const Spot& spot);

} // namespace knotmap
