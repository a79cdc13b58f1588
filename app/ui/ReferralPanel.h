// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlas/Referral.h"
#include "domain/Rating.h"
#include "domain/Spot.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace knotmap::ui {

// The region of a candidate's own muscle on its side: "latissimus-dorsi-left" (its knot may be searched for
// in another region).
QString muscleRegion(const ReferralCandidate& candidate);

// Referred pain beside the map: for a selected knot, where its pain may be felt; for selected felt pain, the
// muscles that may be its source, ranked, each with the knots marked there to link. It only shows and asks;
// the window makes the changes.
class ReferralPanel : public QWidget
{
    Q_OBJECT

public:
    // `placeName` names a region or a pain area: "Left upper trapezius", "Left temple".
    ReferralPanel(const ReferralAtlas& referral, std::function<QString(const QString&)> placeName,
                  QWidget* parent = nullptr);

    void showNothing();
    void showKnot(const Spot& knot, const QList<Spot>& linkedFelt, const QHash<qint64, Rating>& latest);
    // `knots`: the knots marked now (any region); those in a candidate's region are offered under it.
    void showFelt(const Spot& felt, const QList<Spot>& knots, const QSet<qint64>& linkedKnots,
                  const QHash<qint64, Rating>& latest);
    QTreeWidget* list() const { return m_list; }

signals:
    void searchRequested(const QString& regionId, QPointF searchAt); // show where to search for the knot
    void linkToggled(qint64 feltSpotId, qint64 knotSpotId, bool linked);
    void spotRequested(qint64 spotId); // a linked spot was activated: select it

private:
    QString spotTitle(const Spot& spot, const QHash<qint64, Rating>& latest) const;

    const ReferralAtlas& m_referral;
    std::function<QString(const QString&)> m_placeName;
    QLabel* m_heading;
    QLabel* m_text;
    QTreeWidget* m_list;
    QLabel* m_caveat;
    qint64 m_felt = 0; // the felt pain shown, while one is
    bool m_filling = false;
};

} // namespace knotmap::ui
