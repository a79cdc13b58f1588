// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkCommands.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>

namespace knotmap::ui {

namespace {} // namespace

LinkSpotsCommand::LinkSpotsCommand(CommandContext context, qint64 feltSpotId, qint64 knotSpotId,
                                   Change change)
    : SpotCommand(std::move(context), change == Change::Link
                                          ? translateIn("LinkCommands", "Link Knot to Felt Pain")
                                          : translateIn("LinkCommands", "Unlink Knot from Felt Pain")),
      m_felt(feltSpotId), m_knot(knotSpotId), m_change(change)
{}

Result<void> LinkSpotsCommand::apply()
{
    return run(m_change);
}

Result<void> LinkSpotsCommand::revert()
{
    return run(m_change == Change::Link ? Change::Unlink : Change::Link);
}

Result<void> LinkSpotsCommand::run(Change change)
{
    if (change == Change::Link)
        return m_context.store.linkSpots(m_felt, m_knot);
    const auto removed = m_context.store.unlinkSpots(m_felt, m_knot);
    return removed ? Result<void>() : Failure{removed.error()};
}

} // namespace knotmap::ui
