// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace knotmap {

// Text from files and arguments, made safe to show in a message: control characters become visible escapes
// (\n, \r, \t, \x1b, \u2028 …), so a file or an argument can neither forge extra lines nor move a
// terminal's cursor. Everything else, accents and emoji included, is shown as it is.
QString escapeControlCharacters(const QString& text);

// A name or label used inside a sentence: "Left upper trapezius" → "left upper trapezius".
inline QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace knotmap
