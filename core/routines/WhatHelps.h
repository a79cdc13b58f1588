// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace knotmap {

class KnotStore;

// How one technique has gone for one spot, from the routine log and the spot's own ratings.
struct HelpStats
{
    static constexpr int kMinimumSessions = 3; // below this: "too little data"
    static constexpr int kWindowDays = 14;

    QString technique;
    qint64 spotId = 0;
    QString spotKey;
    QString region;
    int sessions = 0;                      // steps logged with both a before and an after score
    std::optional<double> meanChange;      // mean of (after − before): negative means it eased
    QDate firstDone;                       // the day the person started doing it
    std::optional<double> meanBeforeStart; // the spot's mean in the 14 days before that day
    std::optional<double> meanAfterStart;  // and in the 14 days from that day

    bool enoughData() const { return sessions >= kMinimumSessions; }
    std::optional<double> trendChange() const; // meanAfterStart − meanBeforeStart
};

// Every technique done for every spot, most helpful first (largest fall in pain right after).
QList<HelpStats> whatHelps(const KnotStore& store);

} // namespace knotmap
