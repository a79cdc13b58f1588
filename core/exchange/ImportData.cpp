#include "ImportData.h"

#include "domain/ShownText.h"

#include <QCoreApplication>

namespace knotmap {

ProblemList::ProblemList(const QString& fileName) : m_fileName(escapeControlCharacters(fileName)) {}

void ProblemList::add(int line, const QString& message)
{
    add(QString::number(line), message);
}

void ProblemList::add(const QString& where, const QString& message)
{
    ++m_count;
    if (m_lines.size() < kMaxReportedProblems)
        m_lines.append(
            QStringLiteral("%1:%2: %3")
                .arg(m_fileName, escapeControlCharacters(where), escapeControlCharacters(message)));
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
