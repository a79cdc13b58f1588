// SPDX-License-Identifier: GPL-3.0-or-later
// A knot's own details the person changes from the window (issue 13): its name and whether it is archived.
// Both are compare-and-set, like updateRating, so an undo never overwrites someone else's later change.
#include "KnotStore.h"

#include "SqlSupport.h"
#include "StoreRows.h"

namespace knotmap {

QString validateSpotLabel(const QString& label)
{
    if (label.contains(QLatin1Char('\n')) || label.contains(QLatin1Char('\r')) ||
        label.contains(QLatin1Char('\t')))
        return KnotStore::tr("a knot's name is one line, without line breaks or tabs");
    if (label.size() > kMaxSpotLabelLength)
        return KnotStore::tr("a knot's name has at most %1 characters; this one has %2")
            .arg(kMaxSpotLabelLength)
            .arg(label.size());
    return {};
}

Result<void> KnotStore::setSpotLabel(qint64 spotId, const QString& expected, const QString& label)
{
    const QString trimmed = label.trimmed();
    if (QString problem = validateSpotLabel(trimmed); !problem.isEmpty())
        return Failure{problem};
    std::optional<Spot> changed;
    if (Result<void> written = write([&] {
            changed = spotInWrite(spotId);
            if (!changed)
                throw sql::SqlFailure{tr("there is no spot with id %1").arg(spotId)};
            if (changed->label != expected)
                throw sql::SqlFailure{
                    tr("the knot was renamed elsewhere in the meantime; its name was left as it is")};
            sql::run(db(), QStringLiteral("UPDATE spots SET label = ? WHERE id = ?"),
                     {sql::text(trimmed), spotId});
        });
        !written)
        return written;
    changed->label = trimmed;
    emit spotChanged(*changed);
    return {};
}

Result<void> KnotStore::setSpotArchived(qint64 spotId, std::optional<qint64> expected,
                                        std::optional<qint64> archivedUtc)
{
    std::optional<Spot> changed;
    if (Result<void> written = write([&] {
            changed = spotInWrite(spotId);
            if (!changed)
                throw sql::SqlFailure{tr("there is no spot with id %1").arg(spotId)};
            if (changed->archivedUtc != expected)
                throw sql::SqlFailure{tr(
                    "the knot was archived or brought back elsewhere in the meantime; it was left as it is")};
            sql::run(db(), QStringLiteral("UPDATE spots SET archived_utc = ? WHERE id = ?"),
                     {archivedUtc ? QVariant(*archivedUtc) : QVariant(), spotId});
        });
        !written)
        return written;
    changed->archivedUtc = archivedUtc;
    emit spotChanged(*changed);
    return {};
}

Result<void> KnotStore::removeRatingAsShown(const Rating& expected)
{
    if (Result<void> written = write([&] {
            QSqlQuery q = sql::run(
                db(), QStringLiteral("SELECT %1 FROM ratings WHERE id = ?").arg(rows::kRatingColumns),
                {expected.id});
            if (!q.next())
                throw sql::SqlFailure{tr("there is no rating with id %1").arg(expected.id)};
            if (!(rows::ratingFrom(q) == expected))
                throw sql::SqlFailure{
                    tr("the rating was changed elsewhere in the meantime; it was left as it is")};
            q.finish();
            if (sql::scalar(db(), QStringLiteral("SELECT count(*) FROM ratings WHERE spot_id = ?"),
                            {expected.spotId})
                    .toLongLong() <= 1)
                throw sql::SqlFailure{tr("a knot keeps at least one rating; delete the knot instead")};
            sql::run(db(), QStringLiteral("DELETE FROM ratings WHERE id = ?"), {expected.id});
        });
        !written)
        return written;
    emit ratingsChanged(expected.spotId);
    return {};
}

} // namespace knotmap
