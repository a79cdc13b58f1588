// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli report.
#include "CliSupport.h"
#include "i18n/TranslateIn.h"

#include "report/Report.h"
#include "routines/Catalogue.h"
#include "routines/Planner.h"
#include "settings/Settings.h"

namespace knotmap::cli {

int reportCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    if (!p.isSet(QStringLiteral("out")))
        return c.fail(UsageError, translateIn("Cli", "report needs --from DATE --to DATE --out FILE.pdf"));
    int rangeCode = Success;
    const auto range = c.dateRange(&rangeCode);
    if (!range)
        return rangeCode;

    ReportOptions options;
    options.from = range->first;
    options.to = range->second;
    if (p.isSet(QStringLiteral("sections"))) {
        for (const QString& key :
             p.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto section = reportSectionFromKey(key.trimmed());
            if (!section) {
                QStringList known;
                for (ReportSection s : allReportSections())
                    known.append(reportSectionKey(s));
                return c.fail(UsageError, translateIn("Cli", "unknown section '%1' (sections: %2)")
                                              .arg(key, known.join(QLatin1Char(','))));
            }
            options.sections.insert(*section);
        }
    } else {
        const QList<ReportSection> all = allReportSections();
        options.sections = QSet<ReportSection>(all.cbegin(), all.cend());
    }
    const QString page =
        p.isSet(QStringLiteral("page")) ? p.value(QStringLiteral("page")) : QStringLiteral("a4");
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return c.fail(UsageError, translateIn("Cli", "--page must be a4 or letter, not '%1'").arg(page));
    options.page = page == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
    const auto settings = Settings::forUser();
    options.personName = settings->value(SettingKey::PersonName).toString();
    options.weekStart = settings->value(SettingKey::WeekStartsOnSunday).toBool() ? Qt::Sunday : Qt::Monday;
    options.symptoms = plannerSettingsFrom(*settings).symptoms;

    QString error;
    const auto catalogue = RoutineCatalogue::loadStandard(c.atlas, &error);
    if (!catalogue)
        return c.fail(BadData, error);
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const ReportData data = collectReportData(*store, options);
    if (!writeReportPdf(data, c.atlas, *catalogue, p.value(QStringLiteral("out")), store->ownFiles(), &error))
        return c.fail(BadData, error);
    return c.succeed(translateIn("Cli", "Wrote %1").arg(p.value(QStringLiteral("out"))));
}

} // namespace knotmap::cli
