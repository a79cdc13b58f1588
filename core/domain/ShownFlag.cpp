// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShownFlag.h"

namespace knotmap {

QString flagLevelKey(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Urgent:
        return QStringLiteral("urgent");
    case FlagLevel::Pause:
        return QStringLiteral("pause");
    case FlagLevel::SeeSoon:
        return QStringLiteral("see-soon");
    }
    return {};
}

std::optional<FlagLevel> flagLevelFromKey(const QString& key)
{
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::Pause, FlagLevel::SeeSoon}) {
        if (flagLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

} // namespace knotmap
