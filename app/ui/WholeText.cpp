// SPDX-License-Identifier: GPL-3.0-or-later
#include "WholeText.h"

#include <QHeaderView>
#include <QTreeWidget>

#include <functional>

namespace knotmap::ui {

void sizeColumnsToContents(QTreeWidget* tree)
{
    QHeaderView* header = tree->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    tree->setTextElideMode(Qt::ElideNone); // never an ellipsis, even while a column catches up
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void addFullTextTips(QTreeWidget* tree)
{
    const std::function<void(QTreeWidgetItem*)> tip = [&](QTreeWidgetItem* item) {
        for (int column = 0; column < tree->columnCount(); ++column)
            if (!item->text(column).isEmpty() && item->toolTip(column).isEmpty())
                item->setToolTip(column, item->text(column));
        for (int i = 0; i < item->childCount(); ++i)
            tip(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        tip(tree->topLevelItem(i));
}

} // namespace knotmap::ui
