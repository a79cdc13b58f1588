#pragma once

#include "domain/Rating.h"
#include "routines/LoggedStep.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace knotmap {

// Everything a file brings, checked and ready for one transaction. Spots are named by key, not id.
struct ImportedSpot
{
    QString key;
    QPointF position;
    QString region;
    QString label;
    qint64 createdUtc = 0;
    std::optional<qint64> archivedUtc;
};

struct ImportedRating
{
    QString spotKey;
    Rating rating; // spotId unset
};

struct ImportedStep
{
    QString spotKey; // empty for a step on a region
    LoggedStep step; // spotId unset
};

struct ImportData
{
    QList<ImportedSpot> spots;
    QList<ImportedRating> ratings;
    QList<ImportedStep> routineLog;
    QVariantMap settings; // by settings key name, only from KnotMap JSON
};

struct ImportCounts
{
    int spotsAdded = 0;
    int ratingsAdded = 0;
    int ratingsSkipped = 0; // already in the database
    int stepsAdded = 0;
    int stepsSkipped = 0;
};

// Called as work proceeds; returning false cancels, and nothing is left behind.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

constexpr int kMaxReportedProblems = 50;

// Adds "file:line: message" to problems, up to the cap, and counts the rest. Messages quote the file, and
// file names are anyone's: control characters in either are shown escaped, so a file cannot forge lines or
// move a terminal's cursor.
class ProblemList
{
public:
    explicit ProblemList(const QString& fileName);
    void add(int line, const QString& message);
    void add(int line, const QString& path, const QString& message); // JSON: "file:14: ratings[2].note: …"
    bool isEmpty() const { return m_count == 0; }
    bool isFull() const { return m_lines.size() >= kMaxReportedProblems; } // more are only counted
    int count() const { return m_count; }
    QStringList lines() const; // with "… and N more" when capped

private:
    QString m_fileName;
    QStringList m_lines;
    int m_count = 0;
};

} // namespace knotmap
