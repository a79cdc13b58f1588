// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-cli export and import.
#include "CliSupport.h"
#include "i18n/TranslateIn.h"

#include "exchange/Exchange.h"
#include "exchange/RatingRows.h"
#include "exchange/StreamedExport.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace knotmap::cli {

int exportCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    if (!p.isSet(QStringLiteral("format")) || !p.isSet(QStringLiteral("out")))
        return c.fail(UsageError, translateIn("Cli", "export needs --format csv|json|fhir and --out FILE"));
    int code = Success;
    const auto format =
        c.format(QString(), {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("fhir")}, &code);
    if (!format)
        return code;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    // CSV and JSON stream straight from the database into the file; FHIR is small enough to build whole.
    const QString out = p.value(QStringLiteral("out"));
    QString error;
    bool written = false;
    if (*format == QLatin1String("csv")) {
        written = writePrivateFileStreamed(
            out, [&](ExportSink& sink) { return writeRatingsCsv(*store, sink); }, store->ownFiles(), &error);
    } else if (*format == QLatin1String("json")) {
        const auto settings = Settings::forUser();
        written = writePrivateFileStreamed(
            out, [&](ExportSink& sink) { return writeExportJson(*store, settings.get(), sink); },
            store->ownFiles(), &error);
    } else {
        const QByteArray bytes =
            QJsonDocument(exportFhir(*store, Settings::forUser()->value(SettingKey::PersonName).toString()))
                .toJson(QJsonDocument::Indented);
        if (c.readProblem.isEmpty())
            written = writePrivateFile(out, bytes, store->ownFiles(), &error);
    }
    if (!c.readProblem.isEmpty())
        return c.fail(BadData, c.readProblem);
    if (!written)
        return c.fail(BadData, error);
    return c.succeed(translateIn("Cli", "Wrote %1").arg(p.value(QStringLiteral("out"))));
}

int importCommand(const Context& c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 2)
        return c.fail(UsageError, translateIn("Cli", "import needs one FILE"));
    int code = Success;
    auto store = c.openStore(&code);
    if (!store)
        return code;
    const ImportResult result = importFile(*store, positional[1], Settings::forUser().get());
    if (!result.counts) {
        // One line per problem, each escaped on its own: a problem quotes the file's text.
        c.fail(BadData, translateIn("Cli", "%1 was not imported; nothing was changed:").arg(positional[1]));
        for (const QString& problem : result.problems)
            c.err << escapeControlCharacters(problem) << '\n';
        c.err.flush();
        return BadData;
    }
    const ImportCounts& n = *result.counts;
    // One count per message, so each takes its own plural form ("1 rating", "2 ratings").
    QString said = translateIn("Cli", "Imported %1, %2 and %3 from %4")
                       .arg(QCoreApplication::translate("Cli", "%n new spot(s)", "", int(n.spotsAdded)),
                            QCoreApplication::translate("Cli", "%n rating(s)", "", int(n.ratingsAdded)),
                            QCoreApplication::translate("Cli", "%n routine step(s)", "", int(n.stepsAdded)),
                            positional[1]);
    if (n.ratingsSkipped || n.stepsSkipped)
        said += translateIn("Cli", " (skipped %1 and %2 already there)")
                    .arg(QCoreApplication::translate("Cli", "%n rating(s)", "", int(n.ratingsSkipped)),
                         QCoreApplication::translate("Cli", "%n step(s)", "", int(n.stepsSkipped)));
    return c.succeed(said);
}

} // namespace knotmap::cli
