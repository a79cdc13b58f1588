// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run welcome and the Help menu, driven through the real window offscreen.
#include "UiFixture.h"

#include "storage/Backups.h"
#include "ui/HelpMenu.h"
#include "ui/WelcomeDialog.h"

#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>

namespace knotmap::test {
namespace {

class WelcomeHelp : public WindowFixture
{
protected:
    WelcomeHelp() { firstRunWelcome = true; }

    ui::WelcomeDialog* welcome() const
    {
        QTest::qWait(20); // the welcome is shown a turn of the loop after the window
        auto* dialog = window->findChild<ui::WelcomeDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    void closeWelcome()
    {
        if (ui::WelcomeDialog* dialog = welcome())
            dialog->findChild<QPushButton*>(QStringLiteral("start"))->click();
        window->activateWindow();
        QTest::qWait(10);
    }
    // KNOTMAP_SHOT_DIR=folder keeps a picture of a dialog, for looking at it (docs, reviews).
    static void keepPicture(QWidget* dialog, const char* name)
    {
        if (const QString folder = qEnvironmentVariable("KNOTMAP_SHOT_DIR"); !folder.isEmpty())
            dialog->grab().save(QDir(folder).filePath(QString::fromLatin1(name)));
    }
    QDialog* dialogNamed(const char* name) const
    {
        QDialog* dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            dialog = window->findChild<QDialog*>(QString::fromLatin1(name));
            return dialog && dialog->isVisible();
        });
        return dialog;
    }
};

TEST_F(WelcomeHelp, TheWelcomeAppearsOnAnEmptyDatabaseUntilItIsClosedOnce)
{
    ui::WelcomeDialog* dialog = welcome();
    ASSERT_NE(dialog, nullptr);
    keepPicture(dialog, "i13-help-welcome.png");
    EXPECT_FALSE(settings->value(SettingKey::WelcomeShown).toBool());
    dialog->findChild<QPushButton*>(QStringLiteral("start"))->click();
    EXPECT_TRUE(settings->value(SettingKey::WelcomeShown).toBool());

    closeWindow();
    settings.reset();
    openWindow(false);
    EXPECT_EQ(welcome(), nullptr);
}

TEST_F(WelcomeHelp, NoWelcomeOnADatabaseWithSpots)
{
    closeWindow();
    settings->setValue(SettingKey::WelcomeShown, false);
    settings.reset();
    {
        std::unique_ptr<KnotStore> filled = temp.open();
        Rating rating;
        rating.recordedAt = RecordedTime::now();
        rating.intensity = 4;
        ASSERT_TRUE(
            filled->createSpot(standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint, rating));
    }
    openWindow(false);
    EXPECT_FALSE(settings->value(SettingKey::WelcomeShown).toBool());
    EXPECT_EQ(welcome(), nullptr);
}

TEST_F(WelcomeHelp, DemoDataOpensAnotherFileAndLeavesThePersonsEmpty)
{
    ui::WelcomeDialog* dialog = welcome();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy opened(window.get(), &ui::MainWindow::openDatabaseRequested);
    dialog->findChild<QPushButton*>(QStringLiteral("exploreDemo"))->click();
    ASSERT_EQ(opened.size(), 1);
    const QString demoPath = opened[0][0].toString();
    EXPECT_NE(QDir::cleanPath(demoPath), QDir::cleanPath(temp.path()));
    EXPECT_TRUE(rows().isEmpty());
    RawConnection demo(demoPath);
    QSqlQuery count(demo.db());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT COUNT(*) FROM ratings")) && count.next());
    EXPECT_GT(count.value(0).toInt(), 50);
}

TEST_F(WelcomeHelp, F1OpensTheGuideWithItsHeadingsAndPictures)
{
    closeWelcome();
    shortcut(QKeySequence::HelpContents);
    QDialog* guide = dialogNamed("userGuide");
    ASSERT_NE(guide, nullptr);
    auto* browser = guide->findChild<QTextBrowser*>();
    ASSERT_NE(browser, nullptr);
    keepPicture(guide, "i13-help-guide.png");
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Is it getting better? The Trends tab")));
    QStringList images;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QTextImageFormat picture = it.fragment().charFormat().toImageFormat();
                images << picture.name();
                // Scaled to the window, not a whole window's width that scrolls sideways.
                EXPECT_GT(picture.width(), 0) << picture.name().toStdString();
                EXPECT_LE(picture.width(), browser->viewport()->width()) << picture.name().toStdString();
            }
    ASSERT_TRUE(images.contains(QStringLiteral("screenshots/trends.png")));
    for (const QString& name : images) {
        const QVariant data = browser->loadResource(QTextDocument::ImageResource, QUrl(name));
        const QImage image = data.typeId() == QMetaType::QByteArray ? QImage::fromData(data.toByteArray())
                                                                    : data.value<QImage>();
        EXPECT_FALSE(image.isNull()) << name.toStdString();
    }
}

TEST_F(WelcomeHelp, TheGuidesOwnLinksGoToTheirHeading)
{
    closeWelcome();
    shortcut(QKeySequence::HelpContents);
    QDialog* guide = dialogNamed("userGuide");
    ASSERT_NE(guide, nullptr);
    auto* browser = guide->findChild<QTextBrowser*>();
    ASSERT_NE(browser, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(guide));
    const int top = browser->verticalScrollBar()->value();
    bool named = false; // the heading carries the anchor GitHub would give it, which the guide's links use
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            named = named || it.fragment().charFormat().anchorNames().contains(
                                 QStringLiteral("pain-felt-elsewhere-referred-pain"));
    EXPECT_TRUE(named);
    // As a click on the link does: the href resolved against the guide.
    browser->setSource(
        browser->source().resolved(QUrl(QStringLiteral("#pain-felt-elsewhere-referred-pain"))));
    QTest::qWait(50);
    EXPECT_GT(browser->verticalScrollBar()->value(), top);
    EXPECT_TRUE(browser->isBackwardAvailable());
}

TEST_F(WelcomeHelp, TheShortcutListNamesEveryActionShortcut)
{
    closeWelcome();
    action(QStringLiteral("&Keyboard Shortcuts"))->trigger();
    QDialog* dialog = dialogNamed("shortcuts");
    ASSERT_NE(dialog, nullptr);
    auto* table = dialog->findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    keepPicture(dialog, "i13-help-shortcuts.png");
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text();
    int withShortcut = 0;
    for (QAction* candidate : window->findChildren<QAction*>()) {
        if (candidate->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString text = QString(candidate->text()).remove(QLatin1Char('&'));
        const QString key = candidate->shortcut().toString(QKeySequence::NativeText);
        const bool found = std::any_of(listed.begin(), listed.end(), [&](const QString& line) {
            return line.section(QLatin1Char('|'), 0, 0).endsWith(text) &&
                   line.section(QLatin1Char('|'), 1).contains(key);
        });
        EXPECT_TRUE(found) << text.toStdString() << " " << key.toStdString();
    }
    EXPECT_GE(withShortcut, 10);
    EXPECT_TRUE(listed.contains(QStringLiteral("Edit › Undo|") +
                                QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    EXPECT_TRUE(std::any_of(listed.begin(), listed.end(), [](const QString& line) {
        return line.contains(QStringLiteral("Guided player"));
    }));
}

TEST_F(WelcomeHelp, AboutNamesTheVersionsAndWhereTheDataLives)
{
    closeWelcome();
    action(QStringLiteral("&About KnotMap"))->trigger();
    QDialog* dialog = dialogNamed("about");
    ASSERT_NE(dialog, nullptr);
    keepPicture(dialog, "i13-help-about.png");
    const QString text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    const QString sqlite = store->sqliteVersion();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(sqlite).hasMatch())
        << sqlite.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SQLite ") + sqlite));
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(temp.path()).toHtmlEscaped()));
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(backupFolder(temp.path())).toHtmlEscaped()));
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later")));
}

} // namespace
} // namespace knotmap::test
