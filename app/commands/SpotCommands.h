#pragma once

#include "domain/Spot.h"

#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace knotmap {
class KnotStore;
}

namespace knotmap::ui {

// What every spot command needs: the store it writes to, and where to say that a write was refused.
// Each redo and undo is exactly one store call, hence one transaction. A command whose first redo is
// refused marks itself obsolete, so QUndoStack drops it instead of keeping a step that never happened.
struct CommandContext
{
    KnotStore& store;
    std::function<void(const QString&)> reportError;
};

class SpotCommand : public QUndoCommand
{
public:
    SpotCommand(CommandContext context, const QString& text);

protected:
    // Runs one store call; on a refusal reports it and, on the first redo, drops the command.
    bool check(bool ok);
    CommandContext m_context;
    bool m_done = false; // has redo succeeded at least once
};

class AddSpotCommand : public SpotCommand
{
public:
    AddSpotCommand(CommandContext context, QPointF position, const Rating& firstRating);
    void redo() override;
    void undo() override;
    std::optional<qint64> spotId() const;

private:
    QPointF m_position;
    Rating m_firstRating;
    std::optional<SpotSnapshot> m_created; // kept so a redo brings back the same ids and key
};

class AddRatingCommand : public SpotCommand
{
public:
    AddRatingCommand(CommandContext context, const Rating& rating);
    void redo() override;
    void undo() override;

private:
    Rating m_rating;
};

class EditRatingCommand : public SpotCommand
{
public:
    EditRatingCommand(CommandContext context, const Rating& before, const Rating& after);
    void redo() override;
    void undo() override;

private:
    Rating m_before;
    Rating m_after;
};

class MoveSpotCommand : public SpotCommand
{
public:
    MoveSpotCommand(CommandContext context, qint64 spotId, QPointF from, QPointF to);
    void redo() override;
    void undo() override;

private:
    qint64 m_spotId;
    QPointF m_from;
    QPointF m_to;
};

class RemoveSpotCommand : public SpotCommand
{
public:
    RemoveSpotCommand(CommandContext context, qint64 spotId);
    void redo() override;
    void undo() override;

private:
    qint64 m_spotId;
    // While this command is on the stack it owns the removed spot and its ratings; undo puts them back.
    std::optional<SpotSnapshot> m_removed;
};

} // namespace knotmap::ui
