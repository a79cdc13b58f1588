// SPDX-License-Identifier: GPL-3.0-or-later
// The body map painter with pain areas (issue 12): the front view, overlays and the person's own sides.
#include "TempDatabase.h"

#include "painters/BodyMapPainter.h"

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

using namespace knotmap;

namespace {

const BodyAtlas& view(const QString& name)
{
    static const BodyAtlas back = *BodyAtlas::loadView(QStringLiteral("back"));
    static const BodyAtlas front = *BodyAtlas::loadView(QStringLiteral("front"));
    return name == QLatin1String("front") ? front : back;
}

BodyMapStyle lightStyle()
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return BodyMapStyle::fromPalette(light);
}

QImage render(const BodyAtlas& atlas, QSize size, const BodyMapPainter::Options& options = {},
              const QList<MapSpot>& spots = {})
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    BodyMapPainter(atlas, lightStyle())
        .paint(painter, BodyMapLayout(atlas, QRectF(QPointF(0, 0), size)), spots, options);
    return image;
}

QPoint pixelOf(const BodyAtlas& atlas, QSize size, QPointF normalised)
{
    return BodyMapLayout(atlas, QRectF(QPointF(0, 0), size)).toDevice(normalised).toPoint();
}

// Width of the ink (pixels that differ between two renders) in columns [from, to) of the top rows.
int inkWidth(const QImage& with, const QImage& without, int from, int to, int rows)
{
    int first = -1, last = -1;
    for (int x = from; x < to; ++x) {
        for (int y = 0; y < rows; ++y) {
            if (with.pixel(x, y) != without.pixel(x, y)) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

} // namespace

TEST(AreaPainter, FillsAnOverlaidAreaAndNotItsNeighbour)
{
    const BodyAtlas& front = view(QStringLiteral("front"));
    const QSize size(300, 780);
    BodyMapPainter::Options options;
    options.areaFills.insert(QStringLiteral("temple-left"), QColor(0xd0, 0x20, 0x20));
    const QImage plain = render(front, size);
    const QImage overlaid = render(front, size, options);
    const QPoint temple = pixelOf(front, size, front.area(QStringLiteral("temple-left"))->labelPoint);
    const QPoint forehead = pixelOf(front, size, front.area(QStringLiteral("forehead-left"))->labelPoint);
    const QPoint otherTemple = pixelOf(front, size, front.area(QStringLiteral("temple-right"))->labelPoint);
    const QColor red = overlaid.pixelColor(temple);
    EXPECT_GT(red.red() - red.green(), 60) << red.name().toStdString();
    // Soft: the body shows through (an opaque overlay would be the colour itself).
    EXPECT_GT(red.green(), 0x20 + 30);
    EXPECT_EQ(overlaid.pixel(forehead), plain.pixel(forehead));
    EXPECT_EQ(overlaid.pixel(otherTemple), plain.pixel(otherTemple));
}

TEST(AreaPainter, TheFrontViewShowsItsAreasAndNoMuscles)
{
    const BodyAtlas& front = view(QStringLiteral("front"));
    const QSize size(300, 780);
    const QImage image = render(front, size);
    // A named place is tinted, a plain place (mid chest) is skin.
    const QColor skin = lightStyle().skin;
    const QColor chest = image.pixelColor(pixelOf(front, size, {0.45, 0.32}));
    const QColor hip =
        image.pixelColor(pixelOf(front, size, front.area(QStringLiteral("outer-hip-left"))->labelPoint));
    EXPECT_EQ(chest, skin);
    EXPECT_NE(hip, skin);
    EXPECT_LT(hip.lightness(), skin.lightness());
}

TEST(AreaPainter, OnTheBackViewTheAreaLayerIsDrawnOnlyWhenAskedFor)
{
    const BodyAtlas& back = view(QStringLiteral("back"));
    const QSize size(310, 500);
    const QImage plain = render(back, size);
    BodyMapPainter::Options nothing;
    nothing.areaFills.insert(QStringLiteral("no-such-area"), Qt::red);
    EXPECT_EQ(render(back, size, nothing), plain);
    BodyMapPainter::Options outlines;
    outlines.areaOutlines = true;
    EXPECT_NE(render(back, size, outlines), plain);
    BodyMapPainter::Options hovered;
    hovered.hoveredArea = QStringLiteral("sacrum");
    const QImage hover = render(back, size, hovered);
    const QPoint sacrum = pixelOf(back, size, back.area(QStringLiteral("sacrum"))->labelPoint);
    EXPECT_NE(hover.pixel(sacrum), plain.pixel(sacrum));
    const QPoint buttock = pixelOf(back, size, back.area(QStringLiteral("buttock-left"))->labelPoint);
    EXPECT_EQ(hover.pixel(buttock), plain.pixel(buttock));
}

TEST(AreaPainter, AreaTextsSitAtTheAreasLabelPoint)
{
    const BodyAtlas& front = view(QStringLiteral("front"));
    const QSize size(300, 780);
    BodyMapPainter::Options options;
    options.areaTexts.insert(QStringLiteral("outer-hip-right"), QStringLiteral("7"));
    const QImage plain = render(front, size);
    const QImage text = render(front, size, options);
    const QPoint at = pixelOf(front, size, front.area(QStringLiteral("outer-hip-right"))->labelPoint);
    int changed = 0, changedFar = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (text.pixel(x, y) == plain.pixel(x, y))
                continue;
            ++changed;
            changedFar += std::abs(x - at.x()) > 20 || std::abs(y - at.y()) > 20;
        }
    }
    EXPECT_GT(changed, 10);
    EXPECT_EQ(changedFar, 0);
}

// "RIGHT" is the wider word: on the front view it is at the viewer's left, on the back view at the right.
TEST(AreaPainter, SideLabelsNameThePersonsOwnSides)
{
    for (const QString& name : {QStringLiteral("front"), QStringLiteral("back")}) {
        const BodyAtlas& atlas = view(name);
        const QSize size(int(700 * atlas.aspect()), 700);
        BodyMapPainter::Options noLabels;
        noLabels.sideLabels = false;
        const QImage with = render(atlas, size);
        const QImage without = render(atlas, size, noLabels);
        const int rows = int(700 * 0.06);
        const int w = size.width();
        const int leftWord = inkWidth(with, without, 0, w / 3, rows);
        const int rightWord = inkWidth(with, without, w - w / 3, w, rows);
        ASSERT_GT(leftWord, 10);
        ASSERT_GT(rightWord, 10);
        if (name == QLatin1String("front"))
            EXPECT_GT(leftWord, rightWord) << "RIGHT should be at the viewer's left";
        else
            EXPECT_LT(leftWord, rightWord) << "LEFT should be at the viewer's left";
    }
}

// Renders both views to PNG for a person to look at, when KNOTMAP_ATLAS_RENDER_DIR names a folder.
TEST(AreaPainter, RendersBothViewsForReview)
{
    const QString dir = qEnvironmentVariable("KNOTMAP_ATLAS_RENDER_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set KNOTMAP_ATLAS_RENDER_DIR to write the renders";
    const BodyAtlas& front = view(QStringLiteral("front"));
    const BodyAtlas& back = view(QStringLiteral("back"));
    EXPECT_TRUE(
        render(front, QSize(int(800 * front.aspect()) + 40, 800)).save(dir + QStringLiteral("/front.png")));
    BodyMapPainter::Options layer;
    layer.areaOutlines = true;
    EXPECT_TRUE(render(back, QSize(int(800 * back.aspect()) + 40, 800), layer)
                    .save(dir + QStringLiteral("/back-areas.png")));
    // Every area tinted, neighbours in different hues, so the shapes can be judged at a glance.
    for (const BodyAtlas* atlas : {&front, &back}) {
        BodyMapPainter::Options tinted;
        tinted.areaOutlines = true;
        int hue = 0;
        for (const AtlasRegion& a : atlas->areas()) {
            tinted.areaFills.insert(a.id, QColor::fromHsv((hue / 2 * 67) % 360, 150, 230, 120));
            ++hue;
        }
        const QString name = atlas == &front ? QStringLiteral("front-tinted") : QStringLiteral("back-tinted");
        EXPECT_TRUE(render(*atlas, QSize(int(800 * atlas->aspect()) + 40, 800), tinted)
                        .save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
    BodyMapPainter::Options overlay;
    overlay.areaFills.insert(QStringLiteral("temple-right"), QColor(0xd0, 0x50, 0x30));
    overlay.areaFills.insert(QStringLiteral("side-of-neck-right"), QColor(0xd0, 0x50, 0x30, 90));
    overlay.hoveredArea = QStringLiteral("jaw-right");
    overlay.areaTexts.insert(QStringLiteral("temple-right"), QStringLiteral("6"));
    EXPECT_TRUE(render(front, QSize(int(900 * front.aspect()) + 40, 900), overlay)
                    .save(dir + QStringLiteral("/front-overlay.png")));
}
