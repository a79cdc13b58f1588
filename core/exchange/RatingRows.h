// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Rating.h"
#include "domain/Spot.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace knotmap {

class KnotStore;

// One rating with its spot, flattened: the shape of `knotmap-cli list` and of the CSV files.
struct RatingRow
{
    RecordedTime recordedAt;
    QString spot;     // the spot's key, a readable label
    QString spotUuid; // the same knot in every file and database
    QString region;   // atlas id
    QPointF position;
    int intensity = 0;
    Quality quality = Quality::None;
    QString note;
    SpotKind kind = SpotKind::Knot;
};

// Ratings whose local date lies in [from, to] (invalid dates leave that end open), oldest first.
QList<RatingRow> ratingRows(const KnotStore& store, QDate from = {}, QDate to = {});

// The one header of KnotMap's ratings CSV, and the ones older files carry (still imported, as knots).
extern const QString kRatingsCsvHeader; // recorded_at,spot,region,x,y,intensity,quality,note,spot_uuid,kind
extern const QString kRatingsCsvHeaderBefore8; // the same without kind (before felt pain)
extern const QString kRatingsCsvHeaderBefore5; // the same without spot_uuid
// RFC 4180: CRLF line ends, quotes where needed.
QByteArray ratingRowsToCsv(const QList<RatingRow>& rows);
QString csvField(const QString& value);
// A coordinate as the shortest text that reads back as exactly the same number, so a re-import lands on the
// same point, in the same region, however close to an edge.
QString coordinateText(qreal value);
// [{"recorded_at", "spot", "region", "x", "y", "intensity", "quality", "note", "spot_uuid", "kind"}], quality
// null when not given.
QJsonArray ratingRowsToJson(const QList<RatingRow>& rows);

} // namespace knotmap
