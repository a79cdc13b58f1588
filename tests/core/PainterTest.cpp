// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include "painters/BodyMapPainter.h"
#include "painters/IntensityScale.h"
#include "painters/PaintUnit.h"
#include "painters/TrendChartPainter.h"

#include <QImage>

#include <functional>

#include <gtest/gtest.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {
constexpr QSize kCanvas(620, 1000);

QImage render(const QList<MapSpot>& spots, const BodyMapPainter::Options& options = {})
{
    QImage image(kCanvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    BodyMapPainter(standardAtlas(), BodyMapStyle::fromPalette(light))
        .paint(painter, BodyMapLayout(standardAtlas(), QRectF(QPointF(0, 0), kCanvas)), spots, options);
    return image;
}

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

const AtlasRegion& region(const char* id)
{
    return *standardAtlas().region(QString::fromLatin1(id));
}
} // namespace

TEST(IntensityScale, RunsFromGreenToDeepRed)
{
    EXPECT_GT(intensityColor(0).green(), intensityColor(0).red());
    EXPECT_GT(intensityColor(10).red(), 3 * intensityColor(10).green());
    // Lightness falls as pain rises, so the scale reads in grey too.
    EXPECT_GT(intensityColor(3).lightness(), intensityColor(7).lightness());
    EXPECT_GT(intensityColor(7).lightness(), intensityColor(10).lightness());
    EXPECT_EQ(intensityColor(-3), intensityColor(0));
    EXPECT_EQ(intensityColor(42), intensityColor(10));
}

TEST(BodyMapPainter, LayoutKeepsTheAtlasProportionsAndRoundTrips)
{
    const BodyMapLayout layout(standardAtlas(), QRectF(0, 0, 2000, 1000));
    EXPECT_NEAR(layout.diagramRect().width() / layout.diagramRect().height(), standardAtlas().aspect(), 1e-9);
    EXPECT_DOUBLE_EQ(layout.diagramRect().height(), 1000);
    const QPointF p(0.31, 0.42);
    const QPointF back = layout.toNormalised(layout.toDevice(p));
    EXPECT_NEAR(back.x(), p.x(), 1e-12);
    EXPECT_NEAR(back.y(), p.y(), 1e-12);
}

TEST(BodyMapPainter, DrawsTheBodyInsideAndNothingOutside)
{
    const QImage image = render({});
    const BodyMapLayout layout(standardAtlas(), QRectF(QPointF(0, 0), kCanvas));
    const QPoint inside = layout.toDevice(region("infraspinatus-left").labelPoint).toPoint();
    EXPECT_EQ(qAlpha(image.pixel(inside)), 255);
    EXPECT_EQ(qAlpha(image.pixel(layout.toDevice({0.01, 0.6}).toPoint())), 0); // beside the body
}

TEST(BodyMapPainter, ASpotIsFilledWithTheColourOfItsScore)
{
    const AtlasRegion& where = region("quadratus-lumborum-right");
    const QImage image = render({{1, where.labelPoint, 9, false}});
    const BodyMapLayout layout(standardAtlas(), QRectF(QPointF(0, 0), kCanvas));
    const QPointF centre = layout.toDevice(where.labelPoint);
    // Above the digits, inside the disc.
    const QColor sampled = image.pixelColor((centre - QPointF(0, layout.spotRadius() * 0.7)).toPoint());
    EXPECT_TRUE(near(sampled, intensityColor(9))) << sampled.name().toStdString();

    const QImage faded = render({{1, where.labelPoint, 9, true}});
    const QColor fadedSample = faded.pixelColor((centre - QPointF(0, layout.spotRadius() * 0.7)).toPoint());
    EXPECT_FALSE(near(fadedSample, intensityColor(9))) << "a spot not rated that day must look different";
}

TEST(BodyMapPainter, TheHoveredRegionIsHighlighted)
{
    const AtlasRegion& where = region("teres-major-left");
    const BodyMapLayout layout(standardAtlas(), QRectF(QPointF(0, 0), kCanvas));
    const QPoint at = layout.toDevice(where.labelPoint).toPoint();
    BodyMapPainter::Options hovered;
    hovered.hoveredRegion = where.id;
    EXPECT_NE(render({}).pixel(at), render({}, hovered).pixel(at));
    // ...and only that region: its mirror twin is untouched.
    const QPoint twin = layout.toDevice(region("teres-major-right").labelPoint).toPoint();
    EXPECT_EQ(render({}).pixel(twin), render({}, hovered).pixel(twin));
}

TEST(BodyMapPainter, FindsTheSpotUnderAPoint)
{
    const BodyMapLayout layout(standardAtlas(), QRectF(QPointF(0, 0), kCanvas));
    const QList<MapSpot> spots = {{7, region("rhomboids-left").labelPoint, 4, true},
                                  {8, region("rhomboids-left").labelPoint, 6, false},
                                  {9, region("piriformis-right").labelPoint, 2, false}};
    const QPointF rhomboid = layout.toDevice(region("rhomboids-left").labelPoint);
    EXPECT_EQ(BodyMapPainter::spotAt(layout, spots, rhomboid), 8); // today's spot lies on top of a faded one
    EXPECT_EQ(BodyMapPainter::spotAt(layout, spots, layout.toDevice(region("piriformis-right").labelPoint)),
              9);
    EXPECT_EQ(BodyMapPainter::spotAt(layout, spots, rhomboid + QPointF(layout.spotRadius() * 3, 0)), 0);
}

namespace {
TrendChartData sampleChart()
{
    TrendChartData data;
    data.from = QDate(2026, 3, 2);
    data.to = QDate(2026, 3, 29);
    data.bucket = BucketSize::Week;
    for (int week = 0; week < 4; ++week)
        data.series.append({data.from.addDays(7 * week), 8.0 - 2 * week, 9 - 2 * week, 7 - 2 * week, 5, 4});
    return data;
}
} // namespace

TEST(TrendChartPainter, EachBucketsColumnFindsThatBucket)
{
    const TrendChartData data = sampleChart();
    for (const QSizeF size : {QSizeF(640, 360), QSizeF(2400, 1300)}) {
        const QRectF bounds(QPointF(0, 0), size);
        // Sample across the width: the buckets found run 0, 1, 2, 3 in order, each over about a quarter.
        QList<int> found;
        for (qreal x = 0; x < size.width(); x += 1) {
            const auto bucket = TrendChartPainter::bucketAt(bounds, data, QPointF(x, size.height() / 2));
            if (bucket && (found.isEmpty() || found.constLast() != *bucket))
                found.append(*bucket);
        }
        EXPECT_EQ(found, (QList<int>{0, 1, 2, 3}));
        EXPECT_FALSE(
            TrendChartPainter::bucketAt(bounds, data, QPointF(2, 2)).has_value()); // the legend corner
    }
}

TEST(TrendChartPainter, TheMeanLineRunsThroughEachBucketsMean)
{
    const TrendChartData data = sampleChart();
    QImage image(900, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const TrendChartStyle style = TrendChartStyle::fromPalette(light);
    {
        QPainter painter(&image);
        TrendChartPainter(style).paint(painter, image.rect(), data);
    }
    // Find, in each bucket's column, the height where the mean colour is; it must fall as the means fall.
    QList<int> heights;
    for (int i = 0; i < data.series.size(); ++i) {
        int x = 0;
        while (x < image.width() && TrendChartPainter::bucketAt(image.rect(), data, QPointF(x, 250)) != i)
            ++x;
        x += 8; // a little inside the column, off the vertical marker edge
        int found = -1;
        for (int y = 0; y < image.height() && found < 0; ++y) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - style.mean.red()) < 40 && std::abs(c.green() - style.mean.green()) < 40 &&
                std::abs(c.blue() - style.mean.blue()) < 40)
                found = y;
        }
        heights.append(found);
    }
    for (int i = 1; i < heights.size(); ++i)
        EXPECT_GT(heights[i], heights[i - 1]) << "mean " << data.series[i].mean << " should be drawn lower";
}

namespace {
// A drawing made on a device of the given resolution, `logical` reference pixels big, brought back to that
// size. Fonts are set in points, as a window and the report set them.
QImage drawnAt(qreal dpi, QSize logical, const std::function<void(QPainter&, const QRectF&)>& draw)
{
    const qreal scale = dpi / 96;
    QImage image((QSizeF(logical) * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        painter.setFont(font);
        EXPECT_DOUBLE_EQ(referencePixel(painter), scale);
        draw(painter, QRectF(QPointF(0, 0), QSizeF(logical) * scale));
    }
    return image.scaled(logical, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// Mean absolute grey difference, 0–255.
double difference(const QImage& a, const QImage& b)
{
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    qint64 sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(ga.constScanLine(y)[x]) - int(gb.constScanLine(y)[x]));
    }
    return double(sum) / (qint64(ga.width()) * ga.height());
}

// The same drawing on a screen (96 dpi) and on a page three times as fine must look the same: every size
// follows the device's resolution, none is a count of device pixels. What is left is antialiasing, more of
// it where the drawing is dense with edges and digits; each limit lies well under what sizes in device
// pixels gave (the vertical legend 14.6, the horizontal 9.0, the chart 2.4, the map 3.6).
void expectAlikeAtAnyResolution(QSize logical, double limit,
                                const std::function<void(QPainter&, const QRectF&)>& draw)
{
    const QImage screen = drawnAt(96, logical, draw);
    const QImage fine = drawnAt(288, logical, draw);
    EXPECT_LT(difference(screen, fine), limit);
}

QPalette lightPalette()
{
    QPalette light;
    for (const auto role : {QPalette::Window, QPalette::Base})
        light.setColor(role, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text})
        light.setColor(role, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return light;
}
} // namespace

TEST(TrendChartPainter, AxisTicksAreBoundedByTheWidthWhateverTheSpan)
{
    QFont font;
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    // Six weeks on a wide plot: every Monday, as before.
    const QList<ChartTick> weeks =
        TrendChartPainter::axisTicks(QDate(2026, 3, 2), QDate(2026, 4, 12), 600, metrics);
    ASSERT_EQ(weeks.size(), 6);
    for (const ChartTick& tick : weeks)
        EXPECT_EQ(tick.day.dayOfWeek(), Qt::Monday);
    // 0001-01-01 to 9999-12-31 (3.65 million days): whole years on round multiples, as many as fit.
    for (const qreal width : {200.0, 600.0, 2400.0}) {
        const QList<ChartTick> ticks =
            TrendChartPainter::axisTicks(QDate(1, 1, 1), QDate(9999, 12, 31), width, metrics);
        ASSERT_GE(ticks.size(), 2) << width;
        const qreal widest = metrics.horizontalAdvance(QStringLiteral("0000"));
        EXPECT_LE(ticks.size(), width / (widest * 1.6)) << width; // the labels never overlap
        const int step = ticks[1].day.year() - ticks[0].day.year();
        for (const ChartTick& tick : ticks) {
            EXPECT_EQ(tick.day.dayOfYear(), 1);
            EXPECT_EQ(tick.day.year() % step, 0);
        }
    }
    // Ten years: years.
    const QList<ChartTick> decade =
        TrendChartPainter::axisTicks(QDate(2016, 6, 1), QDate(2026, 5, 31), 400, metrics);
    ASSERT_FALSE(decade.isEmpty());
    EXPECT_LE(decade.size(), 10);
    EXPECT_EQ(decade.constFirst().day.dayOfYear(), 1);
}

TEST(Painters, TheLegendsLookAlikeAtAnyResolution)
{
    expectAlikeAtAnyResolution(QSize(160, 300), 3.0, [](QPainter& p, const QRectF& box) {
        paintIntensityLegend(p, box, Qt::black, Qt::Vertical);
    });
    expectAlikeAtAnyResolution(QSize(360, 60), 5.5, [](QPainter& p, const QRectF& box) {
        paintIntensityLegend(p, box, Qt::black, Qt::Horizontal);
    });
}

TEST(Painters, TheTrendChartLooksAlikeAtAnyResolution)
{
    TrendChartData data = sampleChart();
    data.rolling = {{QDate(2026, 3, 8), 7.5}, {QDate(2026, 3, 15), 6}, {QDate(2026, 3, 22), 4.5}};
    data.ratings = QList<RatingPoint>();
    for (int day = 0; day < 28; day += 3) // at noon of each day, in the rating's own local time
        data.ratings->append({QDate(1970, 1, 1).daysTo(data.from.addDays(day)) * 86400 + 43200, 8 - day / 4});
    expectAlikeAtAnyResolution(QSize(640, 300), 1.6, [&](QPainter& p, const QRectF& box) {
        TrendChartPainter(TrendChartStyle::fromPalette(lightPalette())).paint(p, box, data);
    });
}

TEST(Painters, TheBodyMapLooksAlikeAtAnyResolution)
{
    const QList<MapSpot> spots = {{1, region("rhomboids-left").labelPoint, 6, false},
                                  {2, region("piriformis-right").labelPoint, 3, true}};
    BodyMapPainter::Options options;
    options.spotCaptions = {{1, QStringLiteral("worst 8")}, {2, QStringLiteral("worst 4")}};
    options.regionTexts = {{QStringLiteral("teres-major-left"), QStringLiteral("5.0")}};
    expectAlikeAtAnyResolution(QSize(300, 420), 2.0, [&](QPainter& p, const QRectF& box) {
        BodyMapPainter(standardAtlas(), BodyMapStyle::fromPalette(lightPalette()))
            .paint(p, BodyMapLayout(standardAtlas(), box, referencePixel(p)), spots, options);
    });
}
