// SPDX-License-Identifier: GPL-3.0-or-later
#include "Spot.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace knotmap {

QString validateSpotKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!pattern.match(key).hasMatch()) {
        return QCoreApplication::translate("Spot",
                                           "'%1' is not a valid spot key: use 1–64 lower-case letters, "
                                           "digits, dots, dashes or underscores")
            .arg(key);
    }
    return {};
}

QString spotNumber(const Spot& spot)
{
    const QString prefix = spot.region + QLatin1Char('-');
    return spot.key.startsWith(prefix) ? spot.key.mid(prefix.size()) : spot.key;
}

QString spotShortName(const Spot& spot)
{
    if (!spot.label.isEmpty())
        return spot.label;
    return spot.kind == SpotKind::Felt
               ? QCoreApplication::translate("Spot", "Felt pain %1").arg(spotNumber(spot))
               : QCoreApplication::translate("Spot", "Knot %1").arg(spotNumber(spot));
}

QString validatePosition(QPointF position)
{
    const auto inUnit = [](qreal v) { return v >= 0.0 && v <= 1.0; };
    if (!inUnit(position.x()) || !inUnit(position.y())) {
        return QCoreApplication::translate("Spot",
                                           "point (%1, %2) is off the diagram: x and y run from 0 to 1")
            .arg(position.x())
            .arg(position.y());
    }
    return {};
}

} // namespace knotmap

namespace knotmap {

QString validateSpotUuid(const QString& uuid)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!pattern.match(uuid).hasMatch())
        return QCoreApplication::translate("Spot", "'%1' is not a spot UUID such as "
                                                   "6f1c2a9e-0b4d-4c55-9f0e-2d8f7a3b91c4")
            .arg(uuid);
    return {};
}

QString newSpotUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace knotmap
