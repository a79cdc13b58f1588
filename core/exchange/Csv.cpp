// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace knotmap {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Csv", text);
}

// A line ends with LF, CRLF or a lone CR (classic Mac files); a CRLF counts once.
bool endsLine(QStringView text, qsizetype i)
{
    return text[i] == QLatin1Char('\n') ||
           (text[i] == QLatin1Char('\r') && (i + 1 == text.size() || text[i + 1] != QLatin1Char('\n')));
}

int lineEndsIn(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        count += endsLine(text, i) ? 1 : 0;
    return count;
}
} // namespace

CsvDocument readCsv(const QByteArray& bytes)
{
    CsvDocument document;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the line of the first bad byte, so a person can find it.
        const QString lenient = QString::fromUtf8(bytes);
        const qsizetype valid = lenient.indexOf(QChar::ReplacementCharacter);
        const int line = valid < 0 ? 1 : lineEndsIn(QStringView(lenient).left(valid)) + 1;
        document.problem =
            CsvProblem{line, tr("the file is not UTF-8 text (save it as UTF-8 and try again)")};
        return document;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text[i] == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (endsLine(text, i))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    document.problem = CsvProblem{quoteLine, tr("a quoted field is never closed")};
                    return document;
                }
                if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r') &&
                    text[i] != QLatin1Char('\n')) {
                    document.problem = CsvProblem{
                        line, tr("text follows a closing quote; quotes inside a field are doubled")};
                    return document;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r') &&
                       text[i] != QLatin1Char('\n')) {
                    if (text[i] == QLatin1Char('"')) {
                        document.problem =
                            CsvProblem{line, tr("a quote inside an unquoted field; quote the whole field")};
                        return document;
                    }
                    ++i;
                }
                field = text.mid(start, i - start); // one copy, not one append per character
            }
            record.fields.append(field);
            if (i < n && text[i] == QLatin1Char(',')) {
                ++i;
                continue;
            }
            // End of the record: CRLF, LF, a lone CR or the end of the text.
            if (i < n && text[i] == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (i < n) {
                ++i;
                ++line;
            }
            endOfRecord = true;
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].isEmpty();
        if (!blank)
            document.records.append(record);
    }
    return document;
}

} // namespace knotmap
