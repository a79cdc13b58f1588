// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCommands.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace knotmap::ui {

namespace {

SpotCommand* commandAt(QUndoStack& stack, int index)
{
    if (index < 0 || index >= stack.count())
        return nullptr;
    return dynamic_cast<SpotCommand*>(const_cast<QUndoCommand*>(stack.command(index)));
}
} // namespace

SpotCommand::SpotCommand(CommandContext context, const QString& text) : m_context(std::move(context))
{
    setText(text);
}

void SpotCommand::redo()
{
    if (std::exchange(m_skip, false))
        return;
    run(apply());
}

void SpotCommand::undo()
{
    if (std::exchange(m_skip, false))
        return;
    run(revert());
}

void SpotCommand::run(Result<void> outcome)
{
    m_refused = !outcome.ok();
    if (m_refused) {
        if (m_context.reportError)
            m_context.reportError(outcome.error());
        if (!m_done)
            setObsolete(true); // the first redo: QUndoStack drops a step that never happened
        return;
    }
    m_done = true;
}

void undoOrStay(QUndoStack& stack)
{
    SpotCommand* command = commandAt(stack, stack.index() - 1);
    stack.undo();
    if (command && command->lastRunRefused()) {
        command->skipNextRun();
        stack.redo();
    }
}

void redoOrStay(QUndoStack& stack)
{
    SpotCommand* command = commandAt(stack, stack.index());
    stack.redo();
    if (command && command->lastRunRefused()) {
        command->skipNextRun();
        stack.undo();
    }
}

AddSpotCommand::AddSpotCommand(CommandContext context, QPointF position, const Rating& firstRating)
    : SpotCommand(std::move(context), translateIn("SpotCommands", "Add Spot")), m_position(position),
      m_firstRating(firstRating)
{}

AddSpotCommand::AddSpotCommand(CommandContext context, const QString& feltArea, QPointF position,
                               const Rating& firstRating)
    : SpotCommand(std::move(context), translateIn("SpotCommands", "Add Felt Pain")), m_feltArea(feltArea),
      m_position(position), m_firstRating(firstRating)
{}

Result<void> AddSpotCommand::apply()
{
    if (m_spot)
        return m_context.store.restoreSpot(*m_spot);
    Result<SpotSnapshot> created =
        m_feltArea.isEmpty() ? m_context.store.createSpot(m_position, m_firstRating)
                             : m_context.store.createFeltSpot(m_feltArea, m_position, m_firstRating);
    if (!created)
        return Failure{created.error()};
    m_spot = *created;
    return {};
}

Result<void> AddSpotCommand::revert()
{
    Result<SpotSnapshot> removed = m_context.store.removeSpot(m_spot->spot.id);
    if (!removed)
        return Failure{removed.error()};
    m_spot = *removed;
    return {};
}

std::optional<qint64> AddSpotCommand::spotId() const
{
    return m_spot ? std::optional(m_spot->spot.id) : std::nullopt;
}

AddRatingCommand::AddRatingCommand(CommandContext context, const Rating& rating)
    : SpotCommand(std::move(context), translateIn("SpotCommands", "Rate Spot")), m_rating(rating)
{}

Result<void> AddRatingCommand::apply()
{
    if (m_rating.id != 0)
        return m_context.store.restoreRating(m_rating);
    const Result<qint64> id = m_context.store.addRating(m_rating);
    if (!id)
        return Failure{id.error()};
    m_rating.id = *id;
    return {};
}

Result<void> AddRatingCommand::revert()
{
    const Result<Rating> removed = m_context.store.removeRating(m_rating.id);
    return removed ? Result<void>() : Failure{removed.error()};
}

EditRatingCommand::EditRatingCommand(CommandContext context, const Rating& before, const Rating& after)
    : SpotCommand(std::move(context), translateIn("SpotCommands", "Edit Rating")), m_before(before),
      m_after(after)
{}

Result<void> EditRatingCommand::apply()
{
    return m_context.store.updateRating(m_before, m_after);
}

Result<void> EditRatingCommand::revert()
{
    return m_context.store.updateRating(m_after, m_before);
}

MoveSpotCommand::MoveSpotCommand(CommandContext context, qint64 spotId, QPointF from, QPointF to)
    : SpotCommand(std::move(context), translateIn("SpotCommands", "Move Spot")), m_spotId(spotId),
      m_from(from), m_to(to)
{}

Result<void> MoveSpotCommand::apply()
{
    return m_context.store.moveSpot(m_spotId, m_to, m_from);
}

Result<void> MoveSpotCommand::revert()
{
    return m_context.store.moveSpot(m_spotId, m_from, m_to);
}

RemoveSpotCommand::RemoveSpotCommand(CommandContext context, qint64 spotId)
    : SpotCommand(std::move(context), translateIn("SpotCommands", "Delete Spot")), m_spotId(spotId)
{}

Result<void> RemoveSpotCommand::apply()
{
    Result<SpotSnapshot> removed = m_context.store.removeSpot(m_spotId);
    if (!removed)
        return Failure{removed.error()};
    m_removed = *removed;
    return {};
}

Result<void> RemoveSpotCommand::revert()
{
    return m_context.store.restoreSpot(*m_removed);
}

} // namespace knotmap::ui
