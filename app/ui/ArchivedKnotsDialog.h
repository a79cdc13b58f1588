// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace knotmap::ui {

class MainWindow;

// Edit › Archived Knots…: the knots archived from the map and the list, with when, and Bring Back (an
// undoable step on the window's stack) to follow one again. It follows the store: a knot archived or brought
// back elsewhere (undo, knotmap-cli, an import) shows or goes at once.
class ArchivedKnotsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ArchivedKnotsDialog(MainWindow& window);
    QTreeWidget* knotList() const { return m_list; }
    // What Bring Back does; true when the store took it (a refusal is said in the window's status bar and
    // changes nothing). The knot is then selected in the window.
    bool bringBack(qint64 spotId);

private:
    void reload();
    qint64 selectedKnot() const;

    MainWindow& m_window;
    QLabel* m_empty;
    QTreeWidget* m_list;
    QPushButton* m_bringBack;
};

// Opens the dialog beside the window, or raises the one already open.
ArchivedKnotsDialog* showArchivedKnots(MainWindow& window);

} // namespace knotmap::ui
