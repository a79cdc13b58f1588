// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace knotmap {

// A moment as it was lived: the UTC instant plus the UTC offset in force where it was recorded.
// Keeping the offset means a rating made at 23:30 in Lisbon stays on that day after a flight to Tokyo.
struct RecordedTime
{
    qint64 utcSeconds = 0;
    int offsetMinutes = 0;

    static constexpr int kMaxOffsetMinutes = 14 * 60;

    static RecordedTime fromDateTime(const QDateTime& dateTime);
    static RecordedTime now();
    // The given local calendar day at the given local clock time, in this machine's time zone.
    static RecordedTime localDayAt(QDate day, QTime time);

    // Strict ISO 8601 with an explicit offset: 2026-03-01T08:30:00+01:00, 2026-03-01T07:30Z.
    static std::optional<RecordedTime> parseIso(const QString& text, QString* error = nullptr);
    // The same from UTF-8 bytes, the usual forms read by hand (an import reads a million of them); anything
    // else goes through parseIso, so the answers and the messages are the same.
    static std::optional<RecordedTime> parseIsoUtf8(QByteArrayView text, QString* error = nullptr);

    QDateTime toDateTime() const; // carries the offset
    QDate localDate() const;
    QString toIso() const; // 2026-03-01T08:30:00+01:00

    friend bool operator==(const RecordedTime&, const RecordedTime&) = default;
};

} // namespace knotmap
