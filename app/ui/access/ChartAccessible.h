// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace knotmap::ui {

class TrendChartWidget;

// The trend chart for a screen reader: a table of what it draws, one row per day, week or month (its period,
// mean, lowest and highest score, and how many ratings), so the numbers can be read where the eye sees lines.
class ChartAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit ChartAccessible(TrendChartWidget* chart);
    ~ChartAccessible() override;

    void* interface_cast(QAccessible::InterfaceType type) override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QString text(QAccessible::Text t) const override;

    // QAccessibleTableInterface
    QAccessibleInterface* caption() const override { return nullptr; }
    QAccessibleInterface* summary() const override { return nullptr; }
    QAccessibleInterface* cellAt(int row, int column) const override;
    int columnCount() const override { return kColumns; }
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedCellCount() const override { return 0; }
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<QAccessibleInterface*> selectedCells() const override { return {}; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent*) override {}

    QString cellText(int row, int column) const;
    TrendChartWidget* chart() const;

private:
    static constexpr int kColumns = 5;
    mutable QHash<int, QAccessible::Id> m_cells; // row * kColumns + column
};

QAccessibleInterface* chartAccessibleFactory(const QString& className, QObject* object);

} // namespace knotmap::ui
