// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace knotmap {

class KnotStore;

// Fills a store with a believable history ending on endDay: a handful of knots that flare up and settle,
// one to three ratings on most days, some quiet days. The same seed gives the same history.
// Returns an empty string on success, else what went wrong (nothing is half-written per spot).
QString generateDemoHistory(KnotStore& store, int weeks, quint32 seed, QDate endDay = QDate::currentDate());

} // namespace knotmap
