// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPreview.h"

#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace knotmap::ui {

namespace {

constexpr int kSpacing = 14;
constexpr int kFrame = 1; // the line around a page
// Pages drawn ahead of the viewport on each side, and how far (in pages) a drawn page may be before its image
// is given back.
constexpr int kDrawAhead = 1;
constexpr int kKeepWithin = 2;

// One page: its image once drawn, white until then.
class PageWidget : public QWidget
{
public:
    PageWidget(ReportPreview* preview, int index, QSize size) : m_preview(preview), m_index(index)
    {
        setFixedSize(size + QSize(2 * kFrame, 2 * kFrame));
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    // Never draws the page here: a page not drawn yet shows white, and the preview draws it on a turn of
    // its own (a paint may come for pages the layout has not placed yet, all of them at once).
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
        if (m_preview->pageDrawn(m_index))
            p.drawPixmap(kFrame, kFrame, m_preview->pagePixmap(m_index));
        else
            p.fillRect(rect().adjusted(kFrame, kFrame, -kFrame, -kFrame), Qt::white);
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
    const int count = m_report->pages.count();
    const QSizeF millimetres = m_report->pages.pageMillimetres();
    m_pageSize = (millimetres / 25.4 * kReportPreviewDpi).toSize(); // as ReportPages::image makes it
    m_message->setVisible(count == 0 && !m_message->text().isEmpty());
    for (int i = 0; i < count; ++i) {
        auto* page = new PageWidget(this, i, m_pageSize);
        m_layout->addWidget(page);
        m_pageWidgets.append(page);
        m_images.append(QPixmap());
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
            m_images[i] = QPixmap(); // far away: its memory back
    }
    m_drawTimer.start();
}

void ReportPreview::drawNextPage()
{
    // The pages in view first, then their neighbours; one a turn, so the loop keeps turning between pages.
    for (int reach = 0; reach <= kDrawAhead; ++reach) {
        for (int i = 0; i < pageCount(); ++i) {
            if (m_images[i].isNull() && near(i, reach)) {
                pagePixmap(i);
                m_pageWidgets[i]->update();
                m_drawTimer.start();
                return;
            }
        }
    }
}

const QPixmap& ReportPreview::pagePixmap(int index)
{
    if (m_images[index].isNull())
        m_images[index] = QPixmap::fromImage(m_report->pages.image(index, kReportPreviewDpi));
    return m_images[index];
}

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    followViewport();
}

} // namespace knotmap::ui
