// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routines/RedFlags.h"

#include <QFrame>

#include <array>

class QLabel;
class QPushButton;

namespace knotmap::ui {

// The "see a professional" notices above the routine, one box per level so the serious ones cannot be missed:
// urgent in red with what to do now, a pause in amber saying there are no exercises today, and the "soon"
// notices in a quieter amber. Each box says in words what it means, so colour is never the only signal.
class NoticePanel : public QWidget
{
    Q_OBJECT

public:
    explicit NoticePanel(QWidget* parent = nullptr);

    void showNotices(const QList<ProfessionalNotice>& notices);
    QString text() const;               // everything the boxes say, for tests and screen readers
    QFrame* box(FlagLevel level) const; // visible only when a notice of that level is shown
    QPushButton* nerveSignsGoneButton() const { return m_gone; }

signals:
    void nerveSignsGone(); // the person says the numbness, tingling or shooting pain has gone

private:
    struct Box
    {
        QFrame* frame;
        QLabel* title;
        QLabel* body;
    };
    Box makeBox(FlagLevel level);

    std::array<Box, 3> m_boxes; // by FlagLevel
    QPushButton* m_gone;
};

} // namespace knotmap::ui
