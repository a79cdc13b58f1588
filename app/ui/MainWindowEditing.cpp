// SPDX-License-Identifier: GPL-3.0-or-later
// The Mark flow: placing, rating, moving and deleting spots through undoable commands.
#include "MainWindow.h"

#include "BodyMapWidget.h"
#include "RegionPanel.h"
#include "SpotEditor.h"
#include "commands/SpotCommands.h"
#include "storage/KnotStore.h"

#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace knotmap::ui {

void MainWindow::beginNewSpot(QPointF position)
{
    const AtlasRegion* region = m_store.atlas().hitTest(position);
    if (!region || !finishEditing())
        return;
    m_pendingPosition = position;
    m_pendingFeltArea.clear();
    selectSpot(0);
    m_editor->open(SpotEditor::Mode::NewSpot, region->name,
                   tr("New spot · %1").arg(QLocale().toString(m_date, QLocale::ShortFormat)), std::nullopt);
    // Where the back view names a place (the low back, between the shoulder blades), it may be felt pain.
    if (const AtlasRegion* area = m_store.atlas().areaAt(position))
        m_editor->offerFeltChoice(regionName(area->id));
    m_map->setPendingSpot(position, m_editor->intensity());
    m_map->placeBeside(m_editor, position);
}

void MainWindow::beginFeltPain(QPointF position)
{
    const QString area = m_frontMap->placeAt(position);
    if (area.isEmpty()) {
        statusBar()->showMessage(tr("KnotMap has no name for this place yet: felt pain can be marked in the "
                                    "places outlined on the front view."),
                                 6000);
        return;
    }
    if (!finishEditing())
        return;
    m_pendingPosition = position;
    m_pendingFeltArea = area;
    selectSpot(0);
    m_editor->open(SpotEditor::Mode::NewSpot, regionName(area),
                   tr("Felt pain · %1").arg(QLocale().toString(m_date, QLocale::ShortFormat)), std::nullopt);
    m_frontMap->setPendingSpot(position, m_editor->intensity());
    m_frontMap->placeBeside(m_editor, position);
}

void MainWindow::addSpotInRegion(const QString& regionId)
{
    // Beside the knots already marked, not on top of them (archived ones are not drawn).
    QList<QPointF> taken;
    for (const Spot& spot : m_store.spots())
        if (spot.kind == SpotKind::Knot)
            taken.append(spot.position);
    if (m_store.atlas().region(regionId))
        beginNewSpot(m_store.atlas().freePointIn(regionId, taken));
}

void MainWindow::openSpot(qint64 spotId)
{
    if (!finishEditing())
        return;
    const std::optional<Spot> spot = m_store.spot(spotId);
    if (!spot)
        return;
    selectSpot(spotId);
    m_regions->selectSpot(spotId);

    // Rated on the day shown: edit that rating. Otherwise rate again, starting from the latest score. One
    // probe per knot: ten years of a knot's ratings (some 24,000) are never loaded for one.
    std::optional<Rating> thatDay, latestBefore;
    if (const QHash<qint64, Rating> latest = m_store.latestRatings(m_date); latest.contains(spotId))
        latestBefore = latest.value(spotId);
    if (latestBefore && latestBefore->recordedAt.localDate() == m_date)
        thatDay = latestBefore;
    const QString title = regionName(spot->region);
    const QString day = QLocale().toString(m_date, QLocale::ShortFormat);
    if (thatDay) {
        m_editedRating = thatDay;
        m_editor->open(
            SpotEditor::Mode::EditRating, title,
            tr("Rated %1 at %2")
                .arg(thatDay->intensity)
                .arg(QLocale().toString(thatDay->recordedAt.toDateTime().time(), QLocale::ShortFormat)),
            thatDay);
    } else {
        const QString subtitle =
            latestBefore
                ? tr("Last rated %1 on %2 · rating for %3")
                      .arg(latestBefore->intensity)
                      .arg(QLocale().toString(latestBefore->recordedAt.localDate(), QLocale::ShortFormat),
                           day)
                : tr("Rating for %1").arg(day);
        m_editor->open(SpotEditor::Mode::RateAgain, title, subtitle, latestBefore);
    }
    mapFor(spot->region)->placeBeside(m_editor, spot->position);
}

void MainWindow::rateAgain()
{
    const std::optional<Spot> spot = m_store.spot(m_selectedSpot);
    if (!spot)
        return;
    // What was typed goes along into the new rating.
    const int current = m_editor->intensity();
    const Quality quality = m_editor->quality();
    const QString note = m_editor->note();
    m_editedRating.reset();
    m_editor->open(SpotEditor::Mode::RateAgain, regionName(spot->region), tr("Another rating for this day"),
                   std::nullopt);
    m_editor->setIntensity(current);
    m_editor->setQualityAndNote(quality, note);
    mapFor(spot->region)->placeBeside(m_editor, spot->position);
}

RecordedTime MainWindow::timeForNewRating() const
{
    // Today: now. An earlier day: that day at the current clock time, in this machine's time zone.
    if (m_date == QDate::currentDate())
        return RecordedTime::now();
    return RecordedTime::localDayAt(m_date, QTime::currentTime());
}

bool MainWindow::finishEditing()
{
    // isHidden, not isVisible: a tab switch hides the Mark page, editor and all, before it is announced.
    if (m_editor->isHidden())
        return true;
    if (!m_editor->isModified()) {
        closeEditor(); // nothing typed, nothing to lose
        return true;
    }
    if (!m_editor->isComplete()) {
        // A note or a quality, but no score chosen: saving the score it opened with would put words in the
        // person's mouth, and dropping the note would lose what they wrote. Ask.
        QMessageBox question(QMessageBox::Question, tr("Save This Rating?"),
                             tr("Save your note for %1?").arg(m_editor->title()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setInformativeText(tr("You did not choose a pain score. Save saves it with the score shown, "
                                       "%1 of 10; Cancel goes back to the editor.")
                                        .arg(m_editor->intensity()));
        question.setObjectName(QStringLiteral("unsavedRatingQuestion"));
        question.setDefaultButton(QMessageBox::Save);
        question.setEscapeButton(QMessageBox::Cancel);
        const int answer = question.exec();
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Discard) {
            closeEditor();
            return true;
        }
    }
    return commitEditor();
}

bool MainWindow::commitEditor()
{
    Rating rating;
    rating.intensity = m_editor->intensity();
    rating.quality = m_editor->quality();
    rating.note = m_editor->note();
    const CommandContext context{m_store, [this](const QString& message) { reportError(message); }};
    // A refused command is obsolete: QUndoStack deletes it and the index stays where it was.
    const int before = m_undo->index();
    bool pushed = true;

    switch (m_editor->mode()) {
    case SpotEditor::Mode::NewSpot: {
        if (!m_pendingPosition)
            return false;
        rating.recordedAt = timeForNewRating();
        // Felt pain: marked on the front view, or on the back view with "felt here, not a knot".
        QString feltArea = m_pendingFeltArea;
        if (feltArea.isEmpty() && m_editor->feltChosen()) {
            if (const AtlasRegion* area = m_store.atlas().areaAt(*m_pendingPosition))
                feltArea = area->id;
        }
        auto* command = feltArea.isEmpty()
                            ? new AddSpotCommand(context, *m_pendingPosition, rating)
                            : new AddSpotCommand(context, feltArea, *m_pendingPosition, rating);
        m_undo->push(command);
        if (m_undo->index() > before)
            m_selectedSpot = command->spotId().value_or(0);
        break;
    }
    case SpotEditor::Mode::RateAgain:
        rating.spotId = m_selectedSpot;
        rating.recordedAt = timeForNewRating();
        m_undo->push(new AddRatingCommand(context, rating));
        break;
    case SpotEditor::Mode::EditRating: {
        if (!m_editedRating)
            return false;
        Rating after = *m_editedRating;
        after.intensity = rating.intensity;
        after.quality = rating.quality;
        after.note = rating.note;
        pushed = !(after == *m_editedRating); // nothing changed: nothing to save
        if (pushed)
            m_undo->push(new EditRatingCommand(context, *m_editedRating, after));
        break;
    }
    }
    if (pushed && m_undo->index() == before)
        return false; // refused: keep the editor and what was typed in it, so nothing is lost and Enter can
                      // try again
    closeEditor();
    refresh();
    statusBar()->showMessage(tr("Saved."), 3000);
    return true;
}

void MainWindow::closeEditor()
{
    m_editor->hide();
    BodyMapWidget* map = m_pendingFeltArea.isEmpty() ? m_map : m_frontMap;
    m_pendingPosition.reset();
    m_pendingFeltArea.clear();
    m_editedRating.reset();
    m_map->setPendingSpot(std::nullopt);
    m_frontMap->setPendingSpot(std::nullopt);
    map->setFocus(Qt::OtherFocusReason);
}

void MainWindow::deleteSelectedSpot()
{
    if (!m_selectedSpot)
        return;
    const std::optional<Spot> spot = m_store.spot(m_selectedSpot);
    closeEditor();
    m_undo->push(
        new RemoveSpotCommand({m_store, [this](const QString& m) { reportError(m); }}, m_selectedSpot));
    if (spot && !m_store.spot(spot->id)) {
        m_selectedSpot = 0;
        refresh();
        statusBar()->showMessage(
            tr("Deleted the spot in %1. Undo (Ctrl+Z) brings it back.").arg(regionName(spot->region)), 8000);
    }
}

void MainWindow::moveSpot(qint64 spotId, QPointF position)
{
    const std::optional<Spot> spot = m_store.spot(spotId);
    if (!spot)
        return;
    BodyMapWidget* map = mapFor(spot->region);
    if (spot->kind == SpotKind::Felt) {
        // Felt pain is named by its place: it moves within it, and pain elsewhere is a mark of its own.
        const AtlasRegion* area = map->atlas().areaAt(position);
        if (!map->atlas().contains(position) || !area || area->id != spot->region) {
            statusBar()->showMessage(
                tr("Felt pain stays in its place (%1); mark pain elsewhere as a new one.")
                    .arg(regionName(spot->region)),
                6000);
            map->update();
            return;
        }
    } else if (!m_store.atlas().hitTest(position)) {
        statusBar()->showMessage(tr("A spot must stay on the body; it is back where it was."), 5000);
        m_map->update();
        return;
    }
    m_undo->push(new MoveSpotCommand({m_store, [this](const QString& m) { reportError(m); }}, spotId,
                                     spot->position, position));
    selectSpot(spotId);
}

} // namespace knotmap::ui
