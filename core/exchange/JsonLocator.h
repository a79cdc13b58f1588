// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <variant>

namespace knotmap {

// A place in a JSON document, from the root: member names and array indexes, e.g. {"ratings", 2, "note"}.
using JsonPathStep = std::variant<QString, qsizetype>;
using JsonPath = QList<JsonPathStep>;

// How a person reads a path: "ratings[2].note".
QString jsonPathText(const JsonPath& path);

// The 1-based line of a byte offset. LF, CRLF and a lone CR each end a line, as in the CSV reader.
int lineAtOffset(QByteArrayView text, qsizetype offset);

// Finds the line where a value starts in JSON text that QJsonDocument has already accepted (it keeps no
// positions). Built only when there is a problem to place: one pass indexes the root's members and the
// elements of root arrays, and a deeper path is walked from its element, so a million-rating file is read
// once however many problems it has.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& text);

    // The line where the value at path starts. Where the path leads past what the document holds (a missing
    // field, an index beyond the end, a field of a number), the line of the deepest value it reaches: the
    // object that lacks the field.
    int lineOf(const JsonPath& path) const;

private:
    struct Place
    {
        qsizetype offset = 0;
        int line = 1;
    };
    struct Member
    {
        Place place;
        QList<Place> elements; // when the member is an array
    };
    int walk(Place from, const JsonPath& path, qsizetype step) const;

    QByteArray m_text;
    Place m_root;
    QHash<QString, Member> m_members;
};

} // namespace knotmap
