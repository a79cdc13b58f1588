// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF looks like its preview. The same report is drawn the way the Report view draws it (QImages at the
// preview's resolution) and written as a PDF that poppler's pdftoppm rasterises at that resolution; the
// pages must match as a whole and in the details that once differed: the pain legend's width, the size of
// the LEFT label, "Back view" clear of the head, and the chart legend's line sample.
#include "TempDatabase.h"

#include "painters/IntensityScale.h"
#include "report/Report.h"

#include <QDir>
#include <QProcess>

#include <gtest/gtest.h>

#include <optional>

using namespace knotmap;
using namespace knotmap::test;

namespace {

constexpr qreal kDpi = kReportPreviewDpi;

qreal toMm(qreal pixels)
{
    return pixels / kDpi * 25.4;
}

int toPixels(qreal mm)
{
    return int(mm / 25.4 * kDpi);
}

bool near(QRgb c, QColor target, int tolerance)
{
    return std::abs(qRed(c) - target.red()) <= tolerance &&
           std::abs(qGreen(c) - target.green()) <= tolerance &&
           std::abs(qBlue(c) - target.blue()) <= tolerance;
}

// Text: dark and grey (the body's outline and guides are brownish, the spots coloured).
bool isInk(QRgb c)
{
    const int spread = std::max({qRed(c), qGreen(c), qBlue(c)}) - std::min({qRed(c), qGreen(c), qBlue(c)});
    return qGray(c) < 165 && spread < 28;
}

// The body's skin and muscle tones (reddish beige), not white and not a spot's colour.
bool isBody(QRgb c)
{
    const int r = qRed(c), g = qGreen(c), b = qBlue(c);
    return r >= 200 && g >= 175 && b >= 165 && r >= g && g >= b && r - b >= 8 && r - b <= 60;
}

template <typename Test> std::optional<QRect> boundsOf(const QImage& image, const QRect& area, Test test)
{
    QRect found;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        const QRgb* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = inside.left(); x <= inside.right(); ++x) {
            if (test(row[x]))
                found |= QRect(x, y, 1, 1);
        }
    }
    return found.isNull() ? std::nullopt : std::optional(found);
}

bool rowHasInk(const QImage& image, int y, int left, int right)
{
    return boundsOf(image, QRect(QPoint(left, y), QPoint(right, y)), isInk).has_value();
}

// The block of text rows met first when going up from `below`: its top and bottom rows.
std::optional<std::pair<int, int>> textAbove(const QImage& image, int below, int left, int right)
{
    int y = below;
    while (y > 0 && !rowHasInk(image, y, left, right))
        --y;
    if (y <= 0)
        return std::nullopt;
    const int bottom = y;
    while (y > 0 && rowHasInk(image, y - 1, left, right))
        --y;
    return std::pair(y, bottom);
}

// What the map page shows, measured in millimetres on the page.
struct MapFeatures
{
    qreal legendWidth = 0;     // the pain legend's colour column
    qreal leftLabelHeight = 0; // "LEFT"
    qreal backViewBottom = 0;  // the lowest row of "Back view", from the top of the head (+ = below it)
    qreal backViewHeight = 0;
};

std::optional<MapFeatures> mapFeatures(const QImage& page)
{
    // The back view lies in the left 41% of the text area (18 mm from either edge of an A4 page); the front
    // view beside it is left out of these measures.
    const QRect mapArea(toPixels(18), toPixels(30), toPixels(174 * 0.41), page.height() - toPixels(60));
    int headTop = -1;
    for (int y = mapArea.top(); y <= mapArea.bottom() && headTop < 0; ++y) {
        const auto body = boundsOf(page, QRect(mapArea.left(), y, mapArea.width(), 1), isBody);
        if (body && body->width() >= 2)
            headTop = y;
    }
    if (headTop < 0)
        return std::nullopt;
    const auto head = boundsOf(page, QRect(mapArea.left(), headTop, mapArea.width(), toPixels(4)), isBody);
    const int centre = head->center().x();

    MapFeatures f;
    const auto legend = boundsOf(page, page.rect(), [](QRgb c) { return near(c, intensityColor(10), 36); });
    if (!legend)
        return std::nullopt;
    f.legendWidth = toMm(legend->width());
    const auto left = textAbove(page, headTop + toPixels(5), mapArea.left(), centre - toPixels(16));
    const auto back = textAbove(page, headTop + toPixels(5), centre - toPixels(9), centre + toPixels(9));
    if (!left || !back)
        return std::nullopt;
    f.leftLabelHeight = toMm(left->second - left->first + 1);
    f.backViewBottom = toMm(back->second - headTop);
    f.backViewHeight = toMm(back->second - back->first + 1);
    return f;
}

// The chart's mean colour over white at some coverage (antialiased thin lines are partly covered pixels):
// the three channels must agree on how much. Other colours (the navy heading, text, the orange average, the
// faint band) do not.
bool isMeanLine(QRgb c)
{
    const QColor mean(0x1f, 0x5f, 0xa8);
    const qreal r = (255.0 - qRed(c)) / (255 - mean.red());
    const qreal g = (255.0 - qGreen(c)) / (255 - mean.green());
    const qreal b = (255.0 - qBlue(c)) / (255 - mean.blue());
    return std::min({r, g, b}) >= 0.35 && std::max({r, g, b}) - std::min({r, g, b}) <= 0.2;
}

// The width of the chart legend's "Weekly mean" sample (a line with a marker): the first thing drawn in the
// mean's colour, from the top of the page.
std::optional<qreal> chartLegendSampleWidth(const QImage& page)
{
    const auto first = boundsOf(page, page.rect(), isMeanLine);
    if (!first)
        return std::nullopt;
    return toMm(boundsOf(page, QRect(0, first->top(), page.width(), toPixels(2)), isMeanLine)->width());
}

// Mean absolute grey difference, 0–255, of two pages brought to the same quarter size: a quarter keeps a
// line of text (and where it lies) but blurs away how Qt and poppler antialias its letters.
double meanDifference(const QImage& a, const QImage& b)
{
    const int k = 4;
    const QSize size(std::min(a.width(), b.width()) / k, std::min(a.height(), b.height()) / k);
    const auto grey = [&](const QImage& page) {
        return page.copy(0, 0, size.width() * k, size.height() * k)
            .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_Grayscale8);
    };
    const QImage ga = grey(a), gb = grey(b);
    qint64 sum = 0;
    for (int y = 0; y < size.height(); ++y) {
        const uchar* ra = ga.constScanLine(y);
        const uchar* rb = gb.constScanLine(y);
        for (int x = 0; x < size.width(); ++x)
            sum += std::abs(int(ra[x]) - int(rb[x]));
    }
    return double(sum) / (qint64(size.width()) * size.height());
}

class ReportLikenessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = temp.open();
        loadRatingsFixture(*store, QStringLiteral("trends-fixture.csv"));
    }

    struct Pages
    {
        QList<QImage> preview, pdf;
    };

    Pages render(QList<ReportSection> sections)
    {
        ReportOptions o;
        o.from = QDate(2026, 3, 2);
        o.to = QDate(2026, 4, 12);
        o.sections = QSet<ReportSection>(sections.cbegin(), sections.cend());
        o.personName = QStringLiteral("Alex Example");
        const ReportData data = collectReportData(*store, o);
        Pages pages;
        for (const QImage& page : renderReportPages(data, standardAtlas(), standardCatalogue(), kDpi))
            pages.preview.append(page.convertToFormat(QImage::Format_RGB32));

        const QString pdf = temp.dir.filePath(QStringLiteral("likeness.pdf"));
        QString error;
        EXPECT_TRUE(writeReportPdf(data, standardAtlas(), standardCatalogue(), pdf, {}, &error))
            << error.toStdString();
        const QString prefix = temp.dir.filePath(QStringLiteral("page"));
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-png"), pdf, prefix});
        if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0) {
            ADD_FAILURE() << "pdftoppm failed (poppler-utils is installed by scripts/setup-debian.sh): "
                          << pdftoppm.readAllStandardError().toStdString();
            return pages;
        }
        // page-1.png … (page-01.png … from ten pages on): name order is page order.
        for (const QString& name :
             QDir(temp.dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name)) {
            pages.pdf.append(QImage(temp.dir.filePath(name)).convertToFormat(QImage::Format_RGB32));
            QFile::remove(temp.dir.filePath(name));
        }
        return pages;
    }

    TempDatabase temp;
    std::unique_ptr<KnotStore> store;
};

} // namespace

TEST_F(ReportLikenessTest, EveryPageLooksLikeItsPreview)
{
    const Pages pages = render(allReportSections());
    ASSERT_EQ(pages.preview.size(), pages.pdf.size());
    for (qsizetype i = 0; i < pages.preview.size(); ++i) {
        // Same page size within a pixel of rounding.
        EXPECT_NEAR(pages.preview[i].width(), pages.pdf[i].width(), 1);
        EXPECT_NEAR(pages.preview[i].height(), pages.pdf[i].height(), 1);
        // Alike, the pages differ by about 1.5 (antialiasing), a page of small text by up to about 2.6; with
        // the preview's fonts 5% small and the painters' sizes in device pixels they differed by 4 to 5.
        EXPECT_LT(meanDifference(pages.preview[i], pages.pdf[i]), 3.2) << "page " << i + 1;
    }
}

TEST_F(ReportLikenessTest, TheMapPageMatchesInItsDetails)
{
    const Pages pages = render({ReportSection::BodyMap});
    ASSERT_FALSE(pages.preview.isEmpty());
    ASSERT_FALSE(pages.pdf.isEmpty());
    const auto preview = mapFeatures(pages.preview[0]);
    const auto pdf = mapFeatures(pages.pdf[0]);
    ASSERT_TRUE(preview && pdf);
    const qreal pixel = toMm(1);
    EXPECT_NEAR(preview->legendWidth, pdf->legendWidth, 2 * pixel);
    EXPECT_GT(pdf->legendWidth, 4.0) << "the colour column holds the numbers 0 to 10";
    EXPECT_NEAR(preview->leftLabelHeight, pdf->leftLabelHeight, 2 * pixel);
    EXPECT_NEAR(preview->backViewHeight, pdf->backViewHeight, 2 * pixel);
    EXPECT_NEAR(preview->backViewBottom, pdf->backViewBottom, 2 * pixel);
    // "Back view" ends above the head in both, not over it, and just above it (not the text over the map).
    for (const MapFeatures& f : {*preview, *pdf}) {
        EXPECT_LE(f.backViewBottom, 0.0);
        EXPECT_GT(f.backViewBottom, -2.5);
    }
}

TEST_F(ReportLikenessTest, TheChartLegendKeepsItsSamples)
{
    const Pages pages = render({ReportSection::Trends});
    ASSERT_FALSE(pages.preview.isEmpty());
    ASSERT_FALSE(pages.pdf.isEmpty());
    const auto preview = chartLegendSampleWidth(pages.preview[0]);
    const auto pdf = chartLegendSampleWidth(pages.pdf[0]);
    ASSERT_TRUE(preview && pdf);
    EXPECT_NEAR(*preview, *pdf, 2 * toMm(1));
    EXPECT_GT(*pdf, 4.0) << "a line sample long enough to read as a line";
}

TEST_F(ReportLikenessTest, TheFirstPageIsFilledNotHalfEmpty)
{
    // The weekly chart did not fit whole under the map and moved to page 2, leaving the lower third of page 1
    // blank. Now it starts under the map and fills the page, shorter if it must.
    const Pages pages = render(allReportSections());
    ASSERT_FALSE(pages.pdf.isEmpty());
    for (const QImage& page : {pages.preview[0], pages.pdf[0]}) {
        // The lowest ink above the footer (which sits 14 mm from the foot of the page; the text ends at 20).
        const auto ink = boundsOf(page, QRect(0, toPixels(30), page.width(), toPixels(297 - 30 - 17)),
                                  [](QRgb c) { return qGray(c) < 200; });
        ASSERT_TRUE(ink);
        EXPECT_GT(toMm(ink->bottom()), 255.0) << "page 1 ends at " << toMm(ink->bottom()) << " mm";
    }
}
