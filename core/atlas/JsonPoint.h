// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QPointF>

#include <optional>

namespace knotmap {

// A normalised point as the atlas and the referral data write it, [x, y] with both in [0, 1]; nothing for
// anything else.
inline std::optional<QPointF> readNormalisedPoint(const QJsonValue& value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
        return std::nullopt;
    const QPointF point(pair[0].toDouble(), pair[1].toDouble());
    if (point.x() < 0 || point.x() > 1 || point.y() < 0 || point.y() > 1)
        return std::nullopt;
    return point;
}

} // namespace knotmap
