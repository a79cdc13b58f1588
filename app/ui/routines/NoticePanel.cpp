// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticePanel.h"

#include "painters/IntensityScale.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {

struct Colours
{
    QColor background, border, text;
};

Colours coloursFor(FlagLevel level, bool dark)
{
    if (level == FlagLevel::Urgent) {
        return dark ? Colours{QColor(0x5c, 0x14, 0x14), QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0xe4, 0xe4)}
                    : Colours{QColor(0xfd, 0xe8, 0xe8), QColor(0xb3, 0x1b, 0x1b), QColor(0x6e, 0x0b, 0x0b)};
    }
    if (level == FlagLevel::Pause) {
        return dark ? Colours{QColor(0x5a, 0x3a, 0x0a), QColor(0xf0, 0xa0, 0x30), QColor(0xff, 0xf0, 0xc8)}
                    : Colours{QColor(0xff, 0xec, 0xcc), QColor(0xc2, 0x6a, 0x00), QColor(0x4a, 0x2c, 0x00)};
    }
    return dark ? Colours{QColor(0x4a, 0x40, 0x18), QColor(0xa8, 0x90, 0x40), QColor(0xff, 0xf0, 0xc8)}
                : Colours{QColor(0xff, 0xf7, 0xe0), QColor(0xd9, 0xc2, 0x7a), QColor(0x4a, 0x36, 0x00)};
}

} // namespace

NoticePanel::NoticePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::Pause, FlagLevel::SeeSoon}) {
        const Box box = makeBox(level);
        m_boxes[int(level)] = box;
        layout->addWidget(box.frame);
    }
    m_gone = new QPushButton(tr("The numbness or tingling has gone"), m_boxes[int(FlagLevel::SeeSoon)].frame);
    m_gone->setToolTip(
        tr("KnotMap then allows pressure there again, until numbness, tingling or shooting pain "
           "is rated once more."));
    m_boxes[int(FlagLevel::SeeSoon)].frame->layout()->addWidget(m_gone);
    connect(m_gone, &QPushButton::clicked, this, &NoticePanel::nerveSignsGone);
    showNotices({});
}

NoticePanel::Box NoticePanel::makeBox(FlagLevel level)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("notice-") + flagLevelKey(level));
    const Colours c = coloursFor(level, isDarkPalette(palette()));
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: %3px solid %4; border-radius: 4px; }"
                       "QFrame#%1 QLabel { color: %5; background: transparent; border: none; }")
            .arg(frame->objectName(), c.background.name())
            .arg(level == FlagLevel::Urgent ? 2 : 1)
            .arg(c.border.name(), c.text.name()));
    auto* icon = new QLabel(frame);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(level == FlagLevel::Urgent ? QStyle::SP_MessageBoxCritical
                                                                  : QStyle::SP_MessageBoxWarning)
                        .pixmap(level == FlagLevel::Urgent ? size : size * 2 / 3));
    icon->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(flagLevelTitle(level), frame);
    QFont font = title->font();
    font.setBold(true);
    if (level != FlagLevel::SeeSoon)
        font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    auto* body = new QLabel(frame);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(body);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto* outer = new QVBoxLayout(frame);
    outer->setContentsMargins(10, 8, 10, 8);
    outer->addLayout(row);
    return {frame, title, body};
}

void NoticePanel::showNotices(const QList<ProfessionalNotice>& all)
{
    const QList<ProfessionalNotice> notices = noticesToShow(all);
    bool nerveSigns = false;
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::Pause, FlagLevel::SeeSoon}) {
        QString html;
        for (const ProfessionalNotice& notice : notices) {
            if (notice.level == level)
                html += QStringLiteral("<p>%1</p>").arg(notice.message.toHtmlEscaped());
            nerveSigns |= notice.reason == QLatin1String(kNerveSignsReason);
        }
        if (level == FlagLevel::Urgent && !html.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(tr("KnotMap shows no exercises while this is ticked."));
        const Box& box = m_boxes[int(level)];
        box.body->setText(html);
        box.frame->setVisible(!html.isEmpty());
    }
    m_gone->setVisible(nerveSigns);
    setVisible(!notices.isEmpty());
}

QString NoticePanel::text() const
{
    QStringList parts;
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::Pause, FlagLevel::SeeSoon}) {
        const Box& box = m_boxes[int(level)];
        if (!box.frame->isHidden())
            parts << box.title->text() << QTextDocumentFragment::fromHtml(box.body->text()).toPlainText();
    }
    return parts.join(QLatin1Char('\n'));
}

QFrame* NoticePanel::box(FlagLevel level) const
{
    return m_boxes[int(level)].frame;
}

} // namespace knotmap::ui
