// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpotCommands.h"

namespace knotmap::ui {

// "This knot may explain that felt pain", said or taken back. Undo takes back only this link: the store
// refuses it with a sentence if the link was changed meanwhile (by an import or another window).
class LinkSpotsCommand : public SpotCommand
{
public:
    enum class Change { Link, Unlink };
    LinkSpotsCommand(CommandContext context, qint64 feltSpotId, qint64 knotSpotId, Change change);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<void> run(Change change);
    qint64 m_felt;
    qint64 m_knot;
    Change m_change;
};

} // namespace knotmap::ui
