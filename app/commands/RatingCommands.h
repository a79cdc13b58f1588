// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpotCommands.h"

namespace knotmap::ui {

// Deletes one rating as the history showed it; undo puts it back with its id. The store keeps a knot's last
// rating (removeRatingAsShown), so a knot never stands without one.
class RemoveRatingCommand : public SpotCommand
{
public:
    RemoveRatingCommand(CommandContext context, const Rating& rating);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Rating m_rating;
};

// Moves a rating to another time: an EditRatingCommand named for what the person did, compare-and-set both
// ways through updateRating.
class ChangeRatingTimeCommand : public SpotCommand
{
public:
    ChangeRatingTimeCommand(CommandContext context, const Rating& before, const RecordedTime& to);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Rating m_before;
    Rating m_after;
};

} // namespace knotmap::ui
