// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader finds (issue 14): walking the accessibility tree of the real window from its root,
// every muscle region and every knot of the body map is a child with a name that says it all, every control a
// person can Tab to has a name, the trend chart is a table of its numbers, and the verdict is said in words.
#include "UiFixture.h"

#include "ui/access/MapAccessible.h"
#include "ui/trends/TrendChartWidget.h"
#include "ui/trends/TrendsView.h"

#include <QAccessible>
#include <QLabel>

using namespace knotmap;
using namespace knotmap::test;

namespace {

class ScreenReader : public WindowFixture
{
protected:
    void SetUp() override
    {
        ui::installAccessibleInterfaces();
        WindowFixture::SetUp();
    }

    // Every interface under `root`, depth first, as a reader walks it.
    static QList<QAccessibleInterface*> walk(QAccessibleInterface* root)
    {
        QList<QAccessibleInterface*> all{root};
        for (int i = 0; i < root->childCount(); ++i)
            if (QAccessibleInterface* child = root->child(i))
                all += walk(child);
        return all;
    }
};

} // namespace

TEST_F(ScreenReader, TheMapNamesEveryRegionAndSaysEachKnotInWords)
{
    const QPointF where = standardAtlas().region(QStringLiteral("upper-trapezius-left"))->labelPoint;
    Rating rating = ratingOn(QDate::currentDate(), 9, 6);
    rating.quality = Quality::Aching;
    const auto knot = store->createSpot(where, rating);
    ASSERT_TRUE(knot);

    const QList<QAccessibleInterface*> tree = walk(QAccessible::queryAccessibleInterface(window.get()));
    QAccessibleInterface* mapNode = nullptr;
    for (QAccessibleInterface* node : tree)
        if (node->object() == map())
            mapNode = node;
    ASSERT_NE(mapNode, nullptr) << "the map is in the window's accessibility tree";
    EXPECT_EQ(mapNode->role(), QAccessible::Graphic);

    QStringList names;
    for (int i = 0; i < mapNode->childCount(); ++i)
        names.append(mapNode->child(i)->text(QAccessible::Name));
    for (const AtlasRegion& region : standardAtlas().regions())
        EXPECT_TRUE(names.contains(region.name)) << region.name.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Left upper trapezius, Knot 1, 6 of 10, aching, rated today")))
        << names.join(QLatin1Char('\n')).toStdString();

    // The selected knot is the map's focused child, and where the knot is drawn.
    window->showSpot(knot->spot.id);
    QAccessibleInterface* focused = mapNode->focusChild();
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(focused->text(QAccessible::Name).startsWith(QStringLiteral("Left upper trapezius, Knot 1")));
    EXPECT_TRUE(focused->rect().contains(map()->mapToGlobal(map()->toWidget(where).toPoint())));
    EXPECT_EQ(mapNode->childAt(focused->rect().center().x(), focused->rect().center().y()), focused);
}

TEST_F(ScreenReader, EveryControlThatTakesTheKeysHasAName)
{
    ASSERT_TRUE(store->createSpot(standardAtlas().region(QStringLiteral("rhomboids-left"))->labelPoint,
                                  ratingOn(QDate::currentDate(), 9, 4)));
    for (const auto& show : {std::function<void()>([&] { window->showMark(); }),
                             std::function<void()>([&] { window->showTrends(); }),
                             std::function<void()>([&] { window->showRoutine(); }),
                             std::function<void()>([&] { window->showReport(); })}) {
        show();
        QApplication::processEvents();
        QStringList unnamed;
        int controls = 0;
        for (QAccessibleInterface* node : walk(QAccessible::queryAccessibleInterface(window.get()))) {
            auto* widget = qobject_cast<QWidget*>(node->object());
            if (!widget || !widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) ||
                node->role() == QAccessible::ScrollBar)
                continue;
            ++controls;
            if (node->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                               widget->objectName());
        }
        EXPECT_GT(controls, 3);
        EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(ScreenReader, TheChartIsATableOfItsNumbersAndTheVerdictIsSaid)
{
    const QString region = QStringLiteral("rhomboids-left");
    const auto knot = store->createSpot(standardAtlas().region(region)->labelPoint,
                                        ratingOn(QDate::currentDate().addDays(-27), 9, 6));
    for (int day = 26; day >= 0; --day) { // four weeks: 6 in the first two, 2 in the last two
        Rating r = ratingOn(QDate::currentDate().addDays(-day), 9, day >= 14 ? 6 : 2);
        r.spotId = knot->spot.id;
        ASSERT_TRUE(store->addRating(r));
    }
    window->showTrends();
    auto* chart = window->findChild<ui::TrendChartWidget*>();
    ASSERT_NE(chart, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !chart->data().series.isEmpty(); }, 30000));
    QAccessibleInterface* node = QAccessible::queryAccessibleInterface(chart);
    ASSERT_EQ(node->role(), QAccessible::Table);
    QAccessibleTableInterface* table = node->tableInterface();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), chart->data().series.size());
    EXPECT_EQ(table->columnDescription(1), QStringLiteral("Mean"));
    const BucketStats& last = chart->data().series.constLast();
    EXPECT_EQ(table->cellAt(table->rowCount() - 1, 1)->text(QAccessible::Name),
              QLocale().toString(last.mean, 'f', 1));
    EXPECT_EQ(table->cellAt(table->rowCount() - 1, 3)->text(QAccessible::Name), QString::number(last.max));

    // The verdict: a label whose name is the sentence, without the arrow drawn before it.
    auto* verdict = window->trendsView()->findChild<QLabel*>(QStringLiteral("verdict"));
    ASSERT_NE(verdict, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return verdict->text().contains(QStringLiteral("better")); }, 30000))
        << verdict->text().toStdString();
    const QString said = QAccessible::queryAccessibleInterface(verdict)->text(QAccessible::Name);
    EXPECT_TRUE(said.contains(QStringLiteral("better"))) << said.toStdString();
    EXPECT_FALSE(said.startsWith(QStringLiteral("▼")));
}
