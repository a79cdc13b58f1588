// SPDX-License-Identifier: GPL-3.0-or-later
// Referred pain in the window: felt pain marked on the front view, its possible sources, where to search,
// the person's links, and the overlay of where a knot's pain may be felt. Mouse and keys; rows in SQLite.
#include "UiFixture.h"

#include "ui/ReferralPanel.h"
#include "ui/RegionPanel.h"

#include <QCheckBox>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QUndoStack>

using namespace knotmap;
using namespace knotmap::test;

namespace {

class ReferralWindow : public WindowFixture
{
protected:
    ui::BodyMapWidget* front() const { return window->frontMap(); }
    QPoint frontPointOf(const char* areaId) const
    {
        const AtlasRegion* area = front()->atlas().area(QString::fromLatin1(areaId));
        EXPECT_NE(area, nullptr) << areaId;
        return area ? front()->toWidget(area->labelPoint).toPoint() : QPoint();
    }
    void rateAt(QWidget* map, QPoint at, Qt::Key score)
    {
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        ASSERT_TRUE(editor()->isVisible());
        type(score);
        type(Qt::Key_Return);
        ASSERT_FALSE(editor()->isVisible());
    }
    // Every spot as SQLite holds it: region and kind.
    QList<std::pair<QString, QString>> spotRows() const
    {
        RawConnection raw(temp.path());
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT region, kind FROM spots ORDER BY id")));
        QList<std::pair<QString, QString>> result;
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
        return result;
    }
    int linkRows() const
    {
        RawConnection raw(temp.path());
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM spot_links")) && q.next());
        return q.value(0).toInt();
    }
    QTreeWidget* panelList() const { return window->referralPanel()->list(); }
};

} // namespace

TEST_F(ReferralWindow, AClickAtTheTempleRecordsFeltPainThereAndListsItsPossibleSources)
{
    rateAt(front(), frontPointOf("temple-left"), Qt::Key_6);
    const auto spots = spotRows();
    ASSERT_EQ(spots.size(), 1);
    EXPECT_EQ(spots[0], std::pair(QStringLiteral("temple-left"), QStringLiteral("felt")));
    ASSERT_EQ(front()->spots().size(), 1); // drawn on the front view, not the back
    EXPECT_TRUE(map()->spots().isEmpty());

    // The new felt pain is selected: its candidates, the most likely first, same side before the other.
    ASSERT_GT(panelList()->topLevelItemCount(), 1);
    EXPECT_TRUE(panelList()->topLevelItem(0)->text(0).contains(QStringLiteral("Left upper trapezius")))
        << panelList()->topLevelItem(0)->text(0).toStdString();
    bool rightSeen = false;
    for (int i = 0; i < panelList()->topLevelItemCount(); ++i) {
        const bool right = panelList()->topLevelItem(i)->text(0).contains(QStringLiteral("Right"));
        EXPECT_FALSE(rightSeen && !right) << "a left candidate after a right one";
        rightSeen = rightSeen || right;
    }

    // Choosing the first shows where to search for its knot on the back view.
    panelList()->setCurrentItem(panelList()->topLevelItem(0));
    ASSERT_TRUE(map()->searchMarker().has_value());
    const AtlasRegion* searched = standardAtlas().hitTest(*map()->searchMarker());
    ASSERT_NE(searched, nullptr);
    EXPECT_EQ(searched->id, QStringLiteral("upper-trapezius-left"));
}

TEST_F(ReferralWindow, AFoundKnotIsLinkedToTheFeltPainAndUndoTakesOnlyTheLinkBack)
{
    rateAt(front(), frontPointOf("temple-left"), Qt::Key_5);
    const qint64 felt = store->spots().value(0).id;
    rateAt(map(), pointOf("upper-trapezius-left"), Qt::Key_7);
    ASSERT_EQ(store->spots().size(), 2);

    // Select the felt pain in the list; the knot is offered under its muscle, unticked.
    window->regionPanel()->selectSpot(felt);
    emit window->regionPanel()->spotSelected(felt);
    QTreeWidgetItem* knotItem = nullptr;
    for (int i = 0; i < panelList()->topLevelItemCount() && !knotItem; ++i) {
        if (panelList()->topLevelItem(i)->childCount() > 0)
            knotItem = panelList()->topLevelItem(i)->child(0);
    }
    ASSERT_NE(knotItem, nullptr);
    EXPECT_EQ(knotItem->checkState(0), Qt::Unchecked);
    knotItem->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(QTest::qWaitFor([this] { return linkRows() == 1; }, 2000));
    ASSERT_EQ(store->spotLinks().size(), 1);
    EXPECT_EQ(store->spotLinks()[0].feltSpotId, felt);

    shortcut(QKeySequence::Undo);
    EXPECT_EQ(linkRows(), 0);
    EXPECT_EQ(spotRows().size(), 2); // the knot and the felt pain stay
}

TEST_F(ReferralWindow, ASelectedKnotShadesWhereItsPainMayBeFeltAndTheToggleShadesAllKnots)
{
    rateAt(map(), pointOf("upper-trapezius-left"), Qt::Key_6);
    // The new knot is selected: the temple on its side is shaded on the front view.
    EXPECT_TRUE(window->referralPanel()->isVisible());
    QImage shaded = front()->grab().toImage();
    const QPoint temple = frontPointOf("temple-left");
    const QPoint otherTemple = frontPointOf("temple-right");
    EXPECT_NE(shaded.pixelColor(temple), shaded.pixelColor(otherTemple));

    // Nothing selected: no overlay, until the toggle asks for every knot's.
    QTest::mouseClick(map(), Qt::LeftButton, {}, QPoint(2, 2)); // outside the body
    window->allReferralToggle()->setChecked(false);
    QImage plain = front()->grab().toImage();
    EXPECT_EQ(plain.pixelColor(temple), plain.pixelColor(otherTemple));
    window->allReferralToggle()->setChecked(true);
    QImage all = front()->grab().toImage();
    EXPECT_NE(all.pixelColor(temple), all.pixelColor(otherTemple));
}

TEST_F(ReferralWindow, FeltHereNotAKnotOnTheBackViewRecordsFeltPainAtTheBackArea)
{
    const AtlasRegion* lowBack = standardAtlas().area(QStringLiteral("low-back-right"));
    ASSERT_NE(lowBack, nullptr);
    QTest::mouseClick(map(), Qt::LeftButton, {}, map()->toWidget(lowBack->labelPoint).toPoint());
    ASSERT_TRUE(editor()->isVisible());
    auto* felt = editor()->findChild<QCheckBox*>(QStringLiteral("feltChoice"));
    ASSERT_NE(felt, nullptr);
    ASSERT_TRUE(felt->isVisible());
    felt->setChecked(true);
    type(Qt::Key_4);
    type(Qt::Key_Return);
    const auto spots = spotRows();
    ASSERT_EQ(spots.size(), 1);
    EXPECT_EQ(spots[0], std::pair(QStringLiteral("low-back-right"), QStringLiteral("felt")));
    ASSERT_EQ(map()->spots().size(), 1);
    EXPECT_TRUE(map()->spots()[0].felt);
}

TEST_F(ReferralWindow, AClickOnAPlaceWithNoNameRecordsNothing)
{
    // A point on the front view's body that no pain area names (the middle of the chest or the belly).
    std::optional<QPointF> unnamed;
    for (qreal y = 0.3; y < 0.6 && !unnamed; y += 0.01) {
        const QPointF p(0.5, y);
        if (front()->atlas().contains(p) && !front()->atlas().areaAt(p))
            unnamed = p;
    }
    ASSERT_TRUE(unnamed.has_value()) << "the front view names every point down its middle";
    QTest::mouseClick(front(), Qt::LeftButton, {}, front()->toWidget(*unnamed).toPoint());
    EXPECT_FALSE(editor()->isVisible());
    EXPECT_TRUE(spotRows().isEmpty());
}
