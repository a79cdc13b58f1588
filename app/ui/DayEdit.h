// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace knotmap::ui {

// A date field that Tab leaves, as every other field: a QDateEdit's Tab walks through its weekday, day, month
// and year first, four stops for one field. The arrow keys still go from part to part.
class DayEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace knotmap::ui
