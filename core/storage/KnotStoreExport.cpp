// SPDX-License-Identifier: GPL-3.0-or-later
// Reads for exports: every rating straight off one forward-only statement, without a Rating, a QString or a
// QVariant per row where the connection's own sqlite3 handle is at hand.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

namespace knotmap {

namespace {

// Ordered by the time index (its implicit rowid makes it (recorded_utc, id)), so no sort; the same order as
// ratingsOnLocalDays, which the exports used before.
constexpr const char* kAllRatings = "SELECT spot_id, recorded_utc, utc_offset_min, intensity, quality, note "
                                    "FROM ratings ORDER BY recorded_utc, id";

} // namespace

bool KnotStore::forEachRating(const std::function<void(const RatingRecordView&)>& visit) const
{
    return read<bool>(
        [&] {
            RatingRecordView row;
            if (sqlite3* native = sql::nativeHandle(db())) {
                sql::NativeStatement q(native, kAllRatings);
                while (q.next()) {
                    row.spotId = q.integer(0);
                    row.recordedAt = {q.integer(1), int(q.integer(2))};
                    row.intensity = int(q.integer(3));
                    row.quality = q.text(4);
                    row.note = q.text(5);
                    visit(row);
                }
                return true;
            }
            // Another SQLite under Qt's driver: the same rows through Qt, forward only.
            QSqlQuery q(db());
            q.setForwardOnly(true);
            if (!q.prepare(QString::fromLatin1(kAllRatings)))
                throw sql::SqlFailure{sql::describe(q.lastError())};
            sql::exec(q);
            while (q.next()) {
                const QByteArray quality = q.value(4).toString().toUtf8();
                const QByteArray note = q.value(5).toString().toUtf8();
                row.spotId = q.value(0).toLongLong();
                row.recordedAt = {q.value(1).toLongLong(), q.value(2).toInt()};
                row.intensity = q.value(3).toInt();
                row.quality = quality;
                row.note = note;
                visit(row);
            }
            return true;
        },
        false);
}

} // namespace knotmap
