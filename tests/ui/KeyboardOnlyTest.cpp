// SPDX-License-Identifier: GPL-3.0-or-later
// KnotMap without a mouse (issue 14): Tab reaches the body map, whose frame then shows it has the keys;
// Ctrl+arrows step through the regions and Insert marks a knot there; the digits and Enter rate it, F2 names
// it; the Routine tab's guided player runs a step; Ctrl+P exports the report; the arrows find the knot again
// and Delete removes it. Each step ends in SQLite, and not one mouse event is sent.
#include "UiFixture.h"

#include "Translations.h"
#include "ui/routines/RoutineView.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

using namespace knotmap;
using namespace knotmap::test;

namespace {

// Counts the mouse's presses anywhere in the application.
class MouseWatch : public QObject
{
public:
    int presses = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            ++presses;
        return false;
    }
};

// Types into the next modal dialog's text field and presses Enter, as a person at the keyboard does.
void typeIntoNextDialog(const QString& text)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        QWidget* dialog = QApplication::activeModalWidget();
        QWidget* field = QApplication::focusWidget();
        if (!dialog || !qobject_cast<QLineEdit*>(field) || !dialog->isAncestorOf(field))
            return;
        qobject_cast<QLineEdit*>(field)->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        poll->deleteLater();
    });
    poll->start(10);
}

class KeyboardOnly : public WindowFixture
{
protected:
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window.get(), key, modifiers);
    }
    // Presses Tab until `target` has the focus; false when forty presses do not get there.
    bool tabTo(const std::function<bool(QWidget*)>& target) const
    {
        for (int i = 0; i < 40; ++i) {
            if (QWidget* focus = QApplication::focusWidget(); focus && target(focus))
                return true;
            press(Qt::Key_Tab);
        }
        return false;
    }
    bool tabToMap() const
    {
        return tabTo([this](QWidget* w) { return w == map(); });
    }
    bool tabToButton(const QString& text) const
    {
        return tabTo([text](QWidget* w) {
            auto* button = qobject_cast<QAbstractButton*>(w);
            return button && button->text().remove(QLatin1Char('&')) == text;
        });
    }
};

} // namespace

TEST_F(KeyboardOnly, AKnotIsMarkedRatedNamedFollowedReportedAndDeletedWithoutTheMouse)
{
    MouseWatch mouse;
    qApp->installEventFilter(&mouse);

    // Mark: Tab to the map; Ctrl+Right steps to the first region; Insert marks a knot there; 6, Enter.
    press(Qt::Key_1, Qt::ControlModifier);
    ASSERT_TRUE(tabToMap());
    QImage focused = map()->grab().toImage();
    EXPECT_EQ(focused.pixelColor(1, map()->height() / 2), map()->palette().color(QPalette::Highlight))
        << "the map shows it has the keys";
    press(Qt::Key_Right, Qt::ControlModifier);
    const QString region = standardAtlas().regions().constFirst().id;
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(standardAtlas().region(region)->name));
    press(Qt::Key_Insert);
    ASSERT_TRUE(editor()->isVisible());
    type(Qt::Key_6);
    type(Qt::Key_Return);
    ASSERT_EQ(rows().size(), 1);
    EXPECT_EQ(rows().at(0).region, region);
    EXPECT_EQ(rows().at(0).intensity, 6);
    const qint64 knot = store->spots().constFirst().id;

    // Name it: back on the map, the arrows select it, F2 asks for the name.
    ASSERT_TRUE(tabToMap());
    press(Qt::Key_Down);
    ASSERT_EQ(window->selectedSpot(), knot);
    typeIntoNextDialog(QStringLiteral("Desk knot"));
    press(Qt::Key_F2);
    EXPECT_EQ(store->spot(knot)->label, QStringLiteral("Desk knot"));
    window->activateWindow(); // the window manager's part when a dialog closes; offscreen has none
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    // Routine: Ctrl+3, Tab to Start, Space; Done Early, a score of 3, Save and Next: the step is logged.
    press(Qt::Key_3, Qt::ControlModifier);
    ASSERT_NE(window->routineView(), nullptr);
    // The plan is worked out beside the window; the player shows once it arrives.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const auto buttons = window->routineView()->findChildren<QAbstractButton*>();
        return std::any_of(buttons.cbegin(), buttons.cend(), [](const QAbstractButton* b) {
            return b->text() == QStringLiteral("Start") && b->isVisible();
        });
    }));
    ASSERT_TRUE(tabToButton(QStringLiteral("Start")));
    press(Qt::Key_Space);
    ASSERT_TRUE(tabToButton(QStringLiteral("Done Early")));
    press(Qt::Key_Space);
    // The scores are one group, as radio buttons are: the keys arrive on it, the arrows go along it.
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Right);
    ASSERT_EQ(qobject_cast<QAbstractButton*>(QApplication::focusWidget())->text(), QStringLiteral("3"));
    press(Qt::Key_Space);
    ASSERT_TRUE(tabToButton(QStringLiteral("Save and Next")));
    press(Qt::Key_Space);
    const QList<LoggedStep> logged = store->routineLogAll();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.at(0).region, region);

    // Report: Ctrl+P, the file's name typed, Enter.
    const QString pdf = temp.dir.filePath(QStringLiteral("keyboard.pdf"));
    typeIntoNextDialog(pdf);
    press(Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFileInfo(pdf).size() > 1000; }, 30000));
    // It is opened after the export; this machine has no PDF viewer, which a message says: Enter closes it.
    if (QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 2000))
        press(Qt::Key_Return);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    // Delete: back to the map, the arrows find the knot, Delete.
    press(Qt::Key_1, Qt::ControlModifier);

    ASSERT_TRUE(tabToMap());
    press(Qt::Key_Up);
    ASSERT_EQ(window->selectedSpot(), knot);
    press(Qt::Key_Delete);
    EXPECT_TRUE(rows().isEmpty());
    EXPECT_FALSE(store->spot(knot).has_value());

    qApp->removeEventFilter(&mouse);
    EXPECT_EQ(mouse.presses, 0);
}

// Every menu command can be reached from the keyboard: a shortcut, or an underlined letter that no other
// command of the same menu uses, in English and in German.
class MenuKeys : public WindowInLanguage
{
};

TEST_P(MenuKeys, EveryMenuCommandHasAShortcutOrItsOwnAccessKey)
{
    std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& path) {
        QHash<QChar, QString> keys;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QString text = action->text();
            const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            const QString where = path + QStringLiteral(" › ") + text;
            EXPECT_TRUE(amp >= 0 || !action->shortcut().isEmpty()) << where.toStdString();
            if (amp >= 0) {
                const QChar key = text.at(amp + 1).toLower();
                EXPECT_FALSE(keys.contains(key))
                    << where.toStdString() << " and " << keys.value(key).toStdString();
                keys.insert(key, text);
            }
            if (action->menu())
                walk(action->menu(), where);
        }
    };
    QHash<QChar, QString> bar;
    for (QAction* top : window->menuBar()->actions()) {
        const qsizetype amp = top->text().indexOf(QLatin1Char('&'));
        ASSERT_GE(amp, 0) << top->text().toStdString();
        EXPECT_FALSE(bar.contains(top->text().at(amp + 1).toLower())) << top->text().toStdString();
        bar.insert(top->text().at(amp + 1).toLower(), top->text());
        walk(top->menu(), top->text());
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, MenuKeys, ::testing::Values("en", "de"));

// The day shown is one Tab stop: Tab leaves the field (it walked through weekday, day, month and year
// before); the arrow keys still move between its parts.
TEST_F(KeyboardOnly, TheDayFieldIsOneTabStop)
{
    auto* day = window->findChild<QDateEdit*>(QStringLiteral("dayEdit"));
    ASSERT_NE(day, nullptr);
    const auto inDay = [day](QWidget* w) { return w == day || day->isAncestorOf(w); };
    ASSERT_TRUE(tabTo(inDay));
    press(Qt::Key_Tab);
    QWidget* focus = QApplication::focusWidget();
    EXPECT_TRUE(focus && !inDay(focus));
}
