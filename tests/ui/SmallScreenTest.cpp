// SPDX-License-Identifier: GPL-3.0-or-later
// Small and 2×-scaled screens (issue 14): the window can be made as small as 800×560 (a 1920×1080 screen at
// twice the scale leaves about 960×500 for it), in English and in the longer German, and at that size every
// tab's controls get at least the room they ask for: nothing is squeezed, cut off or overlapping.
#include "UiFixture.h"

#include "Translations.h"
#include "demo/DemoHistory.h"
#include "ui/report/ReportPreview.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTabWidget>

using namespace knotmap;
using namespace knotmap::test;

namespace {

const QSize kSmallest(800, 560);

// Visible labels and buttons of the tab shown that got less room than their text needs, one line each.
QStringList squeezed(QWidget* page)
{
    QStringList found;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != page->window())
            continue;
        const auto* label = qobject_cast<QLabel*>(w);
        const bool text =
            (label && !label->wordWrap() && !label->text().isEmpty()) || qobject_cast<QAbstractButton*>(w);
        // What the layout promises a widget: its own minimum where it set one, else its hint.
        const QSize needs(w->minimumWidth() > 0 ? w->minimumWidth() : w->minimumSizeHint().width(),
                          w->minimumHeight() > 0 ? w->minimumHeight() : w->minimumSizeHint().height());
        if (text && (w->width() < needs.width() || w->height() < needs.height()))
            found.append(QStringLiteral("%1 '%2': %3x%4, needs %5x%6")
                             .arg(QString::fromLatin1(w->metaObject()->className()),
                                  label ? label->text() : qobject_cast<QAbstractButton*>(w)->text())
                             .arg(w->width())
                             .arg(w->height())
                             .arg(needs.width())
                             .arg(needs.height()));
    }
    return found;
}

class SmallScreen : public WindowInLanguage
{
};

} // namespace

TEST_P(SmallScreen, TheWindowFitsIn800By560AndEveryTabHasRoomThere)
{
    ASSERT_EQ(generateDemoHistory(*store, 6, 7), QString());
    for (const auto& show : {std::function<void()>([&] { window->showTrends(); }),
                             std::function<void()>([&] { window->showRoutine(); }),
                             std::function<void()>([&] { window->showReport(); }),
                             std::function<void()>([&] { window->showMark(); })})
        show(); // every tab built, so each counts in the window's smallest size

    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    EXPECT_LE(smallest.width(), kSmallest.width());
    EXPECT_LE(smallest.height(), kSmallest.height());

    window->resize(kSmallest);
    QApplication::processEvents();
    EXPECT_EQ(window->size(), kSmallest);
    auto* tabs = window->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const QStringList tight = squeezed(tabs->currentWidget());
        EXPECT_TRUE(tight.isEmpty()) << tabs->tabText(tab).toStdString() << ":\n"
                                     << tight.join(QLatin1Char('\n')).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, SmallScreen, ::testing::Values("en", "de"));

// At twice the scale (QT_SCALE_FACTOR=2: tests/CMakeLists.txt runs this once more so) the report's preview
// pages are drawn with twice the pixels, not stretched: sharp on a high-resolution screen.
TEST(HighResolution, ThePreviewPagesHaveAsManyPixelsAsTheScreenShows)
{
    if (qEnvironmentVariable("QT_SCALE_FACTOR") != QLatin1String("2"))
        GTEST_SKIP() << "runs as knotmap_preview_sharp_at_2x, with QT_SCALE_FACTOR=2";
    TempDatabase temp;
    auto store = temp.open();
    auto settings = Settings::atPath(temp.dir.filePath(QStringLiteral("settings.ini")));
    settings->setValue(SettingKey::WelcomeShown, true);
    ASSERT_EQ(generateDemoHistory(*store, 4, 7), QString());
    ui::MainWindow window(*store, *settings, standardCatalogue());
    window.resize(1000, 700);
    window.show();
    window.showReport();
    auto* preview = window.reportView()->findChild<ui::ReportPreview*>();
    ASSERT_NE(preview, nullptr);
    ASSERT_GE(preview->devicePixelRatioF(), 2.0);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return preview->pageCount() > 0 && !preview->pageImage(0).isNull(); }, 30000));
    const QImage page = preview->pageImage(0);
    EXPECT_EQ(page.devicePixelRatio(), 2.0);
    EXPECT_EQ(page.deviceIndependentSize().toSize(), preview->pageSize());
}
