// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and JSON written by hand, row by row, byte for byte what the QJsonDocument and QStringList exporters
// write (tests/core/StreamedExportTest.cpp compares them): a million ratings then take about as long as
// SQLite's own shell needs to print them, in a megabyte of memory.
#include "StreamedExport.h"

#include "Exchange.h"
#include "RatingRows.h"
#include "domain/IsoTimeText.h"
#include "storage/KnotStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>

namespace knotmap {

namespace {

// Text SQLite holds is UTF-8 when KnotMap wrote it; anything else is read the way Qt reads it, so the
// streamed files match the old ones even then.
QByteArray validUtf8(QByteArrayView text)
{
    return QString::fromUtf8(text).toUtf8();
}

bool isAscii(QByteArrayView text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

void appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// A stored quality key as the old exporters wrote it: the key when KnotMap knows it, else nothing.
QByteArrayView knownQuality(QByteArrayView stored)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> list;
        for (Quality q : allQualities())
            list.append(qualityKey(q).toUtf8());
        return list;
    }();
    for (const QByteArray& key : keys) {
        if (stored == key)
            return key;
    }
    return {};
}

template <typename Append> void appendText(QByteArray& out, QByteArrayView utf8, Append append)
{
    if (isAscii(utf8) || utf8.isValidUtf8())
        append(out, utf8);
    else
        append(out, QByteArrayView(validUtf8(utf8)));
}

// Any read of the store that failed while an export ran (every read says so through readFailed()): the
// small parts read before the rows fall back to nothing, and a file missing them must not be written.
class ReadFailures
{
public:
    explicit ReadFailures(const KnotStore& store)
        : m_connection(QObject::connect(&store, &KnotStore::readFailed, [this] { m_failed = true; }))
    {}
    ~ReadFailures() { QObject::disconnect(m_connection); }
    ReadFailures(const ReadFailures&) = delete;
    ReadFailures& operator=(const ReadFailures&) = delete;
    bool any() const { return m_failed; }

private:
    bool m_failed = false;
    QMetaObject::Connection m_connection;
};

} // namespace

void appendCsvField(QByteArray& out, QByteArrayView utf8)
{
    bool special = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            special = true;
            break;
        }
    }
    if (!special) {
        out.append(utf8);
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        out += '\\';
        switch (c) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(utf8.sliced(plainFrom));
    out += '"';
}

bool writeRatingsCsv(const KnotStore& store, ExportSink& sink)
{
    // Everything a row says about its spot, made once per spot: between the time and the intensity, and
    // after the note.
    struct SpotText
    {
        QByteArray middle;
        QByteArray tail;
    };
    const auto textOf = [](const Spot& spot) {
        return SpotText{',' + csvField(spot.key).toUtf8() + ',' + csvField(spot.region).toUtf8() + ',' +
                            coordinateText(spot.position.x()).toUtf8() + ',' +
                            coordinateText(spot.position.y()).toUtf8() + ',',
                        ',' + spot.uuid.toUtf8() + ',' + spotKindKey(spot.kind).toUtf8() + "\r\n"};
    };
    const ReadFailures failures(store);
    QHash<qint64, SpotText> spots;
    for (const Spot& spot : store.spots(true))
        spots.insert(spot.id, textOf(spot));
    const SpotText unknown = textOf(Spot{});

    sink.buffer() += kRatingsCsvHeader.toUtf8() + "\r\n";
    const bool read = store.forEachRating([&](const RatingRecordView& row) {
        const auto found = spots.constFind(row.spotId);
        const SpotText& spot = found == spots.cend() ? unknown : *found;
        QByteArray& out = sink.buffer();
        appendIsoTime(out, row.recordedAt);
        out += spot.middle;
        appendNumber(out, row.intensity);
        out += ',';
        out += knownQuality(row.quality);
        out += ',';
        appendText(out, row.note, appendCsvField);
        out += spot.tail;
        sink.rowDone();
    });
    return read && !failures.any() && sink.flush();
}

bool writeExportJson(const KnotStore& store, const Settings* settings, ExportSink& sink)
{
    return writeExportJson(store, exchangedSettingValues(settings), sink);
}

bool writeExportJson(const KnotStore& store, const QVariantMap& settingValues, ExportSink& sink)
{
    // Everything but the ratings is small: Qt writes it, with an empty ratings array, and the ratings are
    // written into that array by hand, indented as Qt indents (keys sorted, four spaces a level).
    const ReadFailures failures(store);
    const QJsonObject frame = exportJson(store, settingValues, ExportParts::WithoutRatings);
    const QByteArray text = QJsonDocument(frame).toJson(QJsonDocument::Indented);
    static const QByteArray kEmptyRatings = "\n    \"ratings\": [\n    ]";
    const qsizetype at = text.indexOf(kEmptyRatings);
    if (at < 0)
        return false;
    const qsizetype open = at + kEmptyRatings.size() - 5; // just after "[\n"
    sink.buffer() += QByteArrayView(text).first(open);

    QHash<qint64, QByteArray> keys; // each spot's key, as a JSON string
    for (const Spot& spot : store.spots(true)) {
        QByteArray key;
        appendJsonString(key, spot.key.toUtf8());
        keys.insert(spot.id, key);
    }
    const QByteArray unknownKey = "\"\"";
    bool first = true;
    const bool read = store.forEachRating([&](const RatingRecordView& row) {
        QByteArray& out = sink.buffer();
        out += first ? "        {\n            \"intensity\": " : ",\n        {\n            \"intensity\": ";
        first = false;
        appendNumber(out, row.intensity);
        out += ",\n            \"note\": ";
        appendText(out, row.note, appendJsonString);
        out += ",\n            \"quality\": ";
        if (const QByteArrayView quality = knownQuality(row.quality); quality.isEmpty())
            out += "null";
        else
            appendJsonString(out, quality);
        out += ",\n            \"recorded_at\": \"";
        appendIsoTime(out, row.recordedAt);
        out += "\",\n            \"spot\": ";
        const auto key = keys.constFind(row.spotId);
        out += key == keys.cend() ? unknownKey : *key;
        out += "\n        }";
        sink.rowDone();
    });
    if (!first)
        sink.buffer() += '\n';
    sink.buffer() += QByteArrayView(text).sliced(open);
    return read && !failures.any() && sink.flush();
}

} // namespace knotmap
