// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"
#include "routines/Catalogue.h"
#include "storage/KnotStore.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// GoogleTest prints QStrings as text, not as arrays of UTF-16 units, and QVariants as type and value.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QVariant& value, std::ostream* os)
{
    QString text;
    QDebug(&text) << value;
    *os << text.toStdString();
}

namespace knotmap::test {

// The shipped atlas and routine catalogue, loaded once per test binary.
const BodyAtlas& standardAtlas();
const RoutineCatalogue& standardCatalogue();
// A region's label point in the shipped atlas: a point that surely lies in that region.
QPointF labelOf(const char* regionId);

// A store on a fresh file in its own temporary folder.
struct TempDatabase
{
    TempDatabase();
    std::unique_ptr<KnotStore> open(StoreOptions options = {}) const;
    QString path() const { return dir.filePath(QStringLiteral("knotmap.sqlite")); }
    // Writes a file of these bytes beside the database (an import to read, say) and returns its path.
    QString writeFile(const QString& name, const QByteArray& bytes) const;

    QTemporaryDir dir;
};

// A second, independent connection to the same file: what another program (or the sqlite3 shell) sees.
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    QSqlDatabase db() const;
    qint64 count(const QString& table) const;
    bool exec(const QString& statement) const;

private:
    QString m_name;
};

// Loads a fixture of recorded_at,spot,region,intensity rows: each spot is created at its region's label
// point the first time its key appears, and rated again after that.
void loadRatingsFixture(KnotStore& store, const QString& fileName);

// Rates the spot `key` (made at the region's label point on first use) at 09:00 local time on each of the
// last `days` days up to today.
void rateEveryDay(KnotStore& store, const QString& region, const QString& key, int days, int intensity);

Rating ratingAt(const QString& iso, int intensity, Quality quality = Quality::None, const QString& note = {});

} // namespace knotmap::test
