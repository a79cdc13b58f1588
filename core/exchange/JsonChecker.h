// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportData.h"
#include "JsonLocator.h"
#include "domain/RecordedTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>

#include <optional>

namespace knotmap {

// An object in a KnotMap file: the root, a member of it (settings) or an element of one (ratings[3]). This
// small, so that reading a million clean elements builds no path: a path is made only for a problem.
struct JsonObjectAt
{
    QLatin1String member; // empty: the root
    qsizetype index = -1; // -1: the member itself
    JsonPath path(QLatin1String field = {}) const;
};

// What a field may be besides its type.
enum class JsonNeed {
    Required, // present and of its type
    Optional, // may be left out (then the caller's default); null is still wrong
    Nullable, // may be left out or null: no value
};

// Reads a KnotMap file strictly, so that nothing is taken as an empty default by mistake: each field must
// have its documented type. Every problem is reported at its line and path ("backup.json:14:
// ratings[2].note: must be text, not a number"). Each reader returns the value when the field has its type;
// otherwise nothing, after a problem unless `need` allows what is there. Fields the reader is not asked
// about are let be, so a later KnotMap may add some.
class JsonChecker
{
public:
    JsonChecker(const QByteArray& text, ProblemList& problems) : m_text(text), m_problems(problems) {}

    std::optional<QString> text(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                JsonNeed need = JsonNeed::Required);
    std::optional<double> number(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field);
    std::optional<int> wholeNumber(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                   JsonNeed need = JsonNeed::Required);
    std::optional<QJsonArray> array(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                    JsonNeed need = JsonNeed::Required);
    std::optional<QJsonObject> object(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                      JsonNeed need = JsonNeed::Required);
    // An element that must be an object, such as ratings[3].
    std::optional<QJsonObject> object(const QJsonValue& element, const JsonObjectAt& at);
    // Calls read(object, at) for each element of the root member's array that is an object, as it must be.
    template <typename Read> void forEachObject(const QJsonArray& array, QLatin1String member, Read read)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const JsonObjectAt at{member, i};
            if (const auto element = object(array[i], at))
                read(*element, at);
        }
    }
    // Text that must be an ISO 8601 time with its UTC offset.
    std::optional<RecordedTime> time(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                     JsonNeed need = JsonNeed::Required);

    void problem(const JsonPath& path, const QString& message);
    void problem(const JsonObjectAt& at, QLatin1String field, const QString& message)
    {
        problem(at.path(field), message);
    }

private:
    std::optional<QJsonValue> typed(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                    QJsonValue::Type type, JsonNeed need, const QString& expected);

    QByteArray m_text; // shared, not copied
    ProblemList& m_problems;
    std::optional<JsonLocator> m_locator; // built at the first problem: a clean file never pays for it
};

} // namespace knotmap
