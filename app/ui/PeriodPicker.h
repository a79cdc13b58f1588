// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace knotmap {
class KnotStore;
}

namespace knotmap::ui {

// A period to look at: the last 4, 12, 26 or 52 weeks, all time, or custom dates. Shared by Trends and
// Report.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Weeks4, Weeks12, Weeks26, Weeks52, AllTime, Custom };

    // Horizontal: [presets] [from] – [to] on one row. Vertical: presets, then From and To rows.
    PeriodPicker(const KnotStore& store, Qt::Orientation orientation, QWidget* parent = nullptr);

    QDate from() const; // never after to()
    QDate to() const;
    void setPreset(Preset preset);
    void setCustomRange(QDate from, QDate to);
    void reapply(); // "all time" moves when older data arrives

signals:
    void changed();

private:
    const KnotStore& m_store;
    QComboBox* m_presets;
    QDateEdit* m_from;
    QDateEdit* m_to;
    bool m_quiet = false;
};

} // namespace knotmap::ui
