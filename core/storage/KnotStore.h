// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"
#include "atlas/Referral.h"
#include "domain/DailyAggregate.h"
#include "domain/ImportRecords.h"
#include "domain/LoggedStep.h"
#include "domain/Rating.h"
#include "domain/Result.h"
#include "domain/ShownFlag.h"
#include "domain/Spot.h"
#include "storage/Backups.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace knotmap {

// When SQLite's quick check reads every page of the file. BeforeOpening: open() returns only once it passed
// (the command line, and any file about to be migrated). InBackground: open() returns at once and a thread
// of its own runs the check; every write waits for its verdict and is refused, like every later write, when
// it found damage (damageFound() says so). A window so opens ten years of data as fast as an empty file.
// BeforeFirstWrite: on the first write, on the store's own connection (a command that only reads never
// waits for it; a worker's import checks for itself).
enum class IntegrityCheck { BeforeOpening, InBackground, BeforeFirstWrite };

struct StoreOptions
{
    int busyTimeoutMs = 3000; // how long to wait for another program's lock before giving up
    IntegrityCheck integrityCheck = IntegrityCheck::BeforeOpening;
};

// Every spot and rating, kept in one SQLite file. Each write is one IMMEDIATE transaction and is saved at
// once; it returns its value or, refused, the reason, and changes nothing. A read that fails (a file damaged
// or locked since it was opened) returns nothing and says why through readFailed(). Change signals are
// emitted after the commit, in about-to/done pairs that map onto an item model's begin/end calls.
//
// Only SQLite's own connection ever opens the file, its -wal or its -shm: POSIX drops every lock a process
// holds on a file when any descriptor on it is closed, so a second descriptor would silently break the
// locking that lets the window and knotmap-cli write to the same file at once (docs/data-formats.md).
// One rating as it comes off the database, for exports: the text is the stored UTF-8, and the views last only
// as long as the visit.
struct RatingRecordView
{
    qint64 spotId = 0;
    RecordedTime recordedAt;
    int intensity = 0;
    QByteArrayView quality; // the stored key, '' for none
    QByteArrayView note;
};

// A knot's name (Spot::label): one line of at most kMaxSpotLabelLength characters. Empty when valid;
// otherwise a sentence naming the problem. An empty name is valid: the knot is called "Knot n" again.
inline constexpr int kMaxSpotLabelLength = 60;
QString validateSpotLabel(const QString& label);

class KnotStore : public QObject
{
    Q_OBJECT

public:
    // Opens the file, creating it (mode 0600) and its folder when missing, and migrates its schema.
    static std::unique_ptr<KnotStore> open(const QString& path, const BodyAtlas& atlas, QString* error,
                                           StoreOptions options = {});
    // A second, read-only connection on a file a store already opened, for work on another thread: it
    // checks and changes nothing (no integrity check, no migration, no signals anyone listens to), and is
    // used and destroyed on the thread that opened it. Refuses a file of another schema version.
    static std::unique_ptr<KnotStore> openReader(const QString& path, const BodyAtlas& atlas, QString* error,
                                                 StoreOptions options = {});
    static QString defaultPath(); // AppDataLocation/knotmap.sqlite
    ~KnotStore() override;

    QString path() const { return m_path; }
    QString sqliteVersion() const; // the SQLite library the connection runs on, for Help › About
    const BodyAtlas& atlas() const { return m_atlas; }
    // The felt-pain vocabulary (resources/referral): the areas a felt-pain spot may be recorded at.
    const ReferralAtlas& referral() const { return m_referral; }
    // A spot's place as a person reads it: a region's name ("Left upper trapezius") or, for felt pain, its
    // pain area's ("Left temple"); the id itself when neither knows it.
    QString placeName(const QString& regionOrArea) const;
    // The database and the files SQLite keeps beside it (-wal, -shm, -journal): nothing may be written over
    // them, nor opened by anything but SQLite.
    QStringList ownFiles() const;

    QList<Spot> spots(bool includeArchived = false) const; // oldest first
    std::optional<Spot> spot(qint64 spotId) const;
    std::optional<Spot> spotByKey(const QString& key) const;
    QList<Rating> ratingsForSpot(qint64 spotId) const; // oldest first
    // Every rating in the order of ratingsOnLocalDays (oldest first), handed over one at a time straight from
    // one forward-only query, so a million rows are never all in memory. False when the read failed (said
    // through readFailed(), as every read is).
    bool forEachRating(const std::function<void(const RatingRecordView&)>& visit) const;
    // Ratings whose own local date lies in [from, to]; an invalid date leaves that end open.
    QList<Rating> ratingsOnLocalDays(QDate from, QDate to) const;
    std::optional<Spot> spotByUuid(const QString& uuid) const;
    // spot id -> its latest rating whose own local day is on or before `localDay`
    QHash<qint64, Rating> latestRatings(QDate localDay) const;
    QSet<qint64> spotsRatedOn(QDate localDay) const; // in each rating's own local time

    // Trends (KnotStoreAnalysis.cpp): per local day over [from, to], oldest first.
    QList<DailyAggregate> dailyAggregates(const RatingFilter& filter, QDate from, QDate to) const;
    // Per local day and spot over [from, to], by day, then spot id: one walk of ratings_by_local_day that
    // trends and the report turn into days, regions and knots (read through SQLite's own API and summed as
    // the rows pass: ten years are 949,829 ratings into some 146,000 spot-days).
    QList<SpotDayTotals> spotDayTotals(const RatingFilter& filter, QDate from, QDate to) const;
    // Per spot and local day over [from, to], by day, then spot id: the rows the verdict follows knots by.
    QList<SpotDailyAggregate> spotDailyAggregates(const RatingFilter& filter, QDate from, QDate to) const;
    // Per spot and local day over only the days asked of each spot (ranges may overlap; each day comes
    // once), by spot id, then day: a few windows read straight off ratings_by_spot_local_day.
    QList<SpotDailyAggregate> spotDailyAggregatesIn(const QList<SpotDayRange>& ranges) const;
    // The ratings as chart dots, or nullopt when there are more than `limit`.
    std::optional<QList<RatingPoint>> ratingPoints(const RatingFilter& filter, QDate from, QDate to,
                                                   int limit) const;
    std::optional<QDate> firstRatedDay() const;
    // The report (KnotStoreReport.cpp); its spot-days are spotDayTotals.
    // Each spot's last rating in recorded order among its ratings on local days [from, to].
    QHash<qint64, Rating> lastRatingsIn(QDate from, QDate to) const;
    // The `limit` most recent ratings with a note on local days [from, to], oldest first, and how many
    // such ratings the period holds in all.
    struct NotedRatings
    {
        QList<Rating> latest;
        qint64 total = 0;
    };
    NotedRatings notedRatings(QDate from, QDate to, int limit) const;
    // The statement behind dailyAggregates and its values, so benchmarks can run it through plain sqlite3.
    static QString dailyAggregateSql(const RatingFilter& filter);
    static QVariantList dailyAggregateValues(const RatingFilter& filter, QDate from, QDate to);
    // The statement behind spotDailyAggregates (same values as dailyAggregateValues), for its query-plan
    // test.
    static QString spotDailyAggregateSql(const RatingFilter& filter);
    // The statement behind spotDayTotals (same values as dailyAggregateValues), for its query-plan test.
    static QString spotDayTotalsSql(const RatingFilter& filter);

    // A new spot at a point of the body (its region found from the atlas) with its first rating. An empty key
    // gets the next free "<region>-<n>", chosen inside the writing transaction so parallel adds never clash.
    Result<SpotSnapshot> createSpot(QPointF position, const Rating& firstRating, const QString& key = {});
    // Felt pain at a pain area ("temple-left"): the area must be in the vocabulary (referral()); position is
    // the point on the area's view (front or back), normalised. An empty key gets the next free
    // "<area>-<n>" ("temple-left-1"), as createSpot does.
    Result<SpotSnapshot> createFeltSpot(const QString& areaId, QPointF position, const Rating& firstRating,
                                        const QString& key = {});
    // "This knot may explain that felt pain": the first spot must be felt pain, the second a knot, and the
    // pair is linked once. unlinkSpots returns the link it removed (its time too), for undo.
    Result<void> linkSpots(qint64 feltSpotId, qint64 knotSpotId);
    Result<SpotLink> unlinkSpots(qint64 feltSpotId, qint64 knotSpotId);
    QList<SpotLink> spotLinks() const; // all links, oldest first
    Result<qint64> addRating(const Rating& rating);
    Result<void> addRatings(const QList<Rating>& ratings); // all in one transaction, or none
    // Replaces `expected` with `replacement` (same id), but only while the stored rating still equals
    // `expected`: an undo never overwrites a change someone else made since.
    Result<void> updateRating(const Rating& expected, const Rating& replacement);
    Result<Rating> removeRating(qint64 ratingId);
    Result<void> restoreRating(const Rating& rating); // puts a removed rating back with its id
    // Deletes a rating only while it still equals `expected` and is not its spot's only one (a knot keeps
    // at least one rating: the person deletes the knot instead). KnotStoreDetails.cpp.
    Result<void> removeRatingAsShown(const Rating& expected);
    // Moves a spot; with `expectedFrom`, only while it is still there. A knot takes the back-view region
    // its new point lies in; felt pain keeps its area (its point moves within the area's view).
    Result<void> moveSpot(qint64 spotId, QPointF position, std::optional<QPointF> expectedFrom = {});
    // A knot's name and archiving (KnotStoreDetails.cpp), each only while the spot still has `expected`, so
    // an undo never overwrites a change made meanwhile. The name is trimmed; an archived spot keeps all its
    // ratings but leaves spots() (the map, the list, the planner) until it is brought back (nullopt).
    Result<void> setSpotLabel(qint64 spotId, const QString& expected, const QString& label);
    Result<void> setSpotArchived(qint64 spotId, std::optional<qint64> expected,
                                 std::optional<qint64> archivedUtc);
    // Returns all that was removed, for undo: its ratings, the routine steps that named it, its links.
    Result<SpotSnapshot> removeSpot(qint64 spotId);
    // Puts it all back with the same ids and UUID; a link comes back only where its other spot still is.
    Result<void> restoreSpot(const SpotSnapshot& snapshot);

    // The routine log (KnotStoreRoutines.cpp).
    Result<qint64> logRoutineStep(const LoggedStep& step);
    QList<LoggedStep> routineLog(QDate from, QDate to) const; // by each step's own local day, oldest first
    QList<LoggedStep> routineLogForSpot(qint64 spotId) const;
    // Each technique done for a spot (steps for a region alone are left out), summed in SQLite; by spot
    // id, then in the order the person started them.
    QList<TechniqueRecord> techniqueRecords() const;

    // Adds a whole file's data in one transaction (KnotStoreImport.cpp). A spot is matched by its UUID; a
    // file without UUIDs matches by key (the region must agree). A spot whose key is taken by a different
    // knot gets the next free key of its region. Ratings and steps already in the database are skipped and
    // counted, so importing a file twice changes nothing. A spot matched by UUID must be of the file's kind.
    // Links name their spots by UUID, in the file or here, felt pain first and a knot second; a link here
    // already is skipped and counted. A cancel from progress rolls everything back.
    // moreRatings, when given, streams further ratings of data's spots in the same transaction (a CSV of a
    // million rows is never held whole); a problem it returns rolls everything back too.
    Result<ImportCounts> importData(const ImportData& data, const ImportProgress& progress = {},
                                    const RatingSource& moreRatings = {});

    // Backups (KnotStoreRestore.cpp; making and listing them: Backups.h). Replaces everything in the database
    // with a verified backup's contents, in one step under SQLite's locks, after backing up what is there;
    // returns that before-restore backup. An older backup is migrated. Views reload (dataImported).
    Result<BackupInfo> restoreBackup(const QString& backupPath);
    // How many ratings have an id above `ratingId`: what a restore of a backup whose last rating it was
    // loses.
    qint64 ratingsAddedAfter(qint64 ratingId) const;
    QList<LoggedStep> routineLogAll() const;

    // Warning signs (KnotStoreFlags.cpp). The red-flag rules read when a sign was last said to be gone and
    // the nerve-type ratings since; the routine keeps which signs it showed each day, for the report.
    std::optional<RecordedTime> flagClearedAt(const QString& reason) const;
    Result<void> clearFlag(const QString& reason, const RecordedTime& at);
    QList<Rating> nerveSignRatingsAfter(std::optional<RecordedTime> after) const; // numb, tingling, shooting
    QList<ShownFlag> flagsShown(QDate from, QDate to) const; // by local day, oldest first
    QList<ShownFlag> flagsShownAll() const;
    QList<FlagClearance> flagClearancesAll() const;                          // oldest first
    Result<bool> recordFlagsShown(QDate day, const QList<ShownFlag>& flags); // true when it wrote

signals:
    void spotAboutToBeAdded(const knotmap::Spot& spot);
    void spotAdded(const knotmap::Spot& spot);
    void spotAboutToBeRemoved(qint64 spotId);
    void spotRemoved(qint64 spotId);
    void spotChanged(const knotmap::Spot& spot);
    void ratingsChanged(qint64 spotId);
    void linksChanged(); // a felt-pain link was made or undone (also when a removed spot took its links)
    void routineLogChanged();
    void redFlagsChanged(); // a warning sign was shown on a new day, or said to be gone
    // Many spots, ratings and steps changed at once — an import, or another program's writes (then
    // changedOutside() comes first): every view reloads what it shows.
    void dataImported();
    void changedOutside(); // another program (knotmap-cli, another window) committed since we last looked
    void readFailed(const QString& reason);
    // The background integrity check (IntegrityCheck::InBackground) found damage: nothing more is written.
    void damageFound(const QString& reason);

public:
    // Asks SQLite whether another connection committed since the last call (PRAGMA data_version, one cheap
    // query) and emits changedOutside() if so. The window calls it on a timer; the CLI never needs to.
    void checkForOutsideChanges();
    // The background integrity check's verdict, waiting for it if it still runs: empty when the file is
    // intact (or was checked before opening).
    QString integrityProblem() const;
    // The same without waiting: nothing while the check is still to run or running.
    std::optional<QString> integrityVerdictSoFar() const;

private:
    KnotStore(QString path, QString connectionName, BodyAtlas atlas, ReferralAtlas referral);
    QSqlDatabase db() const;
    // Runs body in one IMMEDIATE transaction; an sql::SqlFailure it throws rolls back and becomes the reason.
    Result<void> write(const std::function<void()>& body);
    template <typename T> T read(const std::function<T()>& body, T fallback) const;
    void insertRating(const Rating& rating, bool keepId);
    // A new spot and its first rating in one transaction, with a fresh UUID and the next key of its place.
    Result<SpotSnapshot> insertNewSpot(Spot spot, const Rating& firstRating, const QString& key);
    QString regionFor(QPointF position) const;
    std::optional<Spot> spotInWrite(qint64 spotId) const; // inside a write
    QString nextSpotKey(const QString& regionId) const;   // inside a write: the key column is locked
    qint64 dataVersion() const;

    QString m_path;
    QString m_connectionName;
    BodyAtlas m_atlas;
    ReferralAtlas m_referral;
    qint64 m_dataVersion = 0;
    struct BackgroundCheck;
    std::unique_ptr<BackgroundCheck> m_check;
    bool m_checkBeforeFirstWrite = false;
    mutable std::optional<QString> m_firstWriteVerdict;
};

} // namespace knotmap
