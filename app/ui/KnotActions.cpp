// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnotActions.h"

#include "i18n/TranslateIn.h"

#include "ArchivedKnotsDialog.h"
#include "MainWindow.h"
#include "SpotHistoryDialog.h"
#include "commands/SpotDetailCommands.h"
#include "storage/KnotStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace knotmap::ui {

namespace {} // namespace

CommandContext knotCommandContext(MainWindow& window)
{
    return {window.store(), [&window](const QString& message) { window.statusBar()->showMessage(message); }};
}

bool pushKnotCommand(MainWindow& window, SpotCommand* command)
{
    window.undoStack()->push(command); // a refused first redo marks it obsolete and the stack drops it
    return window.undoStack()->index() > 0 &&
           window.undoStack()->command(window.undoStack()->index() - 1) == command;
}

bool renameKnot(MainWindow& window, qint64 spotId, const QString& name)
{
    const std::optional<Spot> spot = window.store().spot(spotId);
    if (!spot)
        return false;
    if (const QString problem = validateSpotLabel(name.trimmed()); !problem.isEmpty()) {
        window.statusBar()->showMessage(problem);
        return false;
    }
    if (spot->label == name.trimmed())
        return true;
    return pushKnotCommand(window,
                           new RenameSpotCommand(knotCommandContext(window), spotId, spot->label, name));
}

bool archiveKnot(MainWindow& window, qint64 spotId)
{
    const std::optional<Spot> spot = window.store().spot(spotId);
    if (!spot || spot->archivedUtc)
        return false;
    return pushKnotCommand(window, new ArchiveSpotCommand(knotCommandContext(window), spotId, std::nullopt,
                                                          QDateTime::currentSecsSinceEpoch()));
}

void addKnotActions(MainWindow& window, QMenu* edit)
{
    QAction* rename = edit->addAction(translateIn("KnotActions", "Re&name Knot…"));
    rename->setObjectName(QStringLiteral("renameKnot"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setStatusTip(
        translateIn("KnotActions", "Give the selected knot a name; an empty name calls it \"Knot n\" again"));
    QObject::connect(rename, &QAction::triggered, &window, [&window] {
        const std::optional<Spot> spot = window.store().spot(window.selectedSpot());
        if (!spot)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(
            &window, translateIn("KnotActions", "Rename Knot"),
            translateIn("KnotActions", "Name (one line, at most %1 characters; empty for \"Knot n\"):")
                .arg(kMaxSpotLabelLength),
            QLineEdit::Normal, spot->label, &ok);
        if (ok)
            renameKnot(window, spot->id, name);
    });
    QAction* archive = edit->addAction(translateIn("KnotActions", "&Archive Knot"));
    archive->setObjectName(QStringLiteral("archiveKnot"));
    archive->setStatusTip(
        translateIn("KnotActions", "Hide the selected knot from the map and the list; its ratings are kept"));
    QObject::connect(archive, &QAction::triggered, &window,
                     [&window] { archiveKnot(window, window.selectedSpot()); });
    QAction* history = edit->addAction(translateIn("KnotActions", "Knot &History…"));
    history->setObjectName(QStringLiteral("knotHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(translateIn(
        "KnotActions", "Every rating of the selected knot, newest first: delete one or change its time"));
    QObject::connect(history, &QAction::triggered, &window,
                     [&window] { showSpotHistory(window, window.selectedSpot()); });
    QAction* archived = edit->addAction(translateIn("KnotActions", "Archi&ved Knots…"));
    archived->setObjectName(QStringLiteral("archivedKnots"));
    archived->setStatusTip(
        translateIn("KnotActions", "The knots you archived: bring one back to the map and the list"));
    QObject::connect(archived, &QAction::triggered, &window, [&window] { showArchivedKnots(window); });
}

QMenu* popupKnotMenu(MainWindow& window, const QPoint& globalPos)
{
    auto* menu = new QMenu(&window);
    menu->setObjectName(QStringLiteral("knotMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const char* name : {"rateSpot", "renameKnot", "archiveKnot", "knotHistory", "", "deleteSpot"}) {
        if (!*name)
            menu->addSeparator();
        else if (auto* action = window.findChild<QAction*>(QLatin1String(name)))
            menu->addAction(action);
    }
    menu->popup(globalPos);
    return menu;
}

} // namespace knotmap::ui
