// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

#include <QCoreApplication>
#include <QTextLayout>

#include <cmath>

namespace knotmap {

namespace {

// Where text goes on a page of this size (page units): inside the header and the footer.
QRectF textArea(QSizeF size)
{
    return QRectF(PageFlow::mm(18), PageFlow::mm(22), size.width() - PageFlow::mm(36),
                  size.height() - PageFlow::mm(22) - PageFlow::mm(20));
}

} // namespace

void ReportPages::paintFrame(int index, QPainter& p) const
{
    const QSizeF size = m_units;
    const QRectF area = textArea(size);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(PageFlow::font(8));
    const QRectF header(area.left(), PageFlow::mm(10), area.width(), PageFlow::mm(6));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_frame.title);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_frame.period);
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), PageFlow::mm(0.2)));
    p.drawLine(QPointF(area.left(), PageFlow::mm(17)), QPointF(area.right(), PageFlow::mm(17)));

    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(PageFlow::font(8));
    const QRectF footer(area.left(), size.height() - PageFlow::mm(14), area.width(), PageFlow::mm(6));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("Report", "Page %1 of %2").arg(index + 1).arg(count()));
    p.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("Report", "%1 · a self-care diary, not a diagnosis").arg(m_frame.period));
}

void ReportPages::paint(int index, QPainter& painter) const
{
    if (index < 0 || index >= count())
        return;
    paintFrame(index, painter);
    for (const PageStep& step : m_pages[index])
        step(painter);
}

QImage ReportPages::image(int index, qreal dpi) const
{
    const qreal wholeDpi = std::round(dpi); // an image keeps whole dots per inch; painters read it back
    QImage page((m_millimetres / 25.4 * dpi).toSize(), QImage::Format_RGB32);
    page.setDotsPerMeterX(int(std::lround(wholeDpi / 0.0254)));
    page.setDotsPerMeterY(int(std::lround(wholeDpi / 0.0254)));
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(wholeDpi / kPageDpi, wholeDpi / kPageDpi);
    paint(index, painter);
    return page;
}

PageFlow::PageFlow(QSizeF pageMillimetres, QSizeF pageUnits, ReportPages::Frame frame)
    : m_measure(1, 1, QImage::Format_RGB32), m_size(pageUnits)
{
    m_measure.setDotsPerMeterX(int(std::lround(kPageDpi / 0.0254)));
    m_measure.setDotsPerMeterY(int(std::lround(kPageDpi / 0.0254)));
    m_pages.m_frame = std::move(frame);
    m_pages.m_millimetres = pageMillimetres;
    m_pages.m_units = pageUnits;
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
    return QFontMetricsF(f, &m_measure).lineSpacing();
}

void PageFlow::startPage()
{
    m_pages.m_pages.append(
        QList<PageStep>()); // the header and footer come with the page (ReportPages::paintFrame)
    m_area = textArea(m_size);
    m_y = m_area.top();
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
        QTextLayout layout(block, f, &m_measure);
        lines += std::max<qsizetype>(1, layOut(layout).size());
    }
    return lineHeight(f) * qreal(lines) + mm(1.2);
}

void PageFlow::heading(const QString& text)
{
    const QFont f = font(13, true);
    ensure(lineHeight(f) + lineHeight(font(9.5)) * 3); // never a heading alone at the foot of a page
    space(3);
    const QRectF box(m_area.left(), m_y, m_area.width(), lineHeight(f));
    add([f, box, text](QPainter& p) {
        p.setFont(f);
        p.setPen(QColor(0x1f, 0x3a, 0x5f));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    });
    m_y += lineHeight(f) + mm(1.5);
}

void PageFlow::paragraph(const QString& text, qreal points, bool bold, QColor color)
{
    const QFont f = font(points, bold);
    const qreal width = m_area.width();
    // One layout per paragraph of the text; lines go out one by one so a long note can cross a page. Each
    // line is kept as its text and shaped again where it is drawn: a text layout holds font engines of the
    // thread that made it, and the preview lays pages out on another thread than the one that draws them.
    for (const QString& block : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(block, f, &m_measure);
        const QList<QTextLine> lines = layOut(layout);
        const qreal height = lineHeight(f);
        if (lines.isEmpty())
            m_y += height;
        for (const QTextLine& line : lines) {
            ensure(height);
            const QPointF at(m_area.left(), m_y);
            add([f, color, at, width, piece = block.mid(line.textStart(), line.textLength())](QPainter& p) {
                QTextLayout one(piece, f, p.device());
                QTextOption option;
                option.setWrapMode(QTextOption::NoWrap);
                one.setTextOption(option);
                one.beginLayout();
                QTextLine drawn = one.createLine();
                drawn.setLineWidth(width);
                one.endLayout();
                p.setPen(color);
                p.setFont(f);
                drawn.draw(&p, QPointF(at.x() - drawn.x(), at.y() - drawn.y()));
            });
            m_y += height;
        }
    }
    m_y += mm(1.2);
}

void PageFlow::table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths)
{
    const QFont bodyFont = font(8.5), headFont = font(8.5, true), noteFont = font(7.5);
    const qreal row = lineHeight(bodyFont) + mm(1.6);
    qreal total = 0;
    for (qreal w : widths)
        total += w;
    // A row of one cell is a note on the row above it: across the whole width, indented, in small grey
    // letters, on that row's stripe.
    const auto isNote = [](const QStringList& cells) { return cells.size() == 1; };
    const auto drawRow = [&](const QStringList& cells, const QFont& f, bool header, int index) {
        ensure(row);
        const bool note = !header && isNote(cells);
        const QRectF band(m_area.left(), m_y, m_area.width(), row);
        QList<std::pair<QRectF, QString>> shown;
        qreal x = m_area.left();
        if (note) {
            const qreal w = m_area.width() - mm(6);
            shown.append({QRectF(x + mm(5), m_y, w, row),
                          QFontMetricsF(f, &m_measure).elidedText(cells[0], Qt::ElideRight, w)});
        }
        for (qsizetype c = 0; !note && c < cells.size() && c < widths.size(); ++c) {
            const qreal w = m_area.width() * widths[c] / total;
            shown.append({QRectF(x + mm(1), m_y, w - mm(2), row),
                          QFontMetricsF(f, &m_measure).elidedText(cells[c], Qt::ElideRight, w - mm(2))});
            x += w;
        }
        add([band, shown, f, header, note, striped = !header && index % 2 == 1](QPainter& p) {
            if (striped)
                p.fillRect(band, QColor(0xf3, 0xf5, 0xf8));
            p.setFont(f);
            p.setPen(header ? QColor(0x1f, 0x3a, 0x5f) : note ? QColor(0x44, 0x44, 0x44) : Qt::black);
            for (qsizetype c = 0; c < shown.size(); ++c)
                p.drawText(shown[c].first, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                           shown[c].second);
            if (header) {
                p.setPen(QPen(QColor(0x88, 0x88, 0x88), mm(0.2)));
                p.drawLine(band.bottomLeft(), band.bottomRight());
            }
        });
        m_y += row;
    };
    ensure(row * 3);
    drawRow(headers, headFont, true, 0);
    int stripe = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool note = isNote(rows[i]);
        stripe += note ? 0 : 1;
        // A row and the notes under it stay on one page.
        qsizetype lines = 1;
        while (!note && i + lines < rows.size() && isNote(rows[i + lines]))
            ++lines;
        if (!note && m_y + row * qreal(lines) > m_area.bottom()) {
            startPage();
            drawRow(headers, headFont, true, 0); // the header again on the new page
        }
        drawRow(rows[i], note ? noteFont : bodyFont, false, stripe);
    }
    m_y += mm(2);
}

void PageFlow::figure(qreal height, std::function<void(QPainter&, const QRectF&)> draw, qreal minimum)
{
    if (minimum > 0 && room() < height && room() >= minimum)
        height = room();
    else
        ensure(height);
    add([draw = std::move(draw), box = QRectF(m_area.left(), m_y, m_area.width(), height)](QPainter& p) {
        p.save();
        draw(p, box);
        p.restore();
    });
    m_y += height + mm(2);
}

} // namespace knotmap
