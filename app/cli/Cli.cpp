#include "Cli.h"

#include "CliSupport.h"

#include <functional>

namespace knotmap::cli {

namespace {

const QString kUsage =
    QStringLiteral("usage: knotmap-cli [--db PATH] COMMAND [OPTIONS]\n"
                   "commands:\n"
                   "  regions [--format text|json]\n"
                   "  add (--region ID | --x X --y Y) --intensity N [--quality Q] [--note "
                   "TEXT] [--at ISO-8601] [--spot KEY]\n"
                   "  list [--from DATE] [--to DATE] [--format json|csv]\n"
                   "  demo --weeks N [--seed S]\n"
                   "  trends [--from DATE --to DATE | --weeks N] [--bucket "
                   "day|week|month] [--region ID]... [--spot KEY]...\n"
                   "         [--format json|csv]\n"
                   "  routine [--date DATE] [--minutes N] [--format text|json]\n"
                   "  log-routine (--spot KEY | --region ID) --technique ID --duration S "
                   "[--planned S] [--before N] [--after N]\n"
                   "              [--at ISO-8601]\n"
                   "  export --format csv|json|fhir --out FILE\n"
                   "  import FILE\n"
                   "  report --from DATE --to DATE --out FILE.pdf [--sections LIST] [--page a4|letter]\n");

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString loadError;
    const std::optional<BodyAtlas> atlas = BodyAtlas::loadStandard(&loadError);
    if (!atlas) {
        err << "knotmap-cli: " << loadError << Qt::endl;
        return BadData;
    }
    const auto value = [](const char* name, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
    };
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({value("db", "path"),     value("format", "format"),
                       value("region", "id"),   value("x", "x"),
                       value("y", "y"),         value("intensity", "n"),
                       value("quality", "q"),   value("note", "text"),
                       value("at", "time"),     value("spot", "key"),
                       value("from", "date"),   value("to", "date"),
                       value("weeks", "n"),     value("seed", "s"),
                       value("bucket", "size"), value("date", "date"),
                       value("minutes", "n"),   value("technique", "id"),
                       value("duration", "s"),  value("planned", "s"),
                       value("before", "n"),    value("out", "file"),
                       value("after", "n"),     value("sections", "list"),
                       value("page", "size"),   QCommandLineOption(QStringLiteral("help"))});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("knotmap-cli"));
    const Context context{parser, out, err, *atlas, {}};
    if (!parser.parse(argv))
        return context.fail(UsageError, parser.errorText() + QLatin1Char('\n') + kUsage.trimmed());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kUsage;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    // Only import takes an argument of its own (the file); importCommand checks it.
    const bool takesFile = !positional.isEmpty() && positional[0] == QLatin1String("import");
    if (positional.isEmpty() || (positional.size() > 1 && !takesFile))
        return context.fail(UsageError, (positional.isEmpty() ? QStringLiteral("no command given")
                                                              : QStringLiteral("one command at a time")) +
                                            QLatin1Char('\n') + kUsage.trimmed());

    // Each command names the options it accepts; any other is a usage error.
    const QHash<QString, std::pair<QStringList, std::function<int(const Context&)>>> commands = {
        {QStringLiteral("regions"), {{QStringLiteral("format")}, regionsCommand}},
        {QStringLiteral("add"),
         {{QStringLiteral("region"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("intensity"),
           QStringLiteral("quality"), QStringLiteral("note"), QStringLiteral("at"), QStringLiteral("spot")},
          addCommand}},
        {QStringLiteral("list"),
         {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format")}, listCommand}},
        {QStringLiteral("demo"), {{QStringLiteral("weeks"), QStringLiteral("seed")}, demoCommand}},
        {QStringLiteral("trends"),
         {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("weeks"), QStringLiteral("bucket"),
           QStringLiteral("region"), QStringLiteral("spot"), QStringLiteral("format")},
          trendsCommand}},
        {QStringLiteral("routine"),
         {{QStringLiteral("date"), QStringLiteral("minutes"), QStringLiteral("format")}, routineCommand}},
        {QStringLiteral("log-routine"),
         {{QStringLiteral("spot"), QStringLiteral("region"), QStringLiteral("technique"),
           QStringLiteral("duration"), QStringLiteral("planned"), QStringLiteral("before"),
           QStringLiteral("after"), QStringLiteral("at")},
          logRoutineCommand}},
        {QStringLiteral("export"), {{QStringLiteral("format"), QStringLiteral("out")}, exportCommand}},
        {QStringLiteral("import"), {{}, importCommand}},
        {QStringLiteral("report"),
         {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out"), QStringLiteral("sections"),
           QStringLiteral("page")},
          reportCommand}},
    };
    const auto command = commands.constFind(positional.constFirst());
    if (command == commands.constEnd())
        return context.fail(UsageError,
                            QStringLiteral("unknown command '%1'\n").arg(positional.constFirst()) +
                                kUsage.trimmed());
    for (const QString& option : parser.optionNames()) {
        if (option != QLatin1String("db") && !command->first.contains(option))
            return context.fail(
                UsageError, QStringLiteral("'%1' does not take --%2").arg(positional.constFirst(), option));
    }
    return command->second(context);
}

} // namespace knotmap::cli
