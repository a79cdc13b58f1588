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

namespace knotmap {

// Report pages are laid out and drawn in page units of 1/1200 inch on every canvas: fonts get pixel sizes in
// these units and each canvas scales its painter to its own device. So the PDF and the preview measure the
// same text with the same font, break lines and pages in the same places, and differ only in how many
// device pixels a page unit covers. (Fonts in points would be rounded to whole device pixels first: at the
// preview's 56 dpi, 9.5 points became 7 pixels, 5% small, and the preview's pages drifted from the PDF's.)
constexpr qreal kPageDpi = 1200;

// One drawing step of a page, on a painter whose logical units are page units.
using PageStep = std::function<void(QPainter&)>;

// The report's pages, laid out once: each page a list of drawing steps, played on a PDF page or an image as
// often as needed (the preview draws only the pages in view). The frame (header, and footer with "page n of
// N") is drawn with each page, so the page count comes from the one layout. Steps hold plain values (text,
// fonts, positions), never a text layout, so pages laid out on one thread can be drawn on another; what a
// step draws from (the report's data, the atlas) must outlive the pages.
class ReportPages
{
public:
    struct Frame
    {
        QString title;  // on every page
        QString period; // on every page
    };

    int count() const { return int(m_pages.size()); }
    QSizeF pageMillimetres() const { return m_millimetres; }
    void paint(int index, QPainter& painter) const; // the painter scaled so its units are page units
    // One page as an image at `dpi`, white, antialiased, with the dots per inch painters read back.
    QImage image(int index, qreal dpi) const;

private:
    friend class PageFlow;
    void paintFrame(int index, QPainter& painter) const;

    Frame m_frame;
    QSizeF m_millimetres;
    QSizeF m_units;
    QList<QList<PageStep>> m_pages;
};

// Lays report content out from top to bottom, starting new pages with the header and footer as needed.
// Text is drawn as text (selectable, searchable), wrapped with QTextLayout so long notes break across pages.
// Text is measured on a device of kPageDpi; fonts are sized in page units, so their metrics are the same on
// every canvas the pages are drawn on.
class PageFlow
{
public:
    // `pageUnits`: the page as the PDF has it, whole device pixels at kPageDpi (the PDF writer rounds the
    // paper's size), so the PDF's lines and pages break where they always have; images take the millimetres.
    PageFlow(QSizeF pageMillimetres, QSizeF pageUnits, ReportPages::Frame frame);

    static qreal mm(qreal millimetres) { return millimetres / 25.4 * kPageDpi; }
    static QFont font(qreal points, bool bold = false); // sized in page units
    int pageCount() const { return m_pages.count(); }
    ReportPages takePages() { return std::move(m_pages); }

    void ensure(qreal height); // a new page unless this much space is left
    void space(qreal millimetres);
    void heading(const QString& text);
    // The height heading() and paragraph() take, so a section can ask for room for its start.
    qreal headingHeight() const;
    qreal paragraphHeight(const QString& text, qreal points = 9.5, bool bold = false) const;
    void paragraph(const QString& text, qreal points = 9.5, bool bold = false, QColor color = Qt::black);
    // A row of a single cell is a note on the row above it ("may be felt from: ..."), drawn across the table.
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths);
    // A figure `height` tall, or shorter, down to `minimum`, when that fills the rest of this page: rather
    // than moving whole to the next page and leaving this one half empty. A minimum of 0 never shrinks. The
    // figure is drawn when the page is, so `draw` must hold (or point at) all it needs.
    void figure(qreal height, std::function<void(QPainter&, const QRectF&)> draw, qreal minimum = 0);
    qreal room() const { return m_area.bottom() - m_y; }     // left on this page
    qreal pageTextHeight() const { return m_area.height(); } // a whole page's room

private:
    QList<QTextLine> layOut(QTextLayout& layout) const; // lines as wide as the text area
    void startPage();
    void add(PageStep step) { m_pages.m_pages.last().append(std::move(step)); }
    qreal lineHeight(const QFont& font) const;

    QImage m_measure; // 1×1 at kPageDpi: what text is measured on
    QSizeF m_size;    // page units
    QRectF m_area;
    qreal m_y = 0;
    ReportPages m_pages;
};

} // namespace knotmap
