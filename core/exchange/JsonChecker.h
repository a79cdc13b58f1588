// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportData.h"
#include "JsonLocator.h"

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

// Reports problems in a KnotMap file at their line and path: "backup.json:14: ratings[2].note: …".
class JsonChecker
{
public:
    JsonChecker(const QByteArray& text, ProblemList& problems) : m_text(text), m_problems(problems) {}

    void problem(const JsonPath& path, const QString& message);
    void problem(const JsonObjectAt& at, QLatin1String field, const QString& message)
    {
        problem(at.path(field), message);
    }

private:
    QByteArray m_text; // shared, not copied
    ProblemList& m_problems;
    std::optional<JsonLocator> m_locator; // built at the first problem: a clean file never pays for it
};

} // namespace knotmap
