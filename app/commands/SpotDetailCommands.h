// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpotCommands.h"

namespace knotmap::ui {

// Names a knot (an empty name: "Knot n" again). Undo puts the old name back only while the knot still has
// the name this command gave it.
class RenameSpotCommand : public SpotCommand
{
public:
    RenameSpotCommand(CommandContext context, qint64 spotId, const QString& from, const QString& to);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    qint64 m_spotId;
    QString m_from;
    QString m_to; // as stored (trimmed)
};

// Archives a knot (archivedUtc = at) or, with at = nullopt, brings an archived one back. Its ratings stay.
class ArchiveSpotCommand : public SpotCommand
{
public:
    ArchiveSpotCommand(CommandContext context, qint64 spotId, std::optional<qint64> from,
                       std::optional<qint64> to);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    qint64 m_spotId;
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
};

} // namespace knotmap::ui
