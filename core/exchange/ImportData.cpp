// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportData.h"

#include "domain/ShownText.h"

#include <QCoreApplication>

namespace knotmap {

const ReferralAtlas& standardPainAreas()
{
    static const ReferralAtlas areas = ReferralAtlas::loadStandard().value_or(ReferralAtlas());
    return areas;
}

ProblemList::ProblemList(const QString& fileName) : m_fileName(escapeControlCharacters(fileName)) {}

void ProblemList::add(int line, const QString& message)
{
    add(line, QString(), message);
}

void ProblemList::add(int line, const QString& path, const QString& message)
{
    ++m_count;
    if (isFull())
        return;
    const QString shown = escapeControlCharacters(message);
    m_lines.append(path.isEmpty()
                       ? QStringLiteral("%1:%2: %3").arg(m_fileName, QString::number(line), shown)
                       : QStringLiteral("%1:%2: %3: %4")
                             .arg(m_fileName, QString::number(line), escapeControlCharacters(path), shown));
}

QStringList ProblemList::lines() const
{
    QStringList result = m_lines;
    if (m_count > m_lines.size())
        result.append(
            QCoreApplication::translate("Import", "… and %1 more problems").arg(m_count - m_lines.size()));
    return result;
}

} // namespace knotmap
