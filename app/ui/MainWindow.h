// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Rating.h"
#include "domain/Spot.h"

#include <QDate>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolBar;
class QUndoStack;

namespace knotmap {
class BodyAtlas;
class KnotStore;
class RoutineCatalogue;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class BackupActions;
class LongWork;
class BodyMapWidget;
class RegionPanel;
class ReferralPanel;
class SpotEditor;
class TrendsView;
class RoutineView;
class ReportView;

// The main window: the Mark tab (body map, region list, inline spot editor), Trends and Routine.
// Every change goes through an undo command to the store and is saved at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    BodyMapWidget* bodyMap() const { return m_map; }
    BodyMapWidget* frontMap() const { return m_frontMap; } // where pain is felt: front view, pain areas
    ReferralPanel* referralPanel() const { return m_referral; }
    QCheckBox* allReferralToggle() const { return m_allReferral; }
    SpotEditor* spotEditor() const { return m_editor; }
    RegionPanel* regionPanel() const { return m_regions; }
    QUndoStack* undoStack() const { return m_undo; }
    TrendsView* trendsView() const { return m_trends; }
    RoutineView* routineView(); // built on first use (the tab shown, or asked for here)
    ReportView* reportView();
    BackupActions* backupActions() const { return m_backups; }
    LongWork* longWork() const { return m_longWork; } // import, export, backup and restore, one at a time
    void showReport();                                // the Report tab
    void showTrends();                                // the Trends tab
    void showRoutine();                               // the Routine tab
    void showMark();                                  // the Mark tab
    QDate shownDate() const { return m_date; }
    void showDate(QDate date);
    qint64 selectedSpot() const { return m_selectedSpot; }
    void showSpot(qint64 spotId);                // selects it on the map and in the list
    KnotStore& store() const { return m_store; } // for the knot actions (KnotActions.cpp)
    // Before anything takes the editor away: saves what was typed, or asks about a half-finished entry.
    // Returns false when the way out must stop (the person chose Cancel, or the save was refused).
    bool finishEditing();

signals:
    // File › New Database…, Open Database…, Open Recent: the application opens it in a window of its own.
    void openDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreSettings();
    void refresh();
    void reportError(const QString& message);
    void showRegionInStatus(const QString& regionId);
    void selectSpot(qint64 spotId);
    QWidget* createMarkPage();
    void updateReferral(); // the overlay and the panel for the selection (MainWindowReferral.cpp)
    void updateReferralFrom(const QList<Spot>& spots, const QHash<qint64, Rating>& latest);
    void showSearch(const QString& regionId, QPointF searchAt);
    void toggleLink(qint64 feltSpotId, qint64 knotSpotId, bool linked);
    BodyMapWidget* mapFor(const QString& regionOrArea) const; // the view that shows a spot

    // The editing flow (MainWindowEditing.cpp).
    void beginNewSpot(QPointF position);
    void beginFeltPain(QPointF position); // a click on the front view
    void addSpotInRegion(const QString& regionId);
    void openSpot(qint64 spotId);
    void rateAgain();
    bool commitEditor(); // true when saved and closed
    void closeEditor();
    void deleteSelectedSpot();
    void moveSpot(qint64 spotId, QPointF position);
    RecordedTime timeForNewRating() const;
    QString regionName(const QString& regionId) const;
    QString spotInWords(const Spot& spot, const Rating& latest) const; // for a screen reader

    KnotStore& m_store;
    Settings& m_settings;
    const RoutineCatalogue& m_catalogue;
    QUndoStack* m_undo;
    std::unique_ptr<BodyAtlas> m_frontAtlas;
    BodyMapWidget* m_map;
    BodyMapWidget* m_frontMap;
    QWidget* m_mapsPane;
    ReferralPanel* m_referral;
    QCheckBox* m_allReferral;
    SpotEditor* m_editor;
    RegionPanel* m_regions;
    QSplitter* m_splitter;
    QTabWidget* m_tabs;
    TrendsView* m_trends;
    QWidget* m_routineTab;
    QWidget* m_reportTab;
    RoutineView* m_routine = nullptr;
    ReportView* m_report = nullptr;
    BackupActions* m_backups = nullptr;
    LongWork* m_longWork = nullptr;
    QToolBar* m_dayBar = nullptr;
    QDateEdit* m_dateEdit;
    QLabel* m_spotCount;
    QAction* m_deleteAction = nullptr;
    QAction* m_rateAction = nullptr;
    QAction* m_previousDay = nullptr;
    QAction* m_nextDay = nullptr;
    QAction* m_today = nullptr;
    int m_tabShown = 0; // the tab before a switch, to go back to when the editor cannot let go

    QDate m_date;
    qint64 m_selectedSpot = 0;
    QHash<qint64, QString> m_spotWords;       // each spot shown, as a screen reader says it
    std::optional<QPointF> m_pendingPosition; // a new spot being placed
    QString m_pendingFeltArea;                // and, for felt pain marked on the front view, its area
    std::optional<Rating> m_editedRating;     // the rating the editor changes, in EditRating mode
};

} // namespace knotmap::ui
