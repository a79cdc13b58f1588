#include "SpotCommands.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>

namespace knotmap::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SpotCommands", text);
}
} // namespace

SpotCommand::SpotCommand(CommandContext context, const QString& text) : m_context(std::move(context))
{
    setText(text);
}

bool SpotCommand::check(bool ok)
{
    if (!ok) {
        if (m_context.reportError)
            m_context.reportError(m_context.store.lastError());
        if (!m_done)
            setObsolete(true);
        return false;
    }
    m_done = true;
    return true;
}

AddSpotCommand::AddSpotCommand(CommandContext context, QPointF position, const Rating& firstRating)
    : SpotCommand(std::move(context), tr("Add Spot")), m_position(position), m_firstRating(firstRating)
{}

void AddSpotCommand::redo()
{
    if (!m_created) {
        m_created = m_context.store.createSpot(m_position, m_firstRating);
        check(m_created.has_value());
    } else {
        check(m_context.store.restoreSpot(*m_created));
    }
}

void AddSpotCommand::undo()
{
    if (m_created)
        check(m_context.store.removeSpot(m_created->spot.id).has_value());
}

std::optional<qint64> AddSpotCommand::spotId() const
{
    return m_created ? std::optional(m_created->spot.id) : std::nullopt;
}

AddRatingCommand::AddRatingCommand(CommandContext context, const Rating& rating)
    : SpotCommand(std::move(context), tr("Rate Spot")), m_rating(rating)
{}

void AddRatingCommand::redo()
{
    if (m_rating.id == 0) {
        const auto id = m_context.store.addRating(m_rating);
        if (check(id.has_value()))
            m_rating.id = *id;
    } else {
        check(m_context.store.restoreRating(m_rating));
    }
}

void AddRatingCommand::undo()
{
    check(m_context.store.removeRating(m_rating.id).has_value());
}

EditRatingCommand::EditRatingCommand(CommandContext context, const Rating& before, const Rating& after)
    : SpotCommand(std::move(context), tr("Edit Rating")), m_before(before), m_after(after)
{}

void EditRatingCommand::redo()
{
    check(m_context.store.updateRating(m_after));
}

void EditRatingCommand::undo()
{
    check(m_context.store.updateRating(m_before));
}

MoveSpotCommand::MoveSpotCommand(CommandContext context, qint64 spotId, QPointF from, QPointF to)
    : SpotCommand(std::move(context), tr("Move Spot")), m_spotId(spotId), m_from(from), m_to(to)
{}

void MoveSpotCommand::redo()
{
    check(m_context.store.moveSpot(m_spotId, m_to));
}

void MoveSpotCommand::undo()
{
    check(m_context.store.moveSpot(m_spotId, m_from));
}

RemoveSpotCommand::RemoveSpotCommand(CommandContext context, qint64 spotId)
    : SpotCommand(std::move(context), tr("Delete Spot")), m_spotId(spotId)
{}

void RemoveSpotCommand::redo()
{
    m_removed = m_context.store.removeSpot(m_spotId);
    check(m_removed.has_value());
}

void RemoveSpotCommand::undo()
{
    if (m_removed && check(m_context.store.restoreSpot(*m_removed)))
        m_removed.reset();
}

} // namespace knotmap::ui
