// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace knotmap {

// Text from files and arguments, made safe to show in a message: control characters become visible escapes
// (\n, \r, \t, \x1b, \u2028 …), so a file or an argument can neither forge extra lines nor move a
// terminal's cursor. Everything else, accents and emoji included, is shown as it is.
QString escapeControlCharacters(const QString& text);

// A name or label used inside a sentence: "Left upper trapezius" → "left upper trapezius" in English. Whether
// it loses its capital is the language's rule, which its catalogue answers: German nouns keep theirs.
inline QString lowerFirst(QString text)
{
    const bool lowerCase =
        QCoreApplication::translate("ShownText", "yes",
                                    "Does a name inside a sentence start with a small letter? English: yes "
                                    "(\"the left upper trapezius\"). Answer yes or no; German: no.") !=
        QLatin1String("no");
    if (lowerCase && !text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace knotmap
