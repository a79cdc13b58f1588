// SPDX-License-Identifier: GPL-3.0-or-later
// The Report view driven offscreen: the preview follows the choices, and the export writes the same pages.
#include "UiFixture.h"

#include "ui/report/ReportView.h"

#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>

using namespace knotmap;
using namespace knotmap::test;

using ReportViewTest = WindowFixture;

TEST_F(ReportViewTest, ThePreviewFollowsTheSectionsAndTheExportMatchesIt)
{
    loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    rateEveryDay(*store, QStringLiteral("rhomboids-left"), QStringLiteral("rhomboids-left-1"), 30, 4);
    window->showReport();
    ui::ReportView* view = window->reportView();
    const int full = view->previewPageCount();
    ASSERT_GE(full, 2);
    for (ReportSection section : {ReportSection::BodyMap, ReportSection::Trends, ReportSection::Notes})
        view->setSectionChosen(section, false);
    const int shorter = view->previewPageCount();
    EXPECT_LT(shorter, full);

    const QString pdf = temp.dir.filePath(QStringLiteral("from-the-window.pdf"));
    ASSERT_TRUE(view->exportTo(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(30000));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
    ASSERT_TRUE(pages.hasMatch());
    EXPECT_EQ(pages.captured(1).toInt(), shorter);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(all.contains(QStringLiteral("Spot by spot")));
    EXPECT_FALSE(all.contains(QStringLiteral("Week by week")));
}

TEST_F(ReportViewTest, TheNameFollowsTheSettingAndTheFieldWritesIt)
{
    window->showReport();
    ui::ReportView* view = window->reportView();
    settings->setValue(SettingKey::PersonName, QStringLiteral("Alex Example")); // say, from an import
    EXPECT_EQ(view->options().personName, QStringLiteral("Alex Example"));
    QLineEdit* name = view->findChild<QLineEdit*>();
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text(), QStringLiteral("Alex Example"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sam"));
    EXPECT_EQ(settings->value(SettingKey::PersonName), QVariant(QStringLiteral("Sam")));
    EXPECT_EQ(view->options().personName, QStringLiteral("Sam"));
}
