// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace knotmap::ui {

class MainWindow;

// A knot's history: every rating, newest first, with the time, score, quality and note (the whole note in a
// tooltip). A rating can be deleted, or moved to another time, each one undoable step on the window's stack.
// It follows the store: a rating made, changed or imported elsewhere shows here at once, and the dialog
// closes when its knot is removed.
class SpotHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    SpotHistoryDialog(MainWindow& window, qint64 spotId);
    qint64 spotId() const { return m_spotId; }
    QTreeWidget* ratingList() const { return m_list; }
    // What the buttons do once the person chose; true when the store took it (a refusal is said in the
    // window's status bar and changes nothing). Tests call these instead of the time dialog.
    bool deleteRating(qint64 ratingId);
    bool changeTime(qint64 ratingId, const QDateTime& to);

private:
    void reload();
    qint64 selectedRating() const;
    void askForNewTime();

    MainWindow& m_window;
    qint64 m_spotId;
    QLabel* m_title;
    QTreeWidget* m_list;
    QPushButton* m_delete;
    QPushButton* m_changeTime;
};

// Edit › Knot History… (Ctrl+H) for the selected knot, one dialog per knot.
void showSpotHistory(MainWindow& window, qint64 spotId);

} // namespace knotmap::ui
