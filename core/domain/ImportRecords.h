// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an import brings, checked and ready for one storage transaction. Storage writes these; the exchange
// parsers (core/exchange) fill them.

#include "domain/LoggedStep.h"
#include "domain/Rating.h"
#include "domain/ShownFlag.h"
#include "domain/Spot.h"

#include <QByteArrayView>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace knotmap {

// Everything a file brings, checked and ready for one transaction. Inside a file, spots are named by key;
// across files and databases a spot is known by its UUID (empty in files made before KnotMap had them).
struct ImportedSpot
{
    QString key;
    QString uuid;
    QPointF position;
    QString region;
    QString label;
    qint64 createdUtc = 0;
    std::optional<qint64> archivedUtc;
    SpotKind kind = SpotKind::Knot; // files from before felt pain hold only knots
};

// "knot" or "felt", as the database and every file spell a spot's kind.
inline QString spotKindKey(SpotKind kind)
{
    return kind == SpotKind::Felt ? QStringLiteral("felt") : QStringLiteral("knot");
}
inline std::optional<SpotKind> spotKindFromKey(const QString& key)
{
    if (key == QLatin1String("knot"))
        return SpotKind::Knot;
    if (key == QLatin1String("felt"))
        return SpotKind::Felt;
    return std::nullopt;
}

// A felt-pain link as a file carries it: both spots by UUID, each in the file or already in the database.
struct ImportedLink
{
    QString feltUuid;
    QString knotUuid;
    qint64 linkedUtc = 0;
};

struct ImportedRating
{
    QString spotKey;
    Rating rating; // spotId unset
};

struct ImportedStep
{
    QString spotKey; // empty for a step on a region
    LoggedStep step; // spotId unset
};

// A rating read from a file as the import streams it, never kept: its spot by position in
// ImportData::spots, its note as the file's UTF-8 bytes.
struct StreamedRating
{
    qsizetype spot = 0;
    RecordedTime at;
    int intensity = 0;
    Quality quality = Quality::None;
    QByteArrayView note;
};
using RatingSink = std::function<void(const StreamedRating&)>;
// Sends the rest of an import's ratings to the sink, inside the import's transaction; returns a problem
// (and the whole import is undone) or an empty string.
using RatingSource = std::function<QString(const RatingSink&)>;

struct ImportData
{
    QList<ImportedSpot> spots;
    QList<ImportedRating> ratings;
    QList<ImportedStep> routineLog;
    QList<ImportedLink> links;           // only from KnotMap JSON
    QList<ShownFlag> flagsShown;         // only from KnotMap JSON
    QList<FlagClearance> flagClearances; // only from KnotMap JSON
    QVariantMap settings;                // by settings key name, only from KnotMap JSON
};

struct ImportCounts
{
    int spotsAdded = 0;
    int spotsRekeyed = 0; // added under a new key, because another knot here already had theirs
    int ratingsAdded = 0;
    int ratingsSkipped = 0; // already in the database
    int stepsAdded = 0;
    int stepsSkipped = 0;
    int linksAdded = 0;
    int linksSkipped = 0; // already in the database
};

// Called as work proceeds; returning false cancels, and nothing is left behind.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace knotmap
