// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrollingPanel.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace knotmap::ui {

namespace {
// Keeps the area as wide as its content wants (and room for the scroll bar), as the content's text changes.
class FitWidth : public QObject
{
public:
    explicit FitWidth(QScrollArea* area) : QObject(area), m_area(area) { fit(); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_area->widget() && event->type() == QEvent::LayoutRequest)
            fit();
        return false;
    }

private:
    void fit()
    {
        QWidget* content = m_area->widget();
        const int bar = m_area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_area);
        m_area->setMinimumWidth(content->minimumSizeHint().width() + bar);
    }
    QScrollArea* m_area;
};
} // namespace

QScrollArea* scrollingPanel(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls inside, not to the area
    area->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto* fit = new FitWidth(area);
    content->installEventFilter(fit);
    return area;
}

} // namespace knotmap::ui
