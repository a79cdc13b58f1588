// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli routine and log-routine.
#include "CliSupport.h"
#include "i18n/TranslateIn.h"

#include "routines/Planner.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace knotmap::cli {

namespace {

std::optional<RoutineCatalogue> loadCatalogue(const Context& c, int* code)
{
    QString error;
    auto catalogue = RoutineCatalogue::loadStandard(c.atlas, &error);
    if (!catalogue)
        *code = c.fail(BadData, error);
    return catalogue;
}

// A whole number in [min, max] from an option, or the reason it is not one.
std::optional<int> wholeNumber(const Context& c, const QString& option, int min, int max, QString* problem)
{
    bool ok = false;
    const int value = c.parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        *problem = translateIn("Cli", "--%1 must be a whole number from %2 to %3, not '%4'")
                       .arg(option)
                       .arg(min)
                       .arg(max)
                       .arg(c.parser.value(option));
        return std::nullopt;
    }
    return value;
}

} // namespace

int routineCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    QDate date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        const auto parsed = parseDate(p.value(QStringLiteral("date")));
        if (!parsed)
            return c.fail(BadData, translateIn("Cli", "--date '%1' is not a date like 2026-03-01")
                                       .arg(p.value(QStringLiteral("date"))));
        date = *parsed;
    }
    PlannerSettings settings = plannerSettingsFrom(*Settings::forUser());
    if (p.isSet(QStringLiteral("minutes"))) {
        QString problem;
        const SettingRule range = Settings::rule(SettingKey::RoutineMinutes); // as the setting allows
        const auto minutes = wholeNumber(c, QStringLiteral("minutes"), range.min, range.max, &problem);
        if (!minutes)
            return c.fail(BadData, problem);
        settings.minutes = *minutes;
    }
    if (p.isSet(QStringLiteral("age"))) {
        QString problem;
        const auto age = wholeNumber(c, QStringLiteral("age"), 0, 130, &problem);
        if (!age)
            return c.fail(BadData, problem);
        settings.age = *age;
    }
    // Symptoms given here stand for the saved ones, so a script can ask "what if"; "none" means none.
    if (p.isSet(QStringLiteral("symptom"))) {
        settings.symptoms.clear();
        for (const QString& key : p.values(QStringLiteral("symptom"))) {
            if (key == QLatin1String("none"))
                continue;
            const auto symptom = symptomFromKey(key);
            if (!symptom)
                return c.fail(UsageError,
                              translateIn("Cli", "unknown symptom '%1' (see knotmap-cli symptoms)").arg(key));
            if (!settings.symptoms.contains(*symptom))
                settings.symptoms.append(*symptom);
        }
    }

    int code = Success;
    const auto format =
        c.format(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")}, &code);
    if (!format)
        return code;
    const auto catalogue = loadCatalogue(c, &code);
    if (!catalogue)
        return code;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const RoutinePlan plan = planRoutine(*store, *catalogue, date, settings);
    if (*format == QLatin1String("json"))
        c.out << QString::fromUtf8(QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented));
    else
        c.out << planToText(plan, c.atlas, *catalogue);
    return Success;
}

int symptomsCommand(const Context& c)
{
    int code = Success;
    const auto format =
        c.format(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")}, &code);
    if (!format)
        return code;
    QJsonArray all;
    for (Symptom symptom : allSymptoms()) {
        if (*format == QLatin1String("json")) {
            all.append(QJsonObject{{QStringLiteral("key"), symptomKey(symptom)},
                                   {QStringLiteral("text"), symptomText(symptom)},
                                   {QStringLiteral("level"), flagLevelKey(symptomLevel(symptom))}});
        } else {
            c.out << QStringLiteral("%1\t%2\t%3\n")
                         .arg(symptomKey(symptom), flagLevelKey(symptomLevel(symptom)), symptomText(symptom));
        }
    }
    if (*format == QLatin1String("json"))
        c.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return Success;
}

int logRoutineCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    const bool bySpot = p.isSet(QStringLiteral("spot")), byRegion = p.isSet(QStringLiteral("region"));
    if (bySpot == byRegion)
        return c.fail(UsageError,
                      translateIn("Cli", "log-routine needs --spot KEY or --region ID (one of them)"));
    if (!p.isSet(QStringLiteral("technique")) || !p.isSet(QStringLiteral("duration")))
        return c.fail(UsageError,
                      translateIn("Cli", "log-routine needs --technique ID and --duration SECONDS"));

    LoggedStep step;
    step.doneAt = RecordedTime::now();
    if (p.isSet(QStringLiteral("at"))) {
        QString problem;
        const auto at = RecordedTime::parseIso(p.value(QStringLiteral("at")), &problem);
        if (!at)
            return c.fail(BadData, problem);
        step.doneAt = *at;
    }
    QString problem;
    const auto duration = wholeNumber(c, QStringLiteral("duration"), 0, 24 * 3600, &problem);
    if (!duration)
        return c.fail(BadData, problem);
    step.doneSeconds = *duration;
    step.plannedSeconds = *duration;
    if (p.isSet(QStringLiteral("planned"))) {
        const auto planned = wholeNumber(c, QStringLiteral("planned"), 0, 24 * 3600, &problem);
        if (!planned)
            return c.fail(BadData, problem);
        step.plannedSeconds = *planned;
    }
    for (const auto& [option, target] : {std::pair{QStringLiteral("before"), &step.before},
                                         std::pair{QStringLiteral("after"), &step.after}}) {
        if (!p.isSet(option))
            continue;
        const auto score = wholeNumber(c, option, 0, 10, &problem);
        if (!score)
            return c.fail(BadData, problem);
        *target = *score;
    }

    int code = Success;
    const auto catalogue = loadCatalogue(c, &code);
    if (!catalogue)
        return code;
    step.technique = p.value(QStringLiteral("technique"));
    if (!catalogue->technique(step.technique))
        return c.fail(BadData, translateIn("Cli", "unknown technique '%1'").arg(step.technique));
    if (byRegion) {
        step.region = p.value(QStringLiteral("region"));
        if (!c.atlas.region(step.region))
            return c.fail(
                BadData,
                translateIn("Cli", "unknown region '%1' (see knotmap-cli regions)").arg(step.region));
    }
    auto store = c.openStore(&code);
    if (!store)
        return code;
    if (bySpot) {
        const auto spot = store->spotByKey(p.value(QStringLiteral("spot")));
        if (!spot)
            return c.fail(BadData,
                          translateIn("Cli", "there is no spot '%1'").arg(p.value(QStringLiteral("spot"))));
        step.spotId = spot->id;
        step.region = spot->region;
    }
    if (const Result<qint64> logged = store->logRoutineStep(step); !logged)
        return c.fail(BadData, logged.error());
    return c.succeed(
        translateIn("Cli", "Logged %1 on %2 (%3 s)").arg(step.technique, step.region).arg(step.doneSeconds));
}

} // namespace knotmap::cli
