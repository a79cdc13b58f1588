// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotDetailCommands.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>

namespace knotmap::ui {

namespace {} // namespace

RenameSpotCommand::RenameSpotCommand(CommandContext context, qint64 spotId, const QString& from,
                                     const QString& to)
    : SpotCommand(std::move(context), translateIn("SpotDetailCommands", "Rename Knot")), m_spotId(spotId),
      m_from(from), m_to(to.trimmed())
{}

Result<void> RenameSpotCommand::apply()
{
    return m_context.store.setSpotLabel(m_spotId, m_from, m_to);
}

Result<void> RenameSpotCommand::revert()
{
    return m_context.store.setSpotLabel(m_spotId, m_to, m_from);
}

ArchiveSpotCommand::ArchiveSpotCommand(CommandContext context, qint64 spotId, std::optional<qint64> from,
                                       std::optional<qint64> to)
    : SpotCommand(std::move(context), to ? translateIn("SpotDetailCommands", "Archive Knot")
                                         : translateIn("SpotDetailCommands", "Bring Back Knot")),
      m_spotId(spotId), m_from(from), m_to(to)
{}

Result<void> ArchiveSpotCommand::apply()
{
    return m_context.store.setSpotArchived(m_spotId, m_from, m_to);
}

Result<void> ArchiveSpotCommand::revert()
{
    return m_context.store.setSpotArchived(m_spotId, m_to, m_from);
}

} // namespace knotmap::ui
