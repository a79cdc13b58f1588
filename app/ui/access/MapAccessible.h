// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace knotmap::ui {

class BodyMapWidget;

// The body map for a screen reader: a graphic whose children are its muscle regions (or, on the front view,
// its pain areas), named as the list names them, and its spots, each named with its place, its name, its
// latest score, how it feels and when it was rated ("Left upper trapezius, Knot 1, 6 of 10, aching, rated
// today"). The selected spot is the focused child; Enter on the map rates it.
class MapAccessible : public QAccessibleWidget
{
public:
    explicit MapAccessible(BodyMapWidget* map);
    ~MapAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    BodyMapWidget* map() const;

private:
    QStringList placeKeys() const; // the map's places, as keys of m_children
    // Children are made when first asked for and kept, by what they stand for, so a reader keeps its place.
    mutable QHash<QString, QAccessible::Id> m_children; // "place:<id>" or "spot:<id>"
};

// Makes MapAccessible for every BodyMapWidget.
QAccessibleInterface* mapAccessibleFactory(const QString& className, QObject* object);

// Installs the map's and the chart's interfaces (ChartAccessible.h) for screen readers; once is enough, and a
// second call changes nothing. The application calls it before its first window, tests before theirs.
void installAccessibleInterfaces();

} // namespace knotmap::ui
