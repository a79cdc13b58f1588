// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Spot.h"

#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace knotmap {
class KnotStore;
}

namespace knotmap::ui {

// What every spot command needs: the store it writes to, and where to say that a write was refused.
// Each redo and undo is exactly one store call, hence one transaction. A command whose first redo is
// refused marks itself obsolete, so QUndoStack drops it instead of keeping a step that never happened.
//
// A command touches only what it made: ids are never reused (schema v5), and an undo of an edit or a move
// checks that the row is still as the command left it, so a change made meanwhile by an import or another
// program is refused with a sentence rather than overwritten.
struct CommandContext
{
    KnotStore& store;
    std::function<void(const QString&)> reportError;
};

class SpotCommand : public QUndoCommand
{
public:
    SpotCommand(CommandContext context, const QString& text);
    void redo() final;
    void undo() final;
    bool lastRunRefused() const { return m_refused; }
    // The next redo or undo does nothing: QUndoStack moved its index past a refused step, and moving it back
    // must not run the step again.
    void skipNextRun() { m_skip = true; }

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    CommandContext m_context;

private:
    void run(Result<void> outcome);
    bool m_done = false; // has redo succeeded at least once
    bool m_refused = false;
    bool m_skip = false;
};

// Undo and redo that leave the stack where it was when the store refuses the step.
void undoOrStay(QUndoStack& stack);
void redoOrStay(QUndoStack& stack);

class AddSpotCommand : public SpotCommand
{
public:
    AddSpotCommand(CommandContext context, QPointF position, const Rating& firstRating);
    // Felt pain at a pain area ("temple-left"), at a point on the view that shows it.
    AddSpotCommand(CommandContext context, const QString& feltArea, QPointF position,
                   const Rating& firstRating);
    std::optional<qint64> spotId() const;

private:
    Result<void> apply() override;
    Result<void> revert() override;
    QString m_feltArea; // empty for a knot
    QPointF m_position;
    Rating m_firstRating;
    // After the first redo: the spot as made. After an undo: all it held then, later ratings included, so a
    // redo brings every one of them back with the same ids, key and UUID.
    std::optional<SpotSnapshot> m_spot;
};

class AddRatingCommand : public SpotCommand
{
public:
    AddRatingCommand(CommandContext context, const Rating& rating);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Rating m_rating;
};

class EditRatingCommand : public SpotCommand
{
public:
    EditRatingCommand(CommandContext context, const Rating& before, const Rating& after);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Rating m_before;
    Rating m_after;
};

class MoveSpotCommand : public SpotCommand
{
public:
    MoveSpotCommand(CommandContext context, qint64 spotId, QPointF from, QPointF to);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    qint64 m_spotId;
    QPointF m_from;
    QPointF m_to;
};

class RemoveSpotCommand : public SpotCommand
{
public:
    RemoveSpotCommand(CommandContext context, qint64 spotId);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    qint64 m_spotId;
    // While this command is on the stack it owns the removed spot, its ratings and its links from the
    // routine log; undo puts them back.
    std::optional<SpotSnapshot> m_removed;
};

} // namespace knotmap::ui
