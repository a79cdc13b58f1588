// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPdfWriter;

namespace knotmap {

// Where report pages go: a PDF file, or images for a preview. Sizes are in the device's own pixels.
class ReportCanvas
{
public:
    virtual ~ReportCanvas() = default;
    virtual QPainter& painter() = 0;
    virtual void newPage() = 0; // after the first
    virtual QSizeF pageSize() const = 0;
    virtual qreal dpi() const = 0;
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

    qreal mm(qreal millimetres) const { return millimetres / 25.4 * m_canvas.dpi(); }
    QFont font(qreal points, bool bold = false) const;
    int pageCount() const { return m_page; }

    void ensure(qreal height); // a new page unless this much space is left
    void space(qreal millimetres);
    void heading(const QString& text);
    void paragraph(const QString& text, qreal points = 9.5, bool bold = false, QColor color = Qt::black);
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths);
    void figure(qreal height, const std::function<void(QPainter&, const QRectF&)>& draw);

private:
    void startPage();
    void endPage();
    qreal lineHeight(const QFont& font) const;

    ReportCanvas& m_canvas;
    Frame m_frame;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 0;
};

std::unique_ptr<ReportCanvas> makePdfCanvas(QPdfWriter& writer);
// Pages as images at the given resolution, for the app's live preview.
std::unique_ptr<ReportCanvas> makeImageCanvas(QSizeF pageMillimetres, qreal dpi, QList<QImage>& pages);
// Counts pages without drawing anything visible.
std::unique_ptr<ReportCanvas> makeCountingCanvas(QSizeF pageMillimetres, qreal dpi);

} // namespace knotmap
