// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace knotmap {

// How the pain feels. None means the person did not say.
// New qualities go at the end: some code and old files know them by position.
enum class Quality { None, Aching, Sharp, Burning, Tingling, Numb, Stiff, Shooting };

// Numb, tingling or shooting: words that often go with an irritated nerve rather than a muscle knot.
bool isNerveQuality(Quality quality);

QList<Quality> allQualities(); // without None

// Stable key used in storage and files: "aching", ...; "" for None.
QString qualityKey(Quality quality);
// Accepts the keys, case-insensitively, and "" or "none" for None.
std::optional<Quality> qualityFromKey(const QString& key);
// Human text for the UI: "Aching", ..., "Not specified".
QString qualityDisplayName(Quality quality);

} // namespace knotmap
