// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPainter>
#include <QPalette>
#include <QRectF>

namespace knotmap {

// Colour for a 0–10 pain score: green through yellow and orange to deep red. Never the only signal:
// painters write the number too.
QColor intensityColor(qreal intensity);
// Whether a palette is a dark theme's (judged by the given role), for colours that must read on both.
bool isDarkPalette(const QPalette& palette, QPalette::ColorRole role = QPalette::Window);

// Black or white, whichever reads better on the given fill.
QColor textColorOn(const QColor& fill);

// The 0–10 scale with its word bands (none, mild, moderate, severe), for maps and reports.
// Horizontal: 0 on the left. Vertical: 10 on top, so "higher" means "worse".
void paintIntensityLegend(QPainter& painter, const QRectF& bounds, const QColor& textColor,
                          Qt::Orientation orientation = Qt::Horizontal, const QString& title = {});
// The size a vertical legend needs with this font, where a reference pixel (PaintUnit.h) is `unit` long.
QSizeF verticalLegendSize(const QFont& font, qreal unit = 1);

} // namespace knotmap
