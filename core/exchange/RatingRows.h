#pragma once

#include "domain/Rating.h"

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
    QString spot;   // stable spot key
    QString region; // atlas id
    QPointF position;
    int intensity = 0;
    Quality quality = Quality::None;
    QString note;
};

// Ratings whose local date lies in [from, to] (invalid dates leave that end open), oldest first.
QList<RatingRow> ratingRows(const KnotStore& store, QDate from = {}, QDate to = {});

// recorded_at,spot,region,x,y,intensity,quality,note — RFC 4180: CRLF line ends, quotes where needed.
QByteArray ratingRowsToCsv(const QList<RatingRow>& rows);
QString csvField(const QString& value);
// [{"recorded_at", "spot", "region", "x", "y", "intensity", "quality", "note"}], quality null when not given.
QJsonArray ratingRowsToJson(const QList<RatingRow>& rows);

} // namespace knotmap
