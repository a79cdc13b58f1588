// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace knotmap;

namespace {
QString counted(int n)
{
    return QCoreApplication::translate("Cli", "%n rating(s)", "", n);
}
} // namespace

TEST(Translations, EnglishIsAlwaysInstalledForItsPluralForms)
{
    EXPECT_TRUE(installedLanguages().contains(QStringLiteral("en")));
    EXPECT_EQ(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(counted(1), QStringLiteral("1 rating"));
    EXPECT_EQ(counted(0), QStringLiteral("0 ratings"));
    EXPECT_EQ(counted(2), QStringLiteral("2 ratings"));
}

TEST(Translations, ALanguageWithNoCatalogueFallsBackToEnglish)
{
    EXPECT_EQ(resolvedLanguage(QStringLiteral("xx")), QStringLiteral("en"));
    for (const QString& language : installedLanguages())
        EXPECT_EQ(resolvedLanguage(language), language);
    // Installing again replaces what was installed: English still answers, once.
    installTranslations(QStringLiteral("xx"));
    installTranslations(QStringLiteral("en"));
    EXPECT_EQ(counted(1), QStringLiteral("1 rating"));
    EXPECT_EQ(QCoreApplication::instance()->findChildren<QTranslator*>().size(), 1);
}

TEST(Translations, WithoutTheCatalogueQtWouldShowTheMarker)
{
    // What the catalogue is for: with none installed, Qt keeps "(s)" as written.
    installTranslations(QStringLiteral("en"));
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(t);
    EXPECT_EQ(counted(1), QStringLiteral("1 rating(s)"));
    installTranslations(QStringLiteral("en"));
    EXPECT_EQ(counted(1), QStringLiteral("1 rating"));
}
