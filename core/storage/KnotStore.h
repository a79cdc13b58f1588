#pragma once

#include "analysis/DailyAggregate.h"
#include "atlas/BodyAtlas.h"
#include "domain/Rating.h"
#include "domain/Spot.h"
#include "exchange/ImportData.h"
#include "routines/LoggedStep.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace knotmap {

struct StoreOptions
{
    int busyTimeoutMs = 3000; // how long to wait for another program's lock before giving up
};

// Every spot and rating, kept in one SQLite file. Each write is one transaction and is saved at once;
// a refused write changes nothing and leaves its reason in lastError(). Change signals are emitted
// after the commit, in about-to/done pairs that map onto an item model's begin/end calls.
class KnotStore : public QObject
{
    Q_OBJECT

public:
    // Opens the file, creating it (mode 0600) and its folder when missing, and migrates its schema.
    static std::unique_ptr<KnotStore> open(const QString& path, const BodyAtlas& atlas, QString* error,
                                           StoreOptions options = {});
    static QString defaultPath(); // AppDataLocation/knotmap.sqlite
    ~KnotStore() override;

    QString path() const { return m_path; }
    const BodyAtlas& atlas() const { return m_atlas; }
    QString lastError() const { return m_lastError; }

    QList<Spot> spots(bool includeArchived = false) const; // oldest first
    std::optional<Spot> spot(qint64 spotId) const;
    std::optional<Spot> spotByKey(const QString& key) const;
    QList<Rating> ratingsForSpot(qint64 spotId) const; // oldest first
    // Ratings whose own local date lies in [from, to]; an invalid date leaves that end open.
    QList<Rating> ratingsOnLocalDays(QDate from, QDate to) const;
    QHash<qint64, Rating> latestRatings(qint64 atOrBeforeUtc) const; // spot id -> its latest rating
    QSet<qint64> spotsRatedOn(QDate localDay) const;                 // in each rating's own local time
    QString nextSpotKey(const QString& regionId) const;

    // Trends (KnotStoreAnalysis.cpp): per local day over [from, to], oldest first.
    QList<DailyAggregate> dailyAggregates(const RatingFilter& filter, QDate from, QDate to) const;
    QList<RegionTotals> regionTotals(const RatingFilter& filter, QDate from, QDate to) const; // by region id
    // The ratings as chart dots, or nullopt when there are more than `limit`.
    std::optional<QList<RatingPoint>> ratingPoints(const RatingFilter& filter, QDate from, QDate to,
                                                   int limit) const;
    std::optional<QDate> firstRatedDay() const;
    // The statement behind dailyAggregates and its values, so benchmarks can run it through plain sqlite3.
    static QString dailyAggregateSql(const RatingFilter& filter);
    static QVariantList dailyAggregateValues(const RatingFilter& filter, QDate from, QDate to);

    // A new spot at a point of the body (its region found from the atlas) with its first rating.
    // An empty key gets the next free "<region>-<n>".
    std::optional<SpotSnapshot> createSpot(QPointF position, const Rating& firstRating,
                                           const QString& key = {});
    std::optional<qint64> addRating(const Rating& rating);
    bool addRatings(const QList<Rating>& ratings); // all in one transaction, or none
    bool updateRating(const Rating& rating);
    std::optional<Rating> removeRating(qint64 ratingId);
    bool restoreRating(const Rating& rating); // puts a removed rating back with its id
    bool moveSpot(qint64 spotId, QPointF position);
    std::optional<SpotSnapshot> removeSpot(qint64 spotId); // returns what was removed, for undo
    bool restoreSpot(const SpotSnapshot& snapshot);        // puts it back with the same ids

    // The routine log (KnotStoreRoutines.cpp).
    std::optional<qint64> logRoutineStep(const LoggedStep& step);
    QList<LoggedStep> routineLog(QDate from, QDate to) const; // by each step's own local day, oldest first
    QList<LoggedStep> routineLogForSpot(qint64 spotId) const;

    // Adds a whole file's data in one transaction (KnotStoreImport.cpp). Spots whose key exists are reused
    // (their region must match); ratings and steps already in the database are skipped and counted, so
    // importing a file twice changes nothing. A cancel from progress rolls everything back.
    std::optional<ImportCounts> importData(const ImportData& data, const ImportProgress& progress = {});
    QList<LoggedStep> routineLogAll() const;

signals:
    void spotAboutToBeAdded(const knotmap::Spot& spot);
    void spotAdded(const knotmap::Spot& spot);
    void spotAboutToBeRemoved(qint64 spotId);
    void spotRemoved(qint64 spotId);
    void spotChanged(const knotmap::Spot& spot);
    void ratingsChanged(qint64 spotId);
    void routineLogChanged();
    void dataImported(); // many spots and ratings at once: views reload

private:
    KnotStore(QString path, QString connectionName, BodyAtlas atlas);
    QSqlDatabase db() const;
    bool write(const std::function<void()>& body);
    bool refuse(const QString& problem);            // records why, for bool results
    std::nullopt_t refused(const QString& problem); // records why, for optional results
    template <typename T> T read(const std::function<T()>& body, T fallback) const;
    void insertRating(const Rating& rating, bool keepId);
    QString regionFor(QPointF position) const;

    QString m_path;
    QString m_connectionName;
    BodyAtlas m_atlas;
    mutable QString m_lastError;
};

} // namespace knotmap
