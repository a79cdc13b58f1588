// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingRows.h"

#include "domain/ImportRecords.h"
#include "storage/KnotStore.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

namespace knotmap {

const QString kRatingsCsvHeaderBefore5 = QStringLiteral("recorded_at,spot,region,x,y,intensity,quality,note");
const QString kRatingsCsvHeaderBefore8 = kRatingsCsvHeaderBefore5 + QStringLiteral(",spot_uuid");
const QString kRatingsCsvHeader = kRatingsCsvHeaderBefore8 + QStringLiteral(",kind");

QString coordinateText(qreal value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QList<RatingRow> ratingRows(const KnotStore& store, QDate from, QDate to)
{
    QHash<qint64, Spot> spots;
    for (const Spot& spot : store.spots(true))
        spots.insert(spot.id, spot);
    QList<RatingRow> rows;
    for (const Rating& rating : store.ratingsOnLocalDays(from, to)) {
        const Spot spot = spots.value(rating.spotId);
        rows.append({rating.recordedAt, spot.key, spot.uuid, spot.region, spot.position, rating.intensity,
                     rating.quality, rating.note, spot.kind});
    }
    return rows;
}

QString csvField(const QString& value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes =
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ratingRowsToCsv(const QList<RatingRow>& rows)
{
    QString text = kRatingsCsvHeader + QStringLiteral("\r\n");
    for (const RatingRow& row : rows) {
        const QStringList fields = {row.recordedAt.toIso(),
                                    csvField(row.spot),
                                    csvField(row.region),
                                    coordinateText(row.position.x()),
                                    coordinateText(row.position.y()),
                                    QString::number(row.intensity),
                                    qualityKey(row.quality),
                                    csvField(row.note),
                                    row.spotUuid,
                                    spotKindKey(row.kind)};
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QJsonArray ratingRowsToJson(const QList<RatingRow>& rows)
{
    QJsonArray array;
    for (const RatingRow& row : rows) {
        QJsonObject object;
        object.insert(QStringLiteral("recorded_at"), row.recordedAt.toIso());
        object.insert(QStringLiteral("spot"), row.spot);
        object.insert(QStringLiteral("region"), row.region);
        object.insert(QStringLiteral("x"), row.position.x());
        object.insert(QStringLiteral("y"), row.position.y());
        object.insert(QStringLiteral("intensity"), row.intensity);
        object.insert(QStringLiteral("quality"), row.quality == Quality::None
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(qualityKey(row.quality)));
        object.insert(QStringLiteral("note"), row.note);
        object.insert(QStringLiteral("spot_uuid"), row.spotUuid);
        object.insert(QStringLiteral("kind"), spotKindKey(row.kind));
        array.append(object);
    }
    return array;
}

} // namespace knotmap
