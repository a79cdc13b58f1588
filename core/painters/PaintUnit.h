// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPainter>

namespace knotmap {

// The painters give sizes that must look alike on every device (line widths, gaps, legend samples, the
// smallest spot) in reference pixels: 1/96 inch, a pixel of a standard screen. This is how many of the
// painter's logical units make one: 1 in a window, 12.5 on a report page laid out in 1/1200 inch (PageFlow),
// whether that page goes to a PDF or to a preview image of any resolution. It follows the device's logical
// resolution and the painter's scale, so a size never depends on how many pixels the device has.
qreal referencePixel(const QPainter& painter);

// `base` at a size in points, as a pixel size in the painter's logical units: right under a scaled painter,
// where a point size would be turned into the device's pixels and then scaled once more.
QFont fontInPoints(QFont base, qreal points, const QPainter& painter);

} // namespace knotmap
