// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <functional>
#include <memory>

class QPdfWriter;

namespace knotmap {

// Report pages are laid out and drawn in page units of 1/1200 inch on every canvas: fonts get pixel sizes in
// these units and each canvas scales its painter to its own device. So the PDF and the preview measure the
// same text with the same font, break lines and pages in the same places, and differ only in how many
// device pixels a page unit covers. (Fonts in points would be rounded to whole device pixels first: at the
// preview's 56 dpi, 9.5 points became 7 pixels, 5% small, and the preview's pages drifted from the PDF's.)
constexpr qreal kPageDpi = 1200;

// Where report pages go: a PDF file, or images for a preview.
class ReportCanvas
{
public:
    virtual ~ReportCanvas() = default;
    virtual QPainter& painter() = 0;     // scaled so its logical units are page units
    virtual void newPage() = 0;          // after the first
    virtual QSizeF pageSize() const = 0; // in page units
};

// Lays report content out from top to bottom, starting new pages with the header and footer as needed.
// Text is drawn as text (selectable, searchable), wrapped with QTextLayout so long notes break across pages.
class PageFlow
{
public:
    struct Frame
    {
        QString title;      // on every page
        QString period;     // on every page
        int totalPages = 0; // from a first pass; 0 when not known yet
    };

    PageFlow(ReportCanvas& canvas, Frame frame);

    static qreal mm(qreal millimetres) { return millimetres / 25.4 * kPageDpi; }
    static QFont font(qreal points, bool bold = false); // sized in page units
    int pageCount() const { return m_page; }

    void ensure(qreal height); // a new page unless this much space is left
    void space(qreal millimetres);
    void heading(const QString& text);
    // The height heading() and paragraph() take, so a section can ask for room for its start.
    qreal headingHeight() const;
    qreal paragraphHeight(const QString& text, qreal points = 9.5, bool bold = false) const;
    void paragraph(const QString& text, qreal points = 9.5, bool bold = false, QColor color = Qt::black);
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths);
    // A figure `height` tall, or shorter, down to `minimum`, when that fills the rest of this page: rather
    // than moving whole to the next page and leaving this one half empty. A minimum of 0 never shrinks.
    void figure(qreal height, const std::function<void(QPainter&, const QRectF&)>& draw, qreal minimum = 0);
    qreal room() const { return m_area.bottom() - m_y; }     // left on this page
    qreal pageTextHeight() const { return m_area.height(); } // a whole page's room

private:
    QList<QTextLine> layOut(QTextLayout& layout) const; // lines as wide as the text area
    void startPage();
    void endPage();
    qreal lineHeight(const QFont& font) const;

    ReportCanvas& m_canvas;
    Frame m_frame;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 0;
};

// The writer's resolution may be any; kPageDpi needs no scaling.
std::unique_ptr<ReportCanvas> makePdfCanvas(QPdfWriter& writer);
// Pages as images at the given resolution, for the app's live preview.
std::unique_ptr<ReportCanvas> makeImageCanvas(QSizeF pageMillimetres, qreal dpi, QList<QImage>& pages);
// Counts pages without drawing anything visible.
std::unique_ptr<ReportCanvas> makeCountingCanvas(QSizeF pageMillimetres);

} // namespace knotmap
