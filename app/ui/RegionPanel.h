// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/BodyAtlas.h"
#include "domain/Rating.h"
#include "domain/Spot.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace knotmap::ui {

// Regions grouped by body area, each with its spots: the keyboard way to add and rate spots.
// Enter on a region adds a spot there; Enter on a spot rates it.
class RegionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegionPanel(const BodyAtlas& atlas, QWidget* parent = nullptr);

    void setSpots(const QList<Spot>& spots, const QHash<qint64, Rating>& latest);
    // Names felt pain's areas ("Left temple"); felt pain is listed in a group of its own.
    void setPlaceNamer(std::function<QString(const QString&)> name) { m_placeName = std::move(name); }
    void selectSpot(qint64 spotId);
    QTreeWidgetItem* itemForSpot(qint64 spotId) const; // the spot's row, or nullptr when it is not listed
    QTreeWidget* tree() const { return m_tree; }

signals:
    void addSpotRequested(const QString& regionId);
    void spotActivated(qint64 spotId);
    void spotSelected(qint64 spotId);
    void spotMenuRequested(qint64 spotId, QPoint globalPos); // right-click or the Menu key on a spot
    void currentRegionChanged(const QString& regionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(QTreeWidgetItem* item);
    void applyFilter(const QString& text);

    const BodyAtlas& m_atlas;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QHash<QString, QTreeWidgetItem*> m_regionItems;
    QTreeWidgetItem* m_feltGroup = nullptr; // "Felt pain", first, while there is any
    std::function<QString(const QString&)> m_placeName;
};

} // namespace knotmap::ui
