#include "Spot.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
