// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include "CsvStream.h"

#include <QBuffer>

namespace knotmap {

CsvDocument readCsv(const QByteArray& bytes)
{
    CsvDocument document;
    QByteArray copy = bytes; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(buffer);
    while (stream.next())
        document.records.append({stream.line(), stream.fieldsAsText()});
    document.problem = stream.problem();
    return document;
}

} // namespace knotmap
