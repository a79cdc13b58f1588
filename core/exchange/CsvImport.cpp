// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImport.h"

#include "Csv.h"
#include "RatingRows.h"
#include "domain/LocalDay.h"
#include "domain/Spot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace knotmap {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CsvImport", text);
}

std::optional<double> coordinate(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && value >= 0 && value <= 1 ? std::optional(value) : std::nullopt;
}

// Where a row puts its rating: a region's centre, a point, or a point that must lie in the named region.
struct Placement
{
    const AtlasRegion* region = nullptr;
    std::optional<QPointF> position;
    QString problem;
};

Placement placeOf(const QString& regionId, const QString& xText, const QString& yText, const BodyAtlas& atlas)
{
    Placement place;
    const bool hasX = !xText.trimmed().isEmpty(), hasY = !yText.trimmed().isEmpty();
    if (hasX != hasY)
        return {nullptr, std::nullopt, tr("x and y must both be given or both be empty")};
    if (hasX) {
        const auto x = coordinate(xText), y = coordinate(yText);
        if (!x || !y)
            return {nullptr, std::nullopt,
                    tr("x and y must be numbers from 0 to 1, not '%1' and '%2'").arg(xText, yText)};
        place.position = QPointF(*x, *y);
        place.region = atlas.hitTest(*place.position);
        if (!place.region)
            return {nullptr, std::nullopt, tr("point (%1, %2) is outside the body").arg(xText, yText)};
    }
    if (!regionId.isEmpty()) {
        const AtlasRegion* named = atlas.region(regionId);
        if (!named)
            return {nullptr, std::nullopt, tr("unknown region '%1'").arg(regionId)};
        // A point a rounding error over the edge of the region the file names is in that region.
        if (place.region && place.region != named && atlas.isNear(*place.position, named->id))
            place.region = named;
        // A file written before the atlas was redrawn names the region the point lay in then: the point
        // decides where the spot is now.
        if (place.region && place.region != named && !atlas.handedOver(named->id, place.region->id))
            return {nullptr, std::nullopt,
                    tr("region '%1' contradicts the point (%2, %3), which lies in '%4'")
                        .arg(regionId, xText, yText, place.region->id)};
        if (!place.position) {
            place.region = named;
            place.position = named->labelPoint;
        }
    } else if (!hasX) {
        return {nullptr, std::nullopt, tr("a row needs a region or a point (x, y)")};
    }
    return place;
}
} // namespace

std::optional<ImportData> parseRatingsCsv(const QByteArray& bytes, const BodyAtlas& atlas,
                                          ProblemList& problems)
{
    const CsvDocument csv = readCsv(bytes);
    if (csv.problem) {
        problems.add(csv.problem->line, csv.problem->message);
        return std::nullopt;
    }
    const QString header = csv.records.isEmpty() ? QString() : csv.records[0].fields.join(QLatin1Char(','));
    if (header != kRatingsCsvHeader && header != kRatingsCsvHeaderBefore5) {
        problems.add(csv.records.isEmpty() ? 1 : csv.records[0].line,
                     tr("the first line must be the header %1").arg(kRatingsCsvHeader));
        return std::nullopt;
    }
    const qsizetype fieldCount = csv.records[0].fields.size(); // 9, or 8 in a file from before spot UUIDs

    ImportData data;
    QHash<QString, qsizetype> spotIndex;
    QHash<QString, Placement> places;
    QSet<QString> validKeys;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const CsvRecord& record : csv.records.mid(1)) {
        const QStringList& f = record.fields;
        const int line = record.line;
        if (f.size() != fieldCount) {
            problems.add(line, tr("expected %1 fields, found %2").arg(fieldCount).arg(f.size()));
            continue;
        }
        const int before = problems.count();
        QString error;
        const auto at = RecordedTime::parseIso(f[0], &error);
        if (!at)
            problems.add(line, error);
        else if (QString problem = validateRecordedTime(*at, now); !problem.isEmpty())
            problems.add(line, problem);
        const QString uuid = fieldCount > 8 ? f[8].trimmed() : QString();
        if (!uuid.isEmpty()) {
            if (QString problem = validateSpotUuid(uuid); !problem.isEmpty())
                problems.add(line, problem);
        }
        const QString key = f[1].trimmed();
        if (!validKeys.contains(key)) {
            if (QString problem = validateSpotKey(key); !problem.isEmpty())
                problems.add(line, problem);
            else
                validKeys.insert(key);
        }

        // Where: a region, a point, or both agreeing. A file repeats the same few places for every rating
        // of a spot, so each distinct place is worked out once.
        const QString placeKey = f[2] + QLatin1Char('|') + f[3] + QLatin1Char('|') + f[4];
        auto place = places.constFind(placeKey);
        if (place == places.constEnd())
            place = places.insert(placeKey, placeOf(f[2].trimmed(), f[3], f[4], atlas));
        if (!place->problem.isEmpty())
            problems.add(line, place->problem);
        const AtlasRegion* region = place->region;
        const std::optional<QPointF> position = place->position;

        bool intensityOk = false;
        const int intensity = f[5].trimmed().toInt(&intensityOk);
        if (!intensityOk)
            problems.add(line, tr("pain score '%1' is not a whole number from 0 to 10").arg(f[5]));
        else if (QString problem = validateIntensity(intensity); !problem.isEmpty())
            problems.add(line, problem);
        const auto quality = qualityFromKey(f[6]);
        if (!quality)
            problems.add(line, tr("unknown quality '%1'").arg(f[6]));
        if (problems.count() != before || !at || !region || !quality || !intensityOk)
            continue;

        // The first row of a spot places it; later rows must agree on its region and its UUID.
        if (const auto known = spotIndex.constFind(key); known != spotIndex.constEnd()) {
            const ImportedSpot& spot = data.spots.at(*known);
            if (spot.region != region->id) {
                problems.add(line, tr("spot '%1' is in '%2' on an earlier line, but in '%3' here")
                                       .arg(key, spot.region, region->id));
                continue;
            }
            if (spot.uuid != uuid) {
                problems.add(line, tr("spot '%1' has another spot_uuid on an earlier line").arg(key));
                continue;
            }
        } else {
            spotIndex.insert(key, data.spots.size());
            data.spots.append({key, uuid, *position, region->id, {}, now, std::nullopt});
        }
        Rating rating;
        rating.recordedAt = *at;
        rating.intensity = intensity;
        rating.quality = *quality;
        rating.note = f[7];
        data.ratings.append({key, rating});
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return data;
}

} // namespace knotmap
