// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImport.h"

#include "i18n/TranslateIn.h"

#include "CsvStream.h"
#include "RatingRows.h"
#include "domain/LocalDay.h"
#include "domain/Spot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace knotmap {

namespace {

std::optional<double> coordinate(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && value >= 0 && value <= 1 ? std::optional(value) : std::nullopt;
}

// 1900-01-01T00:00:00 as seconds since 1970: a local time from then on needs no closer look.
constexpr qint64 kFirstSecond1900 = -2208988800;

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
        return {nullptr, std::nullopt,
                translateIn("CsvImport", "x and y must both be given or both be empty")};
    if (hasX) {
        const auto x = coordinate(xText), y = coordinate(yText);
        if (!x || !y)
            return {nullptr, std::nullopt,
                    translateIn("CsvImport", "x and y must be numbers from 0 to 1, not '%1' and '%2'")
                        .arg(xText, yText)};
        place.position = QPointF(*x, *y);
        place.region = atlas.hitTest(*place.position);
        if (!place.region)
            return {nullptr, std::nullopt,
                    translateIn("CsvImport", "point (%1, %2) is outside the body").arg(xText, yText)};
    }
    if (!regionId.isEmpty()) {
        const AtlasRegion* named = atlas.region(regionId);
        if (!named)
            return {nullptr, std::nullopt, translateIn("CsvImport", "unknown region '%1'").arg(regionId)};
        // A point a rounding error over the edge of the region the file names is in that region.
        if (place.region && place.region != named && atlas.isNear(*place.position, named->id))
            place.region = named;
        // A file written before the atlas was redrawn names the region the point lay in then: the point
        // decides where the spot is now.
        if (place.region && place.region != named && !atlas.handedOver(named->id, place.region->id))
            return {nullptr, std::nullopt,
                    translateIn("CsvImport", "region '%1' contradicts the point (%2, %3), which lies in '%4'")
                        .arg(regionId, xText, yText, place.region->id)};
        if (!place.position) {
            place.region = named;
            place.position = named->labelPoint;
        }
    } else if (!hasX) {
        return {nullptr, std::nullopt, translateIn("CsvImport", "a row needs a region or a point (x, y)")};
    }
    return place;
}

// Felt pain's place: a known pain area and a point on that area's own view (perhaps the front), which the
// back view's regions say nothing about. The area has no centre here, so the point must be given.
struct FeltPlacement
{
    QString area;
    QPointF position;
    QString problem;
};

FeltPlacement feltPlaceOf(const QString& areaId, const QString& xText, const QString& yText,
                          const ReferralAtlas& painAreas)
{
    if (!painAreas.area(areaId))
        return {{}, {}, translateIn("CsvImport", "felt pain needs a known pain area, not '%1'").arg(areaId)};
    const auto x = coordinate(xText), y = coordinate(yText);
    if (!x || !y)
        return {{},
                {},
                translateIn("CsvImport", "felt pain needs its point: x and y from 0 to 1, not '%1' and '%2'")
                    .arg(xText, yText)};
    return {areaId, QPointF(*x, *y), {}};
}
} // namespace

namespace {
QString text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

// The checks of one row at a time, with what earlier rows taught: places, keys and qualities repeat on every
// row of a spot, so each distinct one is worked out once.
class RowChecker
{
public:
    RowChecker(const BodyAtlas& atlas, ProblemList& problems, qsizetype fieldCount)
        : m_atlas(atlas), m_problems(problems), m_fieldCount(fieldCount)
    {}
    std::optional<StreamedRating> check(const CsvStream& row);
    ImportData data;

private:
    const BodyAtlas& m_atlas;
    ProblemList& m_problems;
    qsizetype m_fieldCount;
    const qint64 m_now = QDateTime::currentSecsSinceEpoch();
    QHash<QByteArray, qsizetype> m_spotIndex; // the key as the file writes it
    QHash<QByteArray, Placement> m_places;
    QHash<QByteArray, FeltPlacement> m_feltPlaces;
    const ReferralAtlas& m_painAreas = standardPainAreas();
    QHash<QByteArray, std::optional<Quality>> m_qualities;
    QSet<QByteArray> m_validUuids;
};

std::optional<StreamedRating> RowChecker::check(const CsvStream& row)
{
    const int line = row.line();
    if (row.fieldCount() != m_fieldCount) {
        m_problems.add(
            line,
            translateIn("CsvImport", "expected %1 fields, found %2").arg(m_fieldCount).arg(row.fieldCount()));
        return std::nullopt;
    }
    const auto f = [&](int i) -> const QByteArray& { return row.field(i); };
    const int before = m_problems.count();
    QString error;
    const auto at = RecordedTime::parseIsoUtf8(f(0), &error);
    if (!at) {
        m_problems.add(line, error);
    } else if (const qint64 local = at->utcSeconds + at->offsetMinutes * 60;
               local < kFirstSecond1900 || at->utcSeconds > m_now + 86400) {
        if (QString problem = validateRecordedTime(*at, m_now); !problem.isEmpty())
            m_problems.add(line, problem);
    }
    const QByteArray rawUuid = m_fieldCount > 8 ? f(8).trimmed() : QByteArray();
    if (!rawUuid.isEmpty() && !m_validUuids.contains(rawUuid)) {
        if (QString problem = validateSpotUuid(text(rawUuid)); !problem.isEmpty())
            m_problems.add(line, problem);
        else
            m_validUuids.insert(rawUuid);
    }
    const QByteArray rawKey = f(1).trimmed();
    auto known = m_spotIndex.constFind(rawKey);
    if (known == m_spotIndex.constEnd()) {
        if (QString problem = validateSpotKey(text(rawKey)); !problem.isEmpty())
            m_problems.add(line, problem);
    }

    // A knot or felt pain: files from before felt pain (no kind column) hold only knots; an empty field is a
    // knot too.
    SpotKind kind = SpotKind::Knot;
    if (m_fieldCount > 9) {
        const QByteArray rawKind = f(9).trimmed();
        // Compared as bytes: a million rows make no QString for it.
        if (rawKind == "felt")
            kind = SpotKind::Felt;
        else if (!rawKind.isEmpty() && rawKind != "knot")
            m_problems.add(
                line,
                translateIn("CsvImport", "unknown kind '%1' (a spot is a knot or felt)").arg(text(rawKind)));
    }

    // Where: a region, a point, or both agreeing; for felt pain, a pain area and a point on its view.
    QByteArray placeKey = f(2);
    placeKey.append('|').append(f(3)).append('|').append(f(4));
    QString regionId;
    QPointF position;
    if (kind == SpotKind::Felt) {
        auto felt = m_feltPlaces.constFind(placeKey);
        if (felt == m_feltPlaces.constEnd())
            felt = m_feltPlaces.insert(
                placeKey, feltPlaceOf(text(f(2)).trimmed(), text(f(3)), text(f(4)), m_painAreas));
        if (!felt->problem.isEmpty())
            m_problems.add(line, felt->problem);
        regionId = felt->area;
        position = felt->position;
    } else {
        auto place = m_places.constFind(placeKey);
        if (place == m_places.constEnd())
            place = m_places.insert(placeKey, placeOf(text(f(2)).trimmed(), text(f(3)), text(f(4)), m_atlas));
        if (!place->problem.isEmpty())
            m_problems.add(line, place->problem);
        if (place->region) {
            regionId = place->region->id;
            position = *place->position;
        }
    }

    bool intensityOk = false;
    const int intensity = f(5).trimmed().toInt(&intensityOk);
    if (!intensityOk)
        m_problems.add(
            line,
            translateIn("CsvImport", "pain score '%1' is not a whole number from 0 to 10").arg(text(f(5))));
    else if (QString problem = validateIntensity(intensity); !problem.isEmpty())
        m_problems.add(line, problem);
    auto quality = m_qualities.constFind(f(6));
    if (quality == m_qualities.constEnd())
        quality = m_qualities.insert(f(6), qualityFromKey(text(f(6))));
    if (!*quality)
        m_problems.add(line, translateIn("CsvImport", "unknown quality '%1'").arg(text(f(6))));
    if (m_problems.count() != before || !at || regionId.isEmpty() || !*quality || !intensityOk)
        return std::nullopt;

    // The first row of a spot places it; later rows must agree on its region and its UUID.
    const QString uuid = text(rawUuid);
    if (known != m_spotIndex.constEnd()) {
        const ImportedSpot& spot = data.spots.at(*known);
        if (spot.kind != kind) {
            m_problems.add(line, translateIn("CsvImport", "spot '%1' is %2 on an earlier line, but %3 here")
                                     .arg(spot.key, spotKindKey(spot.kind), spotKindKey(kind)));
            return std::nullopt;
        }
        if (spot.region != regionId) {
            m_problems.add(
                line, translateIn("CsvImport", "spot '%1' is in '%2' on an earlier line, but in '%3' here")
                          .arg(spot.key, spot.region, regionId));
            return std::nullopt;
        }
        if (spot.uuid != uuid) {
            m_problems.add(
                line,
                translateIn("CsvImport", "spot '%1' has another spot_uuid on an earlier line").arg(spot.key));
            return std::nullopt;
        }
    } else {
        known = m_spotIndex.insert(rawKey, data.spots.size());
        data.spots.append({text(rawKey), uuid, position, regionId, {}, m_now, std::nullopt, kind});
    }
    return StreamedRating{*known, *at, intensity, **quality, f(7)};
}
} // namespace

std::optional<ImportData> streamRatingsCsv(QIODevice& device, const BodyAtlas& atlas, ProblemList& problems,
                                           const RatingSink& each, const std::function<void(qint64)>& read)
{
    CsvStream csv(device);
    if (!csv.next()) {
        problems.add(
            csv.problem() ? csv.problem()->line : 1,
            csv.problem()
                ? csv.problem()->message
                : translateIn("CsvImport", "the first line must be the header %1").arg(kRatingsCsvHeader));
        return std::nullopt;
    }
    const QString header = csv.fieldsAsText().join(QLatin1Char(','));
    if (header != kRatingsCsvHeader && header != kRatingsCsvHeaderBefore8 &&
        header != kRatingsCsvHeaderBefore5) {
        problems.add(csv.line(),
                     translateIn("CsvImport", "the first line must be the header %1").arg(kRatingsCsvHeader));
        return std::nullopt;
    }
    // 10 fields; 9 before felt pain (no kind), 8 before spot UUIDs.
    RowChecker checker(atlas, problems, csv.fieldCount());
    for (qint64 rows = 1; csv.next(); ++rows) {
        const std::optional<StreamedRating> rating = checker.check(csv);
        if (rating && problems.isEmpty() && each)
            each(*rating);
        if (read && rows % 4096 == 0)
            read(csv.bytesRead());
    }
    if (csv.problem())
        problems.add(csv.problem()->line, csv.problem()->message);
    if (!problems.isEmpty())
        return std::nullopt;
    return std::move(checker.data);
}

std::optional<ImportData> parseRatingsCsv(const QByteArray& bytes, const BodyAtlas& atlas,
                                          ProblemList& problems)
{
    QByteArray copy = bytes; // shared: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QList<std::pair<qsizetype, Rating>> ratings; // by the spot's position: its key is known at the end
    std::optional<ImportData> data = streamRatingsCsv(buffer, atlas, problems, [&](const StreamedRating& r) {
        Rating rating;
        rating.recordedAt = r.at;
        rating.intensity = r.intensity;
        rating.quality = r.quality;
        rating.note = QString::fromUtf8(r.note);
        ratings.append({r.spot, rating});
    });
    if (!data)
        return std::nullopt;
    for (const auto& [spot, rating] : ratings)
        data->ratings.append({data->spots.at(spot).key, rating});
    return data;
}

} // namespace knotmap
