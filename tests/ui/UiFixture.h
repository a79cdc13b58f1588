// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDatabase.h"

#include "Translations.h"

#include "settings/Settings.h"
#include "ui/BodyMapWidget.h"
#include "ui/MainWindow.h"
#include "ui/SpotEditor.h"
#include "ui/report/ReportView.h"

#include <QAction>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace knotmap::test {

// A real main window on a temporary database and settings file, shown offscreen.
class WindowFixture : public ::testing::Test
{
protected:
    void SetUp() override { openWindow(); }

    // A first start has no remembered geometry, so give it a known size; a restart keeps what it restored.
    void openWindow(bool firstStart = true, StoreOptions options = {})
    {
        store = temp.open(options);
        settings = Settings::atPath(temp.dir.filePath(QStringLiteral("settings.ini")));
        if (!firstRunWelcome) // the welcome would take the keys these tests send to the window
            settings->setValue(SettingKey::WelcomeShown, true);
        window = std::make_unique<ui::MainWindow>(*store, *settings, standardCatalogue());
        if (firstStart)
            window->resize(1200, 860);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void closeWindow()
    {
        window->close();
        window.reset();
        store.reset();
    }

    bool firstRunWelcome = false; // WelcomeHelpTest wants the welcome a first start on an empty file gets

    ui::BodyMapWidget* map() const { return window->bodyMap(); }
    ui::SpotEditor* editor() const { return window->spotEditor(); }
    QPoint pointOf(const char* regionId) const
    {
        return map()->toWidget(standardAtlas().region(QString::fromLatin1(regionId))->labelPoint).toPoint();
    }
    void clickMap(QPoint at) const { QTest::mouseClick(map(), Qt::LeftButton, {}, at); }
    // Keys as a person types them into the editor: to its focused control, bubbling up to the editor.
    void type(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(editor()->focusProxy(), key, modifiers);
    }
    void shortcut(const QKeySequence& sequence) const { QTest::keySequence(window.get(), sequence); }
    // The window's action with this text (menus keep their & accelerators).
    QAction* action(const QString& text) const
    {
        for (QAction* candidate : window->findChildren<QAction*>())
            if (candidate->text() == text)
                return candidate;
        ADD_FAILURE() << "no action " << text.toStdString();
        return nullptr;
    }

    // What SQLite holds, read through a connection of its own.
    struct Row
    {
        QString region;
        int intensity;
        QString quality;
        QString note;
    };
    QList<Row> rows() const
    {
        RawConnection raw(temp.path());
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT s.region, r.intensity, r.quality, r.note FROM ratings r "
                                          "JOIN spots s ON s.id = r.spot_id ORDER BY r.recorded_utc, r.id")));
        QList<Row> result;
        while (q.next())
            result.append(
                {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
        return result;
    }

    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ui::MainWindow> window;

    // The Report tab's PDF, exported to a file of that name in the test's folder, as pdftotext reads it (it
    // breaks lines where the page does); empty when the export failed.
    QString exportedReportText(const QString& name)
    {
        window->showReport();
        ui::ReportView* view = window->reportView();
        const QString pdf = temp.dir.filePath(name);
        QSignalSpy finished(view, &ui::ReportView::exportFinished);
        view->exportTo(pdf);
        EXPECT_TRUE(finished.wait(30000));
        if (finished.isEmpty() || !finished.at(0).at(0).toBool())
            return {};
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        EXPECT_TRUE(text.waitForFinished(30000));
        return QString::fromUtf8(text.readAllStandardOutput());
    }
};

// The window in a language, the test's parameter ("en", "de"): its catalogue installed before the window is
// built, English again afterwards.
class WindowInLanguage : public WindowFixture, public ::testing::WithParamInterface<const char*>
{
protected:
    void SetUp() override
    {
        installTranslations(QString::fromLatin1(GetParam()));
        WindowFixture::SetUp();
    }
    void TearDown() override
    {
        closeWindow();
        installTranslations(QStringLiteral("en"));
    }
};

// Every row's first-column text of a tree, depth first (with each row's tooltip after it when asked).
enum TreeTextsOption { TextsOnly, WithToolTips };
inline QStringList treeTexts(const QTreeWidget* tree, TreeTextsOption option = TextsOnly)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
        texts << (*it)->text(0);
        if (option == WithToolTips)
            texts << (*it)->toolTip(0);
    }
    return texts;
}

// A PDF's page count as poppler's pdfinfo reads it; -1 when it cannot.
inline int pdfPages(const QString& pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.waitForFinished(30000));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

// A rating of no spot yet, at a local day and hour.
inline Rating ratingOn(QDate day, int hour, int intensity, const QString& note = {})
{
    Rating rating;
    rating.recordedAt = RecordedTime::localDayAt(day, QTime(hour, 0));
    rating.intensity = intensity;
    rating.note = note;
    return rating;
}

} // namespace knotmap::test
