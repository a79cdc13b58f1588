// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace knotmap {

namespace {
const QLatin1String kOwnTranslator("knotmap-translator"); // object name of the translators installed here

QString catalogue(const QString& language)
{
    return QStringLiteral(":/i18n/knotmap_%1.qm").arg(language);
}

void add(std::unique_ptr<QTranslator> translator)
{
    translator->setObjectName(kOwnTranslator);
    QCoreApplication::installTranslator(translator.get());
    translator.release()->setParent(QCoreApplication::instance()); // the application owns it from now on
}
} // namespace

QStringList installedLanguages()
{
    QStringList languages;
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("knotmap_*.qm")}))
        languages.append(file.mid(8, file.size() - 8 - 3)); // knotmap_<code>.qm
    if (!languages.contains(QStringLiteral("en")))
        languages.prepend(QStringLiteral("en"));
    return languages;
}

QString resolvedLanguage(const QString& choice)
{
    const QString wanted =
        choice == QLatin1String("system") ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : choice;
    return installedLanguages().contains(wanted) ? wanted : QStringLiteral("en");
}

QString installTranslations(const QString& choice)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return {};
    for (QTranslator* old : app->findChildren<QTranslator*>(kOwnTranslator, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString language = resolvedLanguage(choice);
    if (auto english = std::make_unique<QTranslator>(); english->load(catalogue(QStringLiteral("en"))))
        add(std::move(english));
    if (language != QLatin1String("en")) {
        if (auto qt = std::make_unique<QTranslator>();
            qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            add(std::move(qt));
        if (auto own = std::make_unique<QTranslator>(); own->load(catalogue(language)))
            add(std::move(own));
    }
    return language;
}

} // namespace knotmap
