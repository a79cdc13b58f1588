// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace knotmap {

// The languages KnotMap has a catalogue for (embedded under :/i18n, installed in share/knotmap/translations),
// as codes: "en" always, since English's catalogue carries its plural forms ("1 rating", "2 ratings").
QStringList installedLanguages();

// The language a choice stands for: "system" is the system locale's language when a catalogue for it is
// installed, otherwise English; a code with no catalogue is English too.
QString resolvedLanguage(const QString& choice);

// Installs the catalogues for a choice ("system", "en", "de") on the running application, replacing any it
// installed before: English first, so a message another catalogue lacks still gets its plural forms, then
// the language's own and Qt's own for it (its dialogs' buttons). Returns the language installed.
QString installTranslations(const QString& choice);

} // namespace knotmap
