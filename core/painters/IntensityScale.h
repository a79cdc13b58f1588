#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>

namespace knotmap {

// Colour for a 0–10 pain score: green through yellow and orange to deep red. Never the only signal:
// painters write the number too.
QColor intensityColor(qreal intensity);
// Black or white, whichever reads better on the given fill.
QColor textColorOn(const QColor& fill);

// A horizontal 0–10 scale with its word bands (none, mild, moderate, severe), for maps and reports.
void paintIntensityLegend(QPainter& painter, const QRectF& bounds, const QColor& textColor);

} // namespace knotmap
