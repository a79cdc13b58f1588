// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoggedStep.h"

#include "i18n/TranslateIn.h"

#include "LocalDay.h"
#include "Rating.h"

#include <QCoreApplication>
#include <QDateTime>

namespace knotmap {

QString validateLoggedStep(const LoggedStep& step)
{
    if (step.region.isEmpty())
        return translateIn("RoutineLog", "a routine step needs a region");
    if (step.technique.isEmpty())
        return translateIn("RoutineLog", "a routine step needs a technique");
    if (step.plannedSeconds < 0 || step.doneSeconds < 0)
        return translateIn("RoutineLog", "a routine step cannot last a negative time");
    if (QString problem = validateRecordedTime(step.doneAt, QDateTime::currentSecsSinceEpoch());
        !problem.isEmpty())
        return problem;
    for (const auto& score : {step.before, step.after}) {
        if (score) {
            if (QString problem = validateIntensity(*score); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace knotmap
