// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartAccessible.h"

#include "ui/trends/TrendChartWidget.h"

#include <QLocale>

namespace knotmap::ui {

namespace {

class ChartCell : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    ChartCell(ChartAccessible* table, int row, int column) : m_table(table), m_row(row), m_column(column) {}

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface*>(this)
                                                       : nullptr;
    }
    bool isValid() const override { return m_table->isValid() && m_row < m_table->rowCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_table->window(); }
    QAccessibleInterface* parent() const override { return m_table; }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override { return {}; }
    QRect rect() const override { return m_table->rect(); } // the chart has no cells to point at
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? m_table->cellText(m_row, m_column) : QString();
    }
    void setText(QAccessible::Text, const QString&) override {}

    // QAccessibleTableCellInterface
    bool isSelected() const override { return false; }
    QList<QAccessibleInterface*> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface*> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface* table() const override { return m_table; }

private:
    ChartAccessible* m_table;
    int m_row;
    int m_column;
};

} // namespace

ChartAccessible::ChartAccessible(TrendChartWidget* chart) : QAccessibleWidget(chart, QAccessible::Table) {}

ChartAccessible::~ChartAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
}

TrendChartWidget* ChartAccessible::chart() const
{
    return static_cast<TrendChartWidget*>(widget());
}

void* ChartAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString ChartAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return TrendChartWidget::tr("Pain over time, as a table");
    if (t == QAccessible::Description)
        return TrendChartWidget::tr(
            "One row for each period: its mean, lowest and highest score and its ratings.");
    return QAccessibleWidget::text(t);
}

int ChartAccessible::rowCount() const
{
    return int(chart()->data().series.size());
}

int ChartAccessible::childCount() const
{
    return rowCount() * kColumns;
}

QAccessibleInterface* ChartAccessible::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= kColumns)
        return nullptr;
    const int key = row * kColumns + column;
    if (const auto found = m_cells.constFind(key); found != m_cells.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto* cell = new ChartCell(const_cast<ChartAccessible*>(this), row, column);
    m_cells.insert(key, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

QAccessibleInterface* ChartAccessible::child(int index) const
{
    return index < 0 ? nullptr : cellAt(index / kColumns, index % kColumns);
}

int ChartAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* cell = dynamic_cast<const ChartCell*>(child);
    return cell ? cell->rowIndex() * kColumns + cell->columnIndex() : -1;
}

QString ChartAccessible::columnDescription(int column) const
{
    switch (column) {
    case 0:
        return TrendChartWidget::tr("Period");
    case 1:
        return TrendChartWidget::tr("Mean");
    case 2:
        return TrendChartWidget::tr("Lowest");
    case 3:
        return TrendChartWidget::tr("Highest");
    case 4:
        return TrendChartWidget::tr("Ratings");
    }
    return {};
}

QString ChartAccessible::rowDescription(int row) const
{
    return cellText(row, 0);
}

QString ChartAccessible::cellText(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const BucketStats& b = chart()->data().series.at(row);
    switch (column) {
    case 0:
        return TrendChartPainter::bucketLabel(b, chart()->data().bucket);
    case 1:
        return QLocale().toString(b.mean, 'f', 1);
    case 2:
        return QString::number(b.min);
    case 3:
        return QString::number(b.max);
    case 4:
        return QString::number(b.count);
    }
    return {};
}

QAccessibleInterface* chartAccessibleFactory(const QString& className, QObject* object)
{
    if (auto* chart = qobject_cast<TrendChartWidget*>(object);
        chart && className == QLatin1String(TrendChartWidget::staticMetaObject.className()))
        return new ChartAccessible(chart);
    return nullptr;
}

} // namespace knotmap::ui
