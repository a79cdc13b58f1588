// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaintUnit.h"

#include <QPaintDevice>

#include <cmath>

namespace knotmap {

qreal referencePixel(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    const qreal devicePixels = device ? device->logicalDpiY() / 96.0 : 1.0;
    // Logical units per device pixel: the painter's scale (the square root of the area factor, so a rotated
    // painter gives the same answer).
    const qreal scale = std::sqrt(std::abs(painter.combinedTransform().determinant()));
    return scale > 0 ? devicePixels / scale : devicePixels;
}

QFont fontInPoints(QFont base, qreal points, const QPainter& painter)
{
    base.setPixelSize(std::max(1, int(std::lround(points * 96.0 / 72.0 * referencePixel(painter)))));
    return base;
}

} // namespace knotmap
