#pragma once

#include "domain/ImportRecords.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace knotmap {

constexpr int kMaxReportedProblems = 50;

// Adds "file:line: message" to problems, up to the cap, and counts the rest.
class ProblemList
{
public:
    explicit ProblemList(QString fileName) : m_fileName(std::move(fileName)) {}
    void add(int line, const QString& message);
    void add(const QString& where, const QString& message); // for JSON: "ratings[3].intensity"
    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    QStringList lines() const; // with "… and N more" when capped

private:
    QString m_fileName;
    QStringList m_lines;
    int m_count = 0;
};

} // namespace knotmap
