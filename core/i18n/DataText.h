// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace knotmap {

// A text from a data file (the atlas, the referral data, the routine catalogue) in the language installed
// when the file is loaded: the English text is the source, listed for lupdate in DataStrings.cpp. Loaded data
// keeps the language it was loaded in; a new language applies at the next start.
inline QString dataText(const char* context, const QString& english)
{
    if (english.isEmpty())
        return english;
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate(context, source.constData());
}

} // namespace knotmap
