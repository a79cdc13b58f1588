// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingCommands.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>

namespace knotmap::ui {

namespace {} // namespace

RemoveRatingCommand::RemoveRatingCommand(CommandContext context, const Rating& rating)
    : SpotCommand(std::move(context), translateIn("RatingCommands", "Delete Rating")), m_rating(rating)
{}

Result<void> RemoveRatingCommand::apply()
{
    return m_context.store.removeRatingAsShown(m_rating);
}

Result<void> RemoveRatingCommand::revert()
{
    return m_context.store.restoreRating(m_rating);
}

ChangeRatingTimeCommand::ChangeRatingTimeCommand(CommandContext context, const Rating& before,
                                                 const RecordedTime& to)
    : SpotCommand(std::move(context), translateIn("RatingCommands", "Change Rating Time")), m_before(before),
      m_after(before)
{
    m_after.recordedAt = to;
}

Result<void> ChangeRatingTimeCommand::apply()
{
    return m_context.store.updateRating(m_before, m_after);
}

Result<void> ChangeRatingTimeCommand::revert()
{
    return m_context.store.updateRating(m_after, m_before);
}

} // namespace knotmap::ui
