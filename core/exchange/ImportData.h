// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/Referral.h"
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

// The felt-pain vocabulary imports check a felt spot's area against (resources/referral, read once; the
// store holds the same). Empty, so every felt spot is refused, only if the resources were left out.
const ReferralAtlas& standardPainAreas();

// Adds "file:line: message" to problems, up to the cap, and counts the rest. Messages quote the file, and
// file names are anyone's: control characters in either are shown escaped, so a file cannot forge lines or
// move a terminal's cursor.
class ProblemList
{
public:
    explicit ProblemList(const QString& fileName);
    void add(int line, const QString& message);
    void add(int line, const QString& path, const QString& message); // JSON: "file:14: ratings[2].note: …"
    bool isEmpty() const { return m_count == 0; }
    bool isFull() const { return m_lines.size() >= kMaxReportedProblems; } // more are only counted
    int count() const { return m_count; }
    QStringList lines() const; // with "… and N more" when capped

private:
    QString m_fileName;
    QStringList m_lines;
    int m_count = 0;
};

} // namespace knotmap
