// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonChecker.h"

namespace knotmap {

JsonPath JsonObjectAt::path(QLatin1String field) const
{
    JsonPath path;
    if (!member.isEmpty())
        path.append(QString(member));
    if (index >= 0)
        path.append(index);
    if (!field.isEmpty())
        path.append(QString(field));
    return path;
}

void JsonChecker::problem(const JsonPath& path, const QString& message)
{
    if (m_problems.isFull()) { // counted, not shown: no need to find its line
        m_problems.add(0, message);
        return;
    }
    if (!m_locator)
        m_locator.emplace(m_text);
    m_problems.add(m_locator->lineOf(path), jsonPathText(path), message);
}

} // namespace knotmap
