// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QImage>
#include <QScrollArea>
#include <QTimer>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace knotmap::ui {

// A report laid out on a worker: its pages together with everything they draw from, so they can be drawn on
// the GUI thread long after the worker's connection is gone.
struct PreparedReport
{
    std::shared_ptr<const ReportData> data;
    std::shared_ptr<const BodyAtlas> atlas;
    ReportPages pages;
};

// The Report view's pages, drawn only where they are seen: a page becomes an image when it scrolls into the
// viewport or next to it, and gives its image back when it is scrolled far away, so a report of hundreds of
// pages costs what the two or three in view cost. Pages are drawn one at a time on Qt's thread pool (a page
// of ten years' charts takes some 50 ms of drawing); the GUI thread only shows the finished image. A page not
// drawn yet shows white.
class ReportPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);

    void setReport(std::shared_ptr<const PreparedReport> report);
    void setMessage(const QString& text); // over an empty preview, e.g. while the first one is prepared
    int pageCount() const { return int(m_images.size()); }
    QSize pageSize() const { return m_pageSize; } // in the layout's pixels; images have more at 2×
    std::shared_ptr<const PreparedReport> report() const { return m_report; } // what is shown, for printing
    bool pageDrawn(int index) const { return index >= 0 && index < pageCount() && !m_images[index].isNull(); }
    const QImage& pageImage(int index) const { return m_images[index]; }
    bool drawing() const
    {
        return m_drawing >= 0 || m_drawTimer.isActive();
    } // a page near view is on its way

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void followViewport(); // draws what is near, drops what is far
    void drawNextPage();
    QRect
    pageRect(int index) const; // in the host's coordinates, from the page sizes (not the layout's state)
    bool near(int index, int pages) const;

    QWidget* m_host;
    QVBoxLayout* m_layout;
    QLabel* m_message;
    std::shared_ptr<const PreparedReport> m_report;
    QList<QImage> m_images;
    int m_drawing = -1;       // the page a worker is drawing
    quint64 m_generation = 0; // a new report drops the images of the old one still being drawn
    QList<QWidget*> m_pageWidgets;
    QSize m_pageSize;
    QTimer m_drawTimer;
};

} // namespace knotmap::ui
