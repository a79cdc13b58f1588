#pragma once

#include "Rating.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace knotmap {

// A place on the body that the person tracks: a knot is a spot rated again on later days.
struct Spot
{
    qint64 id = 0;
    QString key;      // stable, human-readable: "upper-trapezius-left-1"
    QPointF position; // normalised to the diagram: x and y in [0, 1]
    QString region;   // atlas region id under the point
    QString label;    // optional name the person gave it
    qint64 createdUtc = 0;
    std::optional<qint64> archivedUtc;

    friend bool operator==(const Spot&, const Spot&) = default;
};

// A spot with every rating it holds: what a removal takes away and an undo puts back.
struct SpotSnapshot
{
    Spot spot;
    QList<Rating> ratings;
};

// Empty when valid; otherwise a sentence naming the problem.
QString validateSpotKey(const QString& key);
QString validatePosition(QPointF position);

// How a spot is told apart from others in its region: "2" for the key "rhomboids-left-2", or a custom key
// whole.
QString spotNumber(const Spot& spot);

} // namespace knotmap
