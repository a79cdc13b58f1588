// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPreview.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace knotmap::ui {

namespace {

constexpr int kSpacing = 14;
constexpr int kFrame = 1; // the line around a page
// Pages drawn ahead of the viewport on each side, and how far (in pages) a drawn page may be before its image
// is given back.
constexpr int kDrawAhead = 1;
constexpr int kKeepWithin = 2;

// One page in a thin box, as the pages always were shown: its image once drawn, white until then.
class PageWidget : public QFrame
{
public:
    PageWidget(ReportPreview* preview, int index, QSize size) : m_preview(preview), m_index(index)
    {
        setFrameShape(QFrame::Box);
        setLineWidth(kFrame);
        setFixedSize(size + QSize(2 * kFrame, 2 * kFrame));
    }

protected:
    // Never draws the page here: a page not drawn yet shows white until its image comes (a paint may come
    // for pages the layout has not placed yet, all of them at once).
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        if (m_preview->pageDrawn(m_index))
            p.drawImage(contentsRect().topLeft(), m_preview->pageImage(m_index));
        else
            p.fillRect(contentsRect(), Qt::white);
        drawFrame(&p);
    }

private:
    ReportPreview* m_preview;
    int m_index;
};

} // namespace

ReportPreview::ReportPreview(QWidget* parent) : QScrollArea(parent)
{
    m_host = new QWidget(this);
    m_layout = new QVBoxLayout(m_host);
    m_layout->setSpacing(kSpacing);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message = new QLabel(m_host);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_message);
    setWidget(m_host);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    m_drawTimer.setSingleShot(true);
    m_drawTimer.setInterval(0);
    connect(&m_drawTimer, &QTimer::timeout, this, &ReportPreview::drawNextPage);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportPreview::followViewport);
}

void ReportPreview::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty() && m_pageWidgets.isEmpty());
}

void ReportPreview::setReport(std::shared_ptr<const PreparedReport> report)
{
    m_report = std::move(report);
    for (QWidget* page : std::as_const(m_pageWidgets))
        delete page;
    m_pageWidgets.clear();
    m_images.clear();
    ++m_generation;
    m_drawing = -1;
    const int count = m_report->pages.count();
    const QSizeF millimetres = m_report->pages.pageMillimetres();
    m_pageSize = (millimetres / 25.4 * kReportPreviewDpi).toSize(); // as ReportPages::image makes it
    m_message->setVisible(count == 0 && !m_message->text().isEmpty());
    for (int i = 0; i < count; ++i) {
        auto* page = new PageWidget(this, i, m_pageSize);
        m_layout->addWidget(page);
        m_pageWidgets.append(page);
        m_images.append(QImage());
    }
    followViewport();
}

QRect ReportPreview::pageRect(int index) const
{
    const int height = m_pageSize.height() + 2 * kFrame;
    const int top = m_layout->contentsMargins().top() + index * (height + kSpacing);
    return QRect(0, top, m_pageSize.width() + 2 * kFrame, height);
}

bool ReportPreview::near(int index, int pages) const
{
    const int top = verticalScrollBar()->value();
    const int reach = pages * (m_pageSize.height() + kSpacing);
    const QRect rect = pageRect(index);
    return rect.bottom() >= top - reach && rect.top() <= top + viewport()->height() + reach;
}

void ReportPreview::followViewport()
{
    for (int i = 0; i < pageCount(); ++i) {
        if (!m_images[i].isNull() && !near(i, kKeepWithin))
            m_images[i] = QImage(); // far away: its memory back
    }
    m_drawTimer.start();
}

void ReportPreview::drawNextPage()
{
    if (m_drawing >= 0 || !m_report)
        return; // one page at a time; the next is chosen when it is done, from where the view is then
    // The pages in view first, then their neighbours.
    for (int reach = 0; reach <= kDrawAhead; ++reach) {
        for (int i = 0; i < pageCount(); ++i) {
            if (m_images[i].isNull() && near(i, reach)) {
                m_drawing = i;
                auto* watcher = new QFutureWatcher<QImage>(this); // gone with the preview: nothing arrives
                connect(watcher, &QFutureWatcher<QImage>::finished, this,
                        [this, watcher, i, generation = m_generation] {
                            watcher->deleteLater();
                            if (generation != m_generation)
                                return; // a page of a report no longer shown
                            m_drawing = -1;
                            if (near(i, kKeepWithin)) {
                                m_images[i] = watcher->result();
                                m_pageWidgets[i]->update();
                            }
                            m_drawTimer.start();
                        });
                // The worker holds the report (pages, data, atlas) for as long as it draws.
                // As many pixels as the screen shows (twice as many at 2×), so the page is sharp there.
                const qreal ratio = devicePixelRatioF();
                watcher->setFuture(QtConcurrent::run([report = m_report, i, ratio] {
                    QImage page = report->pages.image(i, kReportPreviewDpi * ratio);
                    page.setDevicePixelRatio(ratio);
                    return page;
                }));
                return;
            }
        }
    }
}

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    followViewport();
}

} // namespace knotmap::ui
