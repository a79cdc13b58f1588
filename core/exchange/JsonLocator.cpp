// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

namespace knotmap {

namespace {

// Walks JSON text already known to be valid, counting lines as it goes. It never judges the text: on
// anything unexpected it stops where it is, so a place is always found, if only an enclosing one.
class Scanner
{
public:
    Scanner(QByteArrayView text, qsizetype offset, int line) : m_text(text), m_pos(offset), m_line(line) {}

    qsizetype offset() const { return m_pos; }
    int line() const { return m_line; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void advance()
    {
        const char c = m_text[m_pos++];
        if (c == '\n' || (c == '\r' && peek() != '\n'))
            ++m_line; // a CRLF counts at its LF
    }

    // Moves past c, and the white space before it, when c comes next.
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        advance();
        return true;
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    // From its opening quote to past its closing one. Qt accepts raw line breaks in strings, so they count.
    void skipString()
    {
        advance();
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                ++m_pos; // the escaped character is never a line break in text Qt accepted
            if (!atEnd())
                advance();
        }
        if (!atEnd())
            advance();
    }

    QString readString();

    void skipValue()
    {
        skipSpace();
        const char first = peek();
        if (first == '"') {
            skipString();
            return;
        }
        if (first != '{' && first != '[') { // a number or a literal
            while (!atEnd() && !QByteArrayView(",}] \t\r\n").contains(peek()))
                ++m_pos;
            return;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                skipString();
                continue;
            }
            advance();
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos;
    int m_line;
};

// A member's name, decoded: "no\u0074e" is the field note.
QString Scanner::readString()
{
    const qsizetype start = std::min(m_pos + 1, m_text.size());
    skipString();
    const QByteArrayView raw = m_text.sliced(start, std::max(start, m_pos - 1) - start); // inside the quotes
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString decoded;
    qsizetype run = 0; // where the text since the last escape starts
    for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        decoded += QString::fromUtf8(raw.sliced(run, i - run));
        const char escaped = raw[i + 1];
        constexpr QByteArrayView kLetters("bfnrt"), kMeanings("\b\f\n\r\t");
        if (escaped == 'u' && i + 6 <= raw.size()) {
            decoded += QChar(raw.sliced(i + 2, 4).toUShort(nullptr, 16)); // surrogate pairs come as two
            i += 5;
        } else {
            const qsizetype k = kLetters.indexOf(escaped);
            decoded += QLatin1Char(k < 0 ? escaped : kMeanings[k]);
            i += 1;
        }
        run = i + 1;
    }
    return decoded + QString::fromUtf8(raw.sliced(std::min(run, raw.size())));
}

} // namespace

QString jsonPathText(const JsonPath& path)
{
    QString text;
    for (const JsonPathStep& step : path) {
        if (const QString* name = std::get_if<QString>(&step))
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + *name;
        else
            text += QStringLiteral("[%1]").arg(std::get<qsizetype>(step));
    }
    return text;
}

int lineAtOffset(QByteArrayView text, qsizetype offset)
{
    Scanner scanner(text, 0, 1);
    while (!scanner.atEnd() && scanner.offset() < offset)
        scanner.advance();
    return scanner.line();
}

JsonLocator::JsonLocator(const QByteArray& text) : m_text(text)
{
    Scanner s(m_text, m_text.startsWith("\xEF\xBB\xBF") ? 3 : 0, 1);
    s.skipSpace();
    m_root = {s.offset(), s.line()};
    if (!s.take('{'))
        return;
    s.skipSpace();
    while (s.peek() == '"') {
        const QString name = s.readString();
        s.take(':');
        s.skipSpace();
        Member member;
        member.place = {s.offset(), s.line()};
        if (s.take('[')) {
            s.skipSpace();
            while (!s.atEnd() && s.peek() != ']') {
                member.elements.append({s.offset(), s.line()});
                const qsizetype before = s.offset();
                s.skipValue();
                if (!s.take(',') && s.offset() == before)
                    break; // not valid JSON after all: stop rather than loop
                s.skipSpace();
            }
            s.take(']');
        } else {
            s.skipValue();
        }
        m_members.insert(name, member); // a repeated name: the last wins, as in QJsonDocument
        s.take(',');
        s.skipSpace();
    }
}

int JsonLocator::lineOf(const JsonPath& path) const
{
    const QString* name = path.isEmpty() ? nullptr : std::get_if<QString>(&path[0]);
    const auto member = name ? m_members.constFind(*name) : m_members.constEnd();
    if (member == m_members.constEnd())
        return m_root.line;
    const qsizetype* index = path.size() > 1 ? std::get_if<qsizetype>(&path[1]) : nullptr;
    if (!index)
        return walk(member->place, path, 1);
    if (*index < 0 || *index >= member->elements.size())
        return member->place.line;
    return walk(member->elements[*index], path, 2);
}

// From the value at `from`, follows path from `step` on, reading only what lies inside that value.
int JsonLocator::walk(Place from, const JsonPath& path, qsizetype step) const
{
    Scanner s(m_text, from.offset, from.line);
    for (; step < path.size(); ++step) {
        const int here = s.line();
        const QString* name = std::get_if<QString>(&path[step]);
        if (!s.take(name ? '{' : '['))
            return here;
        std::optional<Place> found;
        for (qsizetype i = 0; !s.atEnd() && !s.take(name ? '}' : ']'); ++i) {
            const qsizetype before = s.offset();
            bool match = false;
            if (name) {
                s.skipSpace();
                match = s.readString() == *name; // a repeated name: the last wins
                s.take(':');
            } else {
                match = i == std::get<qsizetype>(path[step]);
            }
            s.skipSpace();
            if (match)
                found = Place{s.offset(), s.line()};
            s.skipValue();
            if (!s.take(',') && s.offset() == before)
                break;
            if (match && !name)
                break; // an element is found once
        }
        if (!found)
            return here;
        s = Scanner(m_text, found->offset, found->line);
    }
    return s.line();
}

} // namespace knotmap
