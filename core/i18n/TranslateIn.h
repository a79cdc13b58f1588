// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace knotmap {

// A message in the named context, for code outside a class with tr(): lupdate reads the context from the call
// (it is told that translateIn is translate), so the catalogue and the lookup always agree. A free tr()
// helper would not: lupdate guesses its context from the enclosing namespace or class, the helper looks up
// its own.
inline QString translateIn(const char* context, const char* text, const char* disambiguation = nullptr,
                           int n = -1)
{
    return QCoreApplication::translate(context, text, disambiguation, n);
}

} // namespace knotmap
