// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QTextLayout>

namespace knotmap {

namespace {

class PdfCanvas : public ReportCanvas
{
public:
    explicit PdfCanvas(QPdfWriter& writer) : m_writer(writer), m_painter(&writer)
    {
        m_painter.scale(writer.resolution() / kPageDpi, writer.resolution() / kPageDpi);
    }
    QPainter& painter() override { return m_painter; }
    void newPage() override { m_writer.newPage(); }
    QSizeF pageSize() const override
    {
        return QSizeF(m_writer.width(), m_writer.height()) * (kPageDpi / m_writer.resolution());
    }

private:
    QPdfWriter& m_writer;
    QPainter m_painter;
};

class ImageCanvas : public ReportCanvas
{
public:
    // Without a list to fill, it only counts pages (see makeCountingCanvas).
    ImageCanvas(QSizeF millimetres, qreal dpi, QList<QImage>* pages)
        : m_size(millimetres / 25.4 * kPageDpi), m_pixels((millimetres / 25.4 * dpi).toSize()),
          m_dpi(std::round(dpi)), // an image keeps whole dots per inch; painters read it back (PaintUnit.h)
          m_pages(pages ? *pages : m_scratch), m_keep(pages != nullptr)
    {
        open();
    }
    ~ImageCanvas() override { m_painter.end(); }
    QPainter& painter() override { return m_painter; }
    void newPage() override
    {
        m_painter.end();
        open();
    }
    QSizeF pageSize() const override { return m_size; }

private:
    void open()
    {
        // A counting canvas draws into a 1×1 image: the fonts are sized in page units, so their metrics are
        // the same on any device, and nothing is drawn.
        QImage page = m_keep ? QImage(m_pixels, QImage::Format_RGB32) : QImage(1, 1, QImage::Format_RGB32);
        page.setDotsPerMeterX(int(std::lround(m_dpi / 0.0254)));
        page.setDotsPerMeterY(int(std::lround(m_dpi / 0.0254)));
        page.fill(Qt::white);
        m_pages.append(page);
        m_painter.begin(&m_pages.last());
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        m_painter.scale(m_dpi / kPageDpi, m_dpi / kPageDpi);
    }

    QSizeF m_size;  // page units
    QSize m_pixels; // the image
    qreal m_dpi;
    QList<QImage> m_scratch; // declared before m_pages, so it exists when m_pages refers to it
    QList<QImage>& m_pages;
    bool m_keep;
    QPainter m_painter;
};

} // namespace

std::unique_ptr<ReportCanvas> makePdfCanvas(QPdfWriter& writer)
{
    return std::make_unique<PdfCanvas>(writer);
}

std::unique_ptr<ReportCanvas> makeImageCanvas(QSizeF pageMillimetres, qreal dpi, QList<QImage>& pages)
{
    return std::make_unique<ImageCanvas>(pageMillimetres, dpi, &pages);
}

std::unique_ptr<ReportCanvas> makeCountingCanvas(QSizeF pageMillimetres)
{
    return std::make_unique<ImageCanvas>(pageMillimetres, kPageDpi, nullptr);
}

PageFlow::PageFlow(ReportCanvas& canvas, Frame frame) : m_canvas(canvas), m_frame(std::move(frame))
{
    startPage();
}

QFont PageFlow::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(points / 72 * kPageDpi)));
    f.setBold(bold);
    return f;
}

qreal PageFlow::lineHeight(const QFont& f) const
{
    return QFontMetricsF(f, m_canvas.painter().device()).lineSpacing();
}

void PageFlow::startPage()
{
    if (m_page > 0)
        m_canvas.newPage();
    ++m_page;
    const QSizeF size = m_canvas.pageSize();
    m_area = QRectF(mm(18), mm(22), size.width() - mm(36), size.height() - mm(22) - mm(20));
    m_y = m_area.top();
    QPainter& p = m_canvas.painter();
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(font(8));
    const QRectF header(m_area.left(), mm(10), m_area.width(), mm(6));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_frame.title);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_frame.period);
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.2)));
    p.drawLine(QPointF(m_area.left(), mm(17)), QPointF(m_area.right(), mm(17)));
    endPage(); // the footer goes on as soon as the page exists
}

void PageFlow::endPage()
{
    QPainter& p = m_canvas.painter();
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(font(8));
    const QRectF footer(m_area.left(), m_canvas.pageSize().height() - mm(14), m_area.width(), mm(6));
    const QString page =
        m_frame.totalPages > 0
            ? QCoreApplication::translate("Report", "Page %1 of %2").arg(m_page).arg(m_frame.totalPages)
            : QCoreApplication::translate("Report", "Page %1").arg(m_page);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
    p.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("Report", "%1 · a self-care diary, not a diagnosis").arg(m_frame.period));
}

void PageFlow::ensure(qreal height)
{
    if (m_y + height > m_area.bottom() && m_y > m_area.top())
        startPage();
}

void PageFlow::space(qreal millimetres)
{
    m_y += mm(millimetres);
}

qreal PageFlow::headingHeight() const
{
    return mm(3) + lineHeight(font(13, true)) + mm(1.5);
}

QList<QTextLine> PageFlow::layOut(QTextLayout& layout) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_area.width());
        lines.append(line);
    }
    layout.endLayout();
    return lines;
}

qreal PageFlow::paragraphHeight(const QString& text, qreal points, bool bold) const
{
    const QFont f = font(points, bold);
    qsizetype lines = 0;
    for (const QString& block : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(block, f, m_canvas.painter().device());
        lines += std::max<qsizetype>(1, layOut(layout).size());
    }
    return lineHeight(f) * qreal(lines) + mm(1.2);
}

void PageFlow::heading(const QString& text)
{
    const QFont f = font(13, true);
    ensure(lineHeight(f) + lineHeight(font(9.5)) * 3); // never a heading alone at the foot of a page
    space(3);
    QPainter& p = m_canvas.painter();
    p.setFont(f);
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    p.drawText(QRectF(m_area.left(), m_y, m_area.width(), lineHeight(f)), Qt::AlignLeft | Qt::AlignVCenter,
               text);
    m_y += lineHeight(f) + mm(1.5);
}

void PageFlow::paragraph(const QString& text, qreal points, bool bold, QColor color)
{
    const QFont f = font(points, bold);
    QPainter& p = m_canvas.painter();
    // One layout per paragraph of the text; lines go out one by one so a long note can cross a page.
    for (const QString& block : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(block, f, p.device());
        const QList<QTextLine> lines = layOut(layout);
        const qreal height = lineHeight(f);
        if (lines.isEmpty())
            m_y += height;
        for (const QTextLine& line : lines) {
            ensure(height);
            p.setPen(color);
            p.setFont(f);
            line.draw(&p, QPointF(m_area.left() - line.x(), m_y - line.y()));
            m_y += height;
        }
    }
    m_y += mm(1.2);
}

void PageFlow::table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths)
{
    const QFont bodyFont = font(8.5), headFont = font(8.5, true);
    const qreal row = lineHeight(bodyFont) + mm(1.6);
    qreal total = 0;
    for (qreal w : widths)
        total += w;
    QPainter& p = m_canvas.painter();
    const auto drawRow = [&](const QStringList& cells, const QFont& f, bool header, int index) {
        ensure(row);
        if (!header && index % 2 == 1)
            p.fillRect(QRectF(m_area.left(), m_y, m_area.width(), row), QColor(0xf3, 0xf5, 0xf8));
        p.setFont(f);
        p.setPen(header ? QColor(0x1f, 0x3a, 0x5f) : Qt::black);
        qreal x = m_area.left();
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            const qreal w = m_area.width() * widths[c] / total;
            const QString shown =
                QFontMetricsF(f, p.device()).elidedText(cells[c], Qt::ElideRight, w - mm(2));
            p.drawText(QRectF(x + mm(1), m_y, w - mm(2), row),
                       (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, shown);
            x += w;
        }
        m_y += row;
        if (header) {
            p.setPen(QPen(QColor(0x88, 0x88, 0x88), mm(0.2)));
            p.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
        }
    };
    ensure(row * 3);
    drawRow(headers, headFont, true, 0);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (m_y + row > m_area.bottom()) {
            startPage();
            drawRow(headers, headFont, true, 0); // the header again on the new page
        }
        drawRow(rows[i], bodyFont, false, int(i));
    }
    m_y += mm(2);
}

void PageFlow::figure(qreal height, const std::function<void(QPainter&, const QRectF&)>& draw, qreal minimum)
{
    if (minimum > 0 && room() < height && room() >= minimum)
        height = room();
    else
        ensure(height);
    QPainter& p = m_canvas.painter();
    p.save();
    draw(p, QRectF(m_area.left(), m_y, m_area.width(), height));
    p.restore();
    m_y += height + mm(2);
}

} // namespace knotmap
