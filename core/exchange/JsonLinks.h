// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to exchange: the "links" of KnotMap JSON (schema 8), felt pain and the knots that may explain it.

#include "JsonChecker.h"
#include "domain/Spot.h"

#include <QHash>
#include <QJsonArray>

namespace knotmap {

class KnotStore;

// [{"felt": uuid, "knot": uuid, "linked_utc": n}], oldest first; `uuids` is each spot's UUID by id.
QJsonArray linksToJson(const KnotStore& store, const QHash<qint64, QString>& uuids);

// Checks each link of the file's "links" and adds it to data.links. A spot the file holds (its kind by UUID
// in `kindOfUuid`) must be of the link's kind; one it does not hold is left for the store to find.
void readLinks(JsonChecker& check, const QJsonArray& links, const QHash<QString, SpotKind>& kindOfUuid,
               ImportData& data);

} // namespace knotmap
