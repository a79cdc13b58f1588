// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvStream.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>

namespace knotmap {

namespace {
constexpr qint64 kChunk = 1 << 20;

// Where the first byte that is not strict UTF-8 is (overlong forms, surrogates and code points past
// U+10FFFF are refused, as QStringDecoder does), or -1.
qsizetype firstBadUtf8(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned lowest = 0;
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1, lowest = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2, lowest = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3, lowest = 0x10000;
        else
            return i;
        if (i + extra >= n)
            return i;
        unsigned code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < lowest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineEndsIn(const char* text, qsizetype size)
{
    int count = 0;
    for (qsizetype i = 0; i < size; ++i)
        count += text[i] == '\n' || (text[i] == '\r' && (i + 1 == size || text[i + 1] != '\n')) ? 1 : 0;
    return count;
}
} // namespace

CsvStream::CsvStream(QIODevice& device) : m_device(device) {}

QStringList CsvStream::fieldsAsText() const
{
    QStringList text;
    text.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i)
        text.append(QString::fromUtf8(m_fields[size_t(i)]));
    return text;
}

bool CsvStream::refill()
{
    if (m_atEnd)
        return false;
    // Only the unfinished record is kept; what came before it is done with.
    m_consumed += m_pos;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + kChunk);
    const qint64 got = m_device.read(m_buffer.data() + had, kChunk);
    m_buffer.resize(had + std::max<qint64>(got, 0));
    if (got < 0) { // a read error is never taken for the end of the file: that would import half of it
        m_atEnd = true;
        m_problem = CsvProblem{
            m_line, translateIn("Csv", "the file could not be read: %1").arg(m_device.errorString())};
        return false;
    }
    if (got == 0)
        m_atEnd = true;
    return true;
}

QByteArray& CsvStream::nextField()
{
    if (size_t(m_count) == m_fields.size())
        m_fields.emplace_back();
    QByteArray& field = m_fields[size_t(m_count++)];
    field.resize(0); // keeps its capacity
    return field;
}

bool CsvStream::next()
{
    if (m_problem)
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 3 && refill()) {
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    for (;;) {
        if (m_pos >= m_buffer.size() && !refill())
            return false;
        const qsizetype start = m_pos;
        const int startLine = m_line;
        switch (parse()) {
        case Step::Problem:
            return false;
        case Step::NeedMore:
            // The record runs past the buffer: read on and parse it again from its start.
            m_pos = start;
            m_line = startLine;
            if (!refill()) {
                if (!m_problem)
                    m_problem =
                        CsvProblem{m_line, translateIn("Csv", "the file could not be read to its end")};
                return false;
            }
            continue;
        case Step::Record:
            if (m_count == 1 && m_fields[0].isEmpty())
                continue; // a blank line
            return true;
        }
    }
}

CsvStream::Step CsvStream::parse()
{
    const char* text = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;
    m_count = 0;
    m_recordLine = m_line;
    // A CR or a quote as the buffer's last byte needs the next byte to be understood.
    const auto unsure = [&](qsizetype at) { return at + 1 >= n && !m_atEnd; };
    for (;;) {
        QByteArray& field = nextField();
        if (i < n && text[i] == '"') {
            const int quoteLine = m_line;
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = text[i];
                if (c == '"') {
                    if (unsure(i))
                        return Step::NeedMore;
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == '\r' && unsure(i))
                    return Step::NeedMore;
                if (c == '\n' || (c == '\r' && (i + 1 == n || text[i + 1] != '\n')))
                    ++m_line;
                // Runs of plain bytes in one append.
                qsizetype end = i + 1;
                while (end < n && text[end] != '"' && text[end] != '\r' && text[end] != '\n')
                    ++end;
                field.append(text + i, end - i);
                i = end;
            }
            if (!closed) {
                if (!m_atEnd)
                    return Step::NeedMore;
                m_problem = CsvProblem{quoteLine, translateIn("Csv", "a quoted field is never closed")};
                return Step::Problem;
            }
            if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                m_problem = CsvProblem{
                    m_line,
                    translateIn("Csv", "text follows a closing quote; quotes inside a field are doubled")};
                return Step::Problem;
            }
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"') {
                    m_problem = CsvProblem{
                        m_line,
                        translateIn("Csv", "a quote inside an unquoted field; quote the whole field")};
                    return Step::Problem;
                }
                ++i;
            }
            if (i >= n && !m_atEnd)
                return Step::NeedMore;
            field.append(text + start, i - start);
        }
        if (const qsizetype bad = firstBadUtf8(field); bad >= 0) {
            const int line = m_line - lineEndsIn(field.constData() + bad, field.size() - bad);
            m_problem = CsvProblem{
                line, translateIn("Csv", "the file is not UTF-8 text (save it as UTF-8 and try again)")};
            return Step::Problem;
        }
        if (i < n && text[i] == ',') {
            ++i;
            continue;
        }
        // The end of the record: CRLF, LF, a lone CR or the end of the file.
        if (i < n && text[i] == '\r' && unsure(i))
            return Step::NeedMore;
        if (i < n && text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')
            ++i;
        if (i < n) {
            ++i;
            ++m_line;
        }
        m_pos = i;
        return Step::Record;
    }
}

} // namespace knotmap
