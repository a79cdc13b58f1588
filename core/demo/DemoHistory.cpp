// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHistory.h"

#include "i18n/TranslateIn.h"
#include "storage/KnotStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>

namespace knotmap {

namespace {

struct KnotPlan
{
    const char* region;
    double peak;      // worst typical score
    double onsetWeek; // fraction of the period when it starts (0 = from the start)
    double halfLife;  // days for the pain above its floor to halve; <= 0 keeps it steady
    double floor;     // where it settles
    Quality quality;
};

// Typical desk-worker pattern: neck and shoulder-blade knots, one low-back knot, one hip knot.
constexpr KnotPlan kPlans[] = {
    {"upper-trapezius-left", 6.8, 0.0, 24, 2.5, Quality::Aching},
    {"upper-trapezius-right", 5.0, 0.0, -1, 4.5, Quality::Stiff},
    {"levator-scapulae-right", 6.0, 0.15, 12, 1.5, Quality::Sharp},
    {"rhomboids-left", 4.5, 0.05, 30, 2.0, Quality::Aching},
    {"infraspinatus-right", 5.5, 0.45, 10, 1.0, Quality::Aching},
    {"quadratus-lumborum-right", 7.0, 0.3, 18, 2.0, Quality::Sharp},
    {"gluteus-medius-left", 4.0, 0.6, -1, 3.5, Quality::Stiff},
};

// Made-up notes, in the person's language like the rest of the demo.
const char* const kNotes[] = {
    QT_TRANSLATE_NOOP("Demo", "Long day at the desk."),
    QT_TRANSLATE_NOOP("Demo", "Better after the ball against the wall."),
    QT_TRANSLATE_NOOP("Demo", "Woke up with it."),
    QT_TRANSLATE_NOOP("Demo", "Worse after carrying groceries."),
    QT_TRANSLATE_NOOP("Demo", "Stretched at lunch, eased a bit."),
    QT_TRANSLATE_NOOP("Demo", "Slept badly."),
};

} // namespace

QString generateDemoHistory(KnotStore& store, int weeks, quint32 seed, QDate endDay)
{
    if (weeks < 1 || weeks > 520)
        return QCoreApplication::translate("Demo", "weeks must be from 1 to 520, not %1").arg(weeks);
    QRandomGenerator random(seed);
    const int days = weeks * 7;
    const QDate firstDay = endDay.addDays(-(days - 1));

    for (const KnotPlan& plan : kPlans) {
        const AtlasRegion* region = store.atlas().region(QString::fromLatin1(plan.region));
        if (!region)
            continue; // an atlas without this region simply gets fewer demo knots
        // A spot near the region's usual knot site, still inside that region.
        QPointF position = region->labelPoint;
        for (int attempt = 0; attempt < 20; ++attempt) {
            const QPointF candidate = region->labelPoint + QPointF((random.generateDouble() - 0.5) * 0.02,
                                                                   (random.generateDouble() - 0.5) * 0.02);
            const AtlasRegion* hit = store.atlas().hitTest(candidate);
            if (hit && hit->id == region->id) {
                position = candidate;
                break;
            }
        }

        const int onset = int(plan.onsetWeek * days);
        QList<Rating> ratings;
        for (int day = onset; day < days; ++day) {
            if (random.bounded(100) < 12)
                continue; // a quiet day: nothing recorded
            const double age = day - onset;
            const double level =
                plan.halfLife > 0 ? plan.floor + (plan.peak - plan.floor) * std::pow(0.5, age / plan.halfLife)
                                  : plan.floor + (plan.peak - plan.floor) * 0.5 * (1 + std::sin(age / 9.0));
            const int count = 1 + int(random.bounded(3));
            for (int i = 0; i < count; ++i) {
                const double noise = (random.generateDouble() - 0.5) * 2.4;
                Rating rating;
                rating.intensity = std::clamp(int(std::lround(level + noise)), 0, 10);
                rating.quality = random.bounded(100) < 80 ? plan.quality : Quality::None;
                if (random.bounded(100) < 8)
                    rating.note = translateIn("Demo", kNotes[random.bounded(int(std::size(kNotes)))]);
                const QTime time(8 + i * 5 + int(random.bounded(3)), int(random.bounded(60)));
                rating.recordedAt = RecordedTime::localDayAt(firstDay.addDays(day), time);
                ratings.append(rating);
            }
        }
        if (ratings.isEmpty())
            continue;
        const auto created = store.createSpot(position, ratings.takeFirst());
        if (!created)
            return created.error();
        for (Rating& rating : ratings)
            rating.spotId = created->spot.id;
        if (const Result<void> added = store.addRatings(ratings); !added)
            return added.error();

        // The two neck and shoulder knots get self-care on most evenings of the last six weeks, which
        // eases them a little each time: enough for the routine log and "what helps" to show something.
        if (plan.region != kPlans[0].region && plan.region != kPlans[2].region)
            continue;
        const char* technique = plan.region == kPlans[0].region ? "manual-pressure" : "stretch";
        for (const Rating& rating : ratings) {
            const QDate day = rating.recordedAt.localDate();
            if (firstDay.daysTo(day) < days - 42 || rating.recordedAt.toDateTime().time().hour() > 12 ||
                random.bounded(100) < 35)
                continue;
            LoggedStep step;
            step.doneAt = RecordedTime::localDayAt(day, QTime(20, int(random.bounded(50))));
            step.spotId = created->spot.id;
            step.region = created->spot.region;
            step.technique = QString::fromLatin1(technique);
            step.plannedSeconds = 120;
            step.doneSeconds = 90 + int(random.bounded(31));
            step.before = rating.intensity;
            step.after = std::max(0, rating.intensity - 1 - int(random.bounded(2)));
            if (const Result<qint64> logged = store.logRoutineStep(step); !logged)
                return logged.error();
        }
    }
    return {};
}

} // namespace knotmap
