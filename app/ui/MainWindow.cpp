// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackupActions.h"
#include "BodyMapWidget.h"
#include "DataTransfer.h"
#include "DayEdit.h"
#include "FileDialogs.h"
#include "HelpMenu.h"
#include "KnotActions.h"
#include "LongWork.h"
#include "ReferralPanel.h"
#include "RegionPanel.h"
#include "Reminders.h"
#include "SpotEditor.h"
#include "commands/SpotCommands.h"
#include "i18n/TranslateIn.h"
#include "prefs/PreferencesDialog.h"
#include "report/ReportView.h"
#include "routines/RoutineView.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "trends/TrendsView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {
// The first control Tab would reach inside `page`.
void focusFirstControlIn(QWidget* page)
{
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

// A tab's page, empty until its view is built.
QWidget* emptyPage(QWidget* parent)
{
    auto* page = new QWidget(parent);
    (new QVBoxLayout(page))->setContentsMargins(0, 0, 0, 0);
    return page;
}

// A view built late goes into its page, and is shown at once when the page is: it then asks for its plan or
// preview now, not a turn of the loop later.
template <typename View> View* placeInPage(View* view, QWidget* page)
{
    page->layout()->addWidget(view);
    if (page->isVisible())
        view->show();
    return view;
}

} // namespace

MainWindow::MainWindow(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
                       QWidget* parent)
    : QMainWindow(parent), m_store(store), m_settings(settings), m_catalogue(catalogue),
      m_undo(new QUndoStack(this)), m_date(QDate::currentDate())
{
    // The file's name only: Qt's platform window adds " — KnotMap" (the application's display name) after
    // the title itself, so naming the app here too would show it twice. The full path is the window's file
    // path, which desktops offer in the title bar's menu.
    setWindowFilePath(store.path());
    setWindowIcon(QIcon(QStringLiteral(":/knotmap/icons/knotmap.png")));

    createMarkPage();
    m_trends = new TrendsView(store, settings, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Mark, Trends, Routine and Report"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Mark"));
    m_tabs->addTab(m_trends, tr("&Trends"));
    // Routine and Report are built when first shown: two views with their symptom lists, sections and player
    // were a tenth of every start-up for tabs most starts never open.
    m_routineTab = emptyPage(this);
    m_tabs->addTab(m_routineTab, tr("&Routine"));
    m_reportTab = emptyPage(this);
    m_tabs->addTab(m_reportTab, tr("Re&port"));
    m_tabs->setTabToolTip(3, tr("A PDF for your therapist (Ctrl+4)"));
    m_tabs->setTabToolTip(0, tr("Mark where it hurts and rate it (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Is it getting better? (Ctrl+2)"));
    m_tabs->setTabToolTip(2, tr("Today's self-release plan, with a guided timer (Ctrl+3)"));
    setCentralWidget(m_tabs);

    m_longWork = new LongWork(m_store, *this);
    m_backups = new BackupActions(m_store, *m_undo, *this, *m_longWork);
    createActions();
    createMenus();
    createToolBar();
    m_spotCount = new QLabel(this);
    m_spotCount->setObjectName(QStringLiteral("spotCount"));
    statusBar()->addPermanentWidget(m_spotCount);

    connect(m_map, &BodyMapWidget::placeRequested, this, &MainWindow::beginNewSpot);
    connect(m_map, &BodyMapWidget::spotClicked, this, &MainWindow::openSpot);
    connect(m_map, &BodyMapWidget::spotMoved, this, &MainWindow::moveSpot);
    connect(m_map, &BodyMapWidget::hoveredRegionChanged, this, &MainWindow::showRegionInStatus);
    connect(m_map, &BodyMapWidget::clickedOutsideBody, this, [this] {
        if (!finishEditing())
            return;
        selectSpot(0); // a click beside the body lets go of the selection and its overlay
        statusBar()->showMessage(tr("Click on the body to mark where it hurts."), 4000);
    });
    connect(m_regions, &RegionPanel::addSpotRequested, this, &MainWindow::addSpotInRegion);
    connect(m_regions, &RegionPanel::spotActivated, this, &MainWindow::openSpot);
    connect(m_regions, &RegionPanel::currentRegionChanged, m_map, &BodyMapWidget::setHighlightedRegion);
    connect(m_regions, &RegionPanel::spotSelected, this, &MainWindow::selectSpot);
    const auto spotMenu = [this](qint64 spotId, QPoint globalPos) {
        if (!finishEditing())
            return;
        showSpot(spotId);
        popupKnotMenu(*this, globalPos);
    };
    connect(m_regions, &RegionPanel::spotMenuRequested, this, spotMenu);
    for (BodyMapWidget* map : {m_map, m_frontMap}) {
        connect(map, &BodyMapWidget::activateRequested, this, [this] {
            if (m_selectedSpot)
                openSpot(m_selectedSpot);
        });
        connect(map, &BodyMapWidget::spotMenuRequested, this, spotMenu);
        connect(map, &BodyMapWidget::spotFocused, this, &MainWindow::showSpot);
    }
    connect(m_editor, &SpotEditor::accepted, this, &MainWindow::commitEditor);
    connect(m_editor, &SpotEditor::cancelled, this, &MainWindow::closeEditor);
    connect(m_editor, &SpotEditor::rateAgainRequested, this, &MainWindow::rateAgain);
    connect(m_editor, &SpotEditor::deleteRequested, this, &MainWindow::deleteSelectedSpot);
    connect(m_editor, &SpotEditor::intensityChanged, this, [this](int intensity) {
        if (m_pendingPosition)
            (m_pendingFeltArea.isEmpty() ? m_map : m_frontMap)->setPendingSpot(m_pendingPosition, intensity);
    });

    // The store says what changed; the views simply redraw from it.
    connect(&m_store, &KnotStore::spotAdded, this, &MainWindow::refresh);
    connect(&m_store, &KnotStore::spotRemoved, this, &MainWindow::refresh);
    connect(&m_store, &KnotStore::spotChanged, this, &MainWindow::refresh);
    connect(&m_store, &KnotStore::ratingsChanged, this, &MainWindow::refresh);
    connect(&m_store, &KnotStore::dataImported, this, &MainWindow::refresh);
    connect(&m_store, &KnotStore::readFailed, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("Could not read the database: %1").arg(reason), 10000);
    });
    // knotmap-cli and other windows may write to the same file (docs/data-formats.md): look once a second,
    // so what they add shows here at once. Undo stays safe: ids are never reused and every command checks
    // that what it changes back is still as it left it.
    connect(&m_store, &KnotStore::changedOutside, this, [this] {
        statusBar()->showMessage(tr("Shown with the changes made outside this window."), 5000);
    });
    auto* outsideChanges = new QTimer(this);
    outsideChanges->setInterval(1000);
    connect(outsideChanges, &QTimer::timeout, &m_store, &KnotStore::checkForOutsideChanges);
    outsideChanges->start();

    // The day controls belong to the Mark tab.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabShown == 0 && index != 0 && !m_editor->isHidden()) {
            // QTabWidget announces a switch once it is made: go back to the editor, so that a question about
            // what was typed is asked beside it, and go on only once it is saved or let go.
            const QSignalBlocker blocker(m_tabs);
            m_tabs->setCurrentIndex(0);
            if (!finishEditing())
                return;
            m_tabs->setCurrentIndex(index);
        }
        m_tabShown = index;
        m_dayBar->setVisible(index == 0);
        if (m_tabs->widget(index) == m_routineTab)
            routineView();
        else if (m_tabs->widget(index) == m_reportTab)
            reportView();
        // Ctrl+1…4 from inside the old tab left the keys with a hidden widget, and Tab went nowhere: the new
        // tab's first control takes them.
        if (QWidget* focus = QApplication::focusWidget(); !focus || !focus->isVisible())
            focusFirstControlIn(m_tabs->currentWidget());
    });

    restoreSettings();
    refresh();
    statusBar()->showMessage(tr("Click on the body where it hurts, or pick a muscle from the list."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_deleteAction = new QAction(tr("&Delete Spot"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteSpot"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Remove the selected spot and its ratings"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedSpot);

    // No shortcut of its own: Enter on the map or in the region list does it, and a bare letter
    // would steal the list's type-ahead.
    m_rateAction = new QAction(tr("Ra&te Spot"), this);
    m_rateAction->setObjectName(QStringLiteral("rateSpot"));
    connect(m_rateAction, &QAction::triggered, this, [this] {
        if (m_selectedSpot)
            openSpot(m_selectedSpot);
    });

    m_previousDay = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Pre&vious Day"), this);
    m_previousDay->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previousDay, &QAction::triggered, this, [this] { showDate(m_date.addDays(-1)); });
    m_nextDay = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Next Day"), this);
    m_nextDay->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_nextDay, &QAction::triggered, this, [this] { showDate(m_date.addDays(1)); });
    m_today = new QAction(tr("&Today"), this);
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_today, &QAction::triggered, this, [this] { showDate(QDate::currentDate()); });
    // The window opens on today: there is no next day, and Today is where it already is.
    m_nextDay->setEnabled(m_date < QDate::currentDate());
    m_today->setEnabled(m_date != QDate::currentDate());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New Database…"), this, [this] {
        const QString path = askForFileToSave(
            this, tr("New Database"), QFileInfo(m_store.path()).dir().filePath(tr("knotmap-new.sqlite")),
            tr("KnotMap databases (*.sqlite)"));
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path)) {
            QMessageBox::information(this, tr("New Database"),
                                     tr("%1 already exists. To use it, choose File › Open Database.")
                                         .arg(QDir::toNativeSeparators(path)));
            return;
        }
        emit openDatabaseRequested(path);
    });
    newFile->setShortcut(QKeySequence::New);
    QAction* openFile = file->addAction(tr("&Open Database…"), this, [this] {
        const QString path =
            askForFileToOpen(this, tr("Open Database"), QFileInfo(m_store.path()).absolutePath(),
                             tr("KnotMap databases (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            emit openDatabaseRequested(path);
    });
    openFile->setShortcut(QKeySequence::Open);
    // Another file replaces this window, which would stop a running import: not while one runs.
    m_longWork->guard(newFile);
    m_longWork->guard(openFile);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString& path : m_settings.value(SettingKey::RecentDatabases).toStringList()) {
            QAction* entry = recent->addAction(QDir::toNativeSeparators(path), this,
                                               [this, path] { emit openDatabaseRequested(path); });
            entry->setEnabled(QFileInfo::exists(path) && path != m_store.path() && !m_longWork->busy());
        }
        if (recent->isEmpty())
            recent->addAction(tr("No files yet"))->setEnabled(false);
    });
    file->addSeparator();
    QAction* location = file->addAction(tr("Show Database &Location"));
    connect(location, &QAction::triggered, this, [this] {
        QMessageBox::information(this, tr("Database Location"),
                                 tr("KnotMap keeps your data in this file, readable only by you:\n\n%1")
                                     .arg(QDir::toNativeSeparators(m_store.path())));
    });
    file->addSeparator();
    // The Report tab comes to the front: it holds the choices the PDF is made with, and while the PDF is
    // written, its progress bar and Cancel.
    QAction* exportReport = file->addAction(tr("Export Re&port (PDF)…"), this, [this] {
        showReport();
        reportView()->exportPdf();
    });
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    // Printed as previewed, on the Report tab; Ctrl+P has long been the PDF, so printing takes Ctrl+Shift+P.
    QAction* print = file->addAction(tr("Print Repor&t…"), this, [this] {
        showReport();
        reportView()->print();
    });
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QMenu* exportMenu = file->addMenu(tr("&Export Data"));
    const auto exportAs = [this, exportMenu](const QString& text, ExportFormat format) {
        m_longWork->guard(exportMenu->addAction(
            text, this, [this, format] { exportData(this, *m_longWork, m_settings, format); }));
    };
    exportAs(tr("Ratings as &CSV…"), ExportFormat::RatingsCsv);
    exportAs(tr("Everything as &JSON…"), ExportFormat::EverythingJson);
    exportAs(tr("Ratings as a &FHIR Bundle…"), ExportFormat::FhirBundle);
    m_longWork->guard(file->addAction(tr("&Import Data…"), this, [this] {
        if (finishEditing())
            importData(this, *m_longWork, m_store, m_settings);
    }));
    file->addSeparator();
    file->addAction(m_backups->backupNow());
    file->addAction(m_backups->restoreFromBackup());
    file->addAction(m_backups->revertLastImport());
    connect(file, &QMenu::aboutToShow, m_backups, &BackupActions::updateActions);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, quitKnotMap); // a window hidden in the tray too
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Not QUndoStack's own actions: a step the store refuses must leave the stack where it was.
    const auto stackAction = [this](const QString& name, void (*step)(QUndoStack&),
                                    void (QUndoStack::*can)(bool),
                                    void (QUndoStack::*named)(const QString&)) {
        auto* action = new QAction(name, this);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this,
                [this, step, undoing = can == &QUndoStack::canUndoChanged] {
                    if (!finishEditing())
                        return;
                    const QString what = undoing ? m_undo->undoText() : m_undo->redoText();
                    const int before = m_undo->index();
                    step(*m_undo);
                    // The count beside it changes with the map; the message says which step it was, so a
                    // Ctrl+Z pressed by mistake is noticed.
                    if (m_undo->index() != before)
                        statusBar()->showMessage(
                            undoing ? tr("Undone: %1").arg(what) : tr("Redone: %1").arg(what), 5000);
                });
        connect(m_undo, can, action, &QAction::setEnabled);
        connect(m_undo, named, action, [action, name](const QString& what) {
            action->setText(what.isEmpty() ? name : tr("%1 %2").arg(name, what));
        });
        return action;
    };
    QAction* undo =
        stackAction(tr("&Undo"), undoOrStay, &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo =
        stackAction(tr("&Redo"), redoOrStay, &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_rateAction);
    edit->addAction(m_deleteAction);
    addKnotActions(*this, edit);
    addPreferencesAction(*this, edit, m_settings);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Mark"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showMark);
    view->addAction(tr("T&rends"), QKeySequence(Qt::CTRL | Qt::Key_2), this, &MainWindow::showTrends);
    view->addAction(tr("R&outine"), QKeySequence(Qt::CTRL | Qt::Key_3), this, &MainWindow::showRoutine);
    view->addAction(tr("Re&port"), QKeySequence(Qt::CTRL | Qt::Key_4), this, &MainWindow::showReport);
    view->addSeparator();
    view->addAction(m_previousDay);
    view->addAction(m_nextDay);
    view->addAction(m_today);

    addHelpMenu(*this, menuBar(), m_store, m_settings); // HelpMenu.cpp
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Day"));
    m_dayBar = bar;
    bar->setObjectName(QStringLiteral("dayToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* label = new QLabel(tr("Showing "), bar);
    label->setContentsMargins(6, 0, 0, 0);
    bar->addWidget(label);
    bar->addAction(m_previousDay);
    m_dateEdit = new DayEdit(m_date, bar);
    m_dateEdit->setObjectName(QStringLiteral("dayEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(
        translateIn("DateText", "dddd d MMMM yyyy", "Qt date pattern: Sunday 25 October 2026"));
    m_dateEdit->setMaximumDate(QDate::currentDate());
    m_dateEdit->setAccessibleName(tr("Day shown on the map"));
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &MainWindow::showDate);
    bar->addWidget(m_dateEdit);
    bar->addAction(m_nextDay);
    bar->addSeparator();
    bar->addAction(m_today);
}

void MainWindow::showTrends()
{
    m_tabs->setCurrentWidget(m_trends);
}

void MainWindow::showReport()
{
    m_tabs->setCurrentWidget(m_reportTab);
}

void MainWindow::showRoutine()
{
    m_tabs->setCurrentWidget(m_routineTab);
}

RoutineView* MainWindow::routineView()
{
    if (!m_routine)
        m_routine =
            placeInPage(new RoutineView(m_store, m_settings, m_catalogue, m_routineTab), m_routineTab);
    return m_routine;
}

ReportView* MainWindow::reportView()
{
    if (!m_report)
        m_report = placeInPage(new ReportView(m_store, m_settings, m_catalogue, m_reportTab), m_reportTab);
    return m_report;
}

void MainWindow::showMark()
{
    m_tabs->setCurrentWidget(m_splitter);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.value(SettingKey::WindowGeometry).toByteArray()))
        resize(1180, 820);
    restoreState(m_settings.value(SettingKey::WindowState).toByteArray());
    // A state saved on another tab holds the day bar hidden; the window opens on Mark, where it belongs.
    m_dayBar->setVisible(m_tabs->currentIndex() == 0);
    m_splitter->restoreState(m_settings.value(SettingKey::MapSplitterState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!finishEditing()) {
        event->ignore(); // Cancel, or a refused save: the window stays with what was typed
        return;
    }
    m_settings.setValue(SettingKey::WindowGeometry, saveGeometry());
    m_settings.setValue(SettingKey::WindowState, saveState());
    m_settings.setValue(SettingKey::MapSplitterState, m_splitter->saveState());
    if (Reminders* reminders = Reminders::of(*this); reminders && reminders->hideInsteadOfClosing()) {
        event->ignore(); // KeepInTray: KnotMap stays in the tray, to remind
        return;
    }
    event->accept();
}

void MainWindow::showDate(QDate date)
{
    date = std::min(date, QDate::currentDate());
    if (!date.isValid())
        return;
    if (!finishEditing()) {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(m_date); // the day stays while the editor holds what was typed
        return;
    }
    m_date = date;
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    m_nextDay->setEnabled(date < QDate::currentDate());
    m_today->setEnabled(date != QDate::currentDate());
    refresh();
}

void MainWindow::refresh()
{
    const QList<Spot> spots = m_store.spots();
    // By each rating's own local day, as the store counts days (LocalDay.h), not by this machine's midnight.
    const QHash<qint64, Rating> latest = m_store.latestRatings(m_date);
    const QSet<qint64> ratedThatDay = m_store.spotsRatedOn(m_date);

    // Knots and felt pain on the back view; felt pain at a front-view area on the front view.
    QList<MapSpot> mapSpots, backSpots, frontSpots;
    for (const Spot& spot : spots) {
        const auto rating = latest.constFind(spot.id);
        if (rating == latest.constEnd())
            continue; // first rated after the day shown
        const MapSpot shown{spot.id, spot.position, rating->intensity, !ratedThatDay.contains(spot.id),
                            spot.kind == SpotKind::Felt};
        mapSpots.append(shown);
        (mapFor(spot.region) == m_frontMap ? frontSpots : backSpots).append(shown);
    }
    // What a screen reader says for each spot (access/MapAccessible.h), from what the map shows.
    m_spotWords.clear();
    for (const Spot& spot : spots)
        if (const auto rating = latest.constFind(spot.id); rating != latest.constEnd())
            m_spotWords.insert(spot.id, spotInWords(spot, *rating));
    m_map->setSpots(backSpots);
    m_frontMap->setSpots(frontSpots);
    m_regions->setSpots(spots, latest);
    if (m_selectedSpot && !m_store.spot(m_selectedSpot))
        m_selectedSpot = 0;
    m_map->setSelectedSpot(m_selectedSpot);
    m_frontMap->setSelectedSpot(m_selectedSpot);
    m_deleteAction->setEnabled(m_selectedSpot != 0);
    m_rateAction->setEnabled(m_selectedSpot != 0);
    updateReferralFrom(spots, latest);
    const int faded =
        int(std::count_if(mapSpots.cbegin(), mapSpots.cend(), [](const MapSpot& s) { return s.faded; }));
    m_spotCount->setText(tr("%n spot(s)", "", int(mapSpots.size())) +
                         tr(" · %1 not rated this day").arg(faded));
    m_spotCount->setToolTip(m_spotCount->text());
}

void MainWindow::selectSpot(qint64 spotId)
{
    m_selectedSpot = spotId;
    m_map->setSelectedSpot(spotId);
    m_frontMap->setSelectedSpot(spotId);
    m_deleteAction->setEnabled(spotId != 0);
    m_rateAction->setEnabled(spotId != 0);
    updateReferral();
}

void MainWindow::showSpot(qint64 spotId)
{
    selectSpot(spotId);
    m_regions->selectSpot(spotId);
}

void MainWindow::reportError(const QString& message)
{
    // Window-modal and non-blocking: the message stays until read, and nothing waits on it.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Not Saved"),
                        tr("KnotMap could not save the change: %1.").arg(message), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(tr("Not saved: %1").arg(message), 8000);
}

void MainWindow::showRegionInStatus(const QString& regionId)
{
    if (regionId.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(regionName(regionId));
}

QString MainWindow::regionName(const QString& regionId) const
{
    return m_store.placeName(regionId);
}

} // namespace knotmap::ui
