// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "i18n/TranslateIn.h"

#include "CliSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace knotmap::cli {

namespace {

const QString kUsage =
    QStringLiteral("usage: knotmap-cli [--db PATH] COMMAND [OPTIONS]\n"
                   "commands:\n"
                   "  regions [--format text|json]\n"
                   "  areas [--format text|json]\n"
                   "  add (--region ID | --x X --y Y) --intensity N [--quality Q] [--note "
                   "TEXT] [--at ISO-8601] [--spot KEY]\n"
                   "  add --area ID [--x X --y Y] --intensity N [...]   (felt pain, not a knot)\n"
                   "  list [--from DATE] [--to DATE] [--format json|csv]\n"
                   "  demo --weeks N [--seed S]\n"
                   "  trends [--from DATE --to DATE | --weeks N] [--bucket "
                   "day|week|month] [--region ID]... [--spot KEY]...\n"
                   "         [--format json|csv]\n"
                   "  routine [--date DATE] [--minutes N] [--symptom KEY|none]... [--age YEARS] "
                   "[--format text|json]\n"
                   "  symptoms [--format text|json]\n"
                   "  log-routine (--spot KEY | --region ID) --technique ID --duration S "
                   "[--planned S] [--before N] [--after N]\n"
                   "              [--at ISO-8601]\n"
                   "  export --format csv|json|fhir --out FILE\n"
                   "  import FILE\n"
                   "  backup [--out FILE]\n"
                   "  backups [--format text|json]\n"
                   "  restore FILE\n"
                   "  check\n"
                   "  delete (--spot KEY|UUID | --rating ID)\n"
                   "  report --from DATE --to DATE --out FILE.pdf [--sections LIST] [--page a4|letter]\n"
                   "  refer (--region ID | --area ID) [--format text|json]\n"
                   "  link --felt KEY --knot KEY [--remove]\n"
                   "knotmap-cli --help prints this, knotmap-cli --version the version.\n");

// The options a command accepts. A repeatable one may be given more than once (trends --region A --region
// B); any other given twice is a usage error, so a script's mistake is not settled by whichever came last.
struct Accepted
{
    QString name;
    bool repeatable = false;
};

QList<Accepted> options(std::initializer_list<const char*> once,
                        std::initializer_list<const char*> repeatable = {})
{
    QList<Accepted> result;
    for (const char* name : once)
        result.append({QString::fromLatin1(name)});
    for (const char* name : repeatable)
        result.append({QString::fromLatin1(name), true});
    return result;
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString loadError;
    const std::optional<BodyAtlas> atlas = BodyAtlas::loadStandard(&loadError);
    if (!atlas) {
        err << "knotmap-cli: " << escapeControlCharacters(loadError) << Qt::endl;
        return BadData;
    }
    const auto value = [](const char* name, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
    };
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({value("db", "path"),
                       value("format", "format"),
                       value("region", "id"),
                       value("area", "id"),
                       value("felt", "key"),
                       value("knot", "key"),
                       QCommandLineOption(QStringLiteral("remove")),
                       value("x", "x"),
                       value("y", "y"),
                       value("intensity", "n"),
                       value("quality", "q"),
                       value("note", "text"),
                       value("at", "time"),
                       value("spot", "key"),
                       value("from", "date"),
                       value("to", "date"),
                       value("weeks", "n"),
                       value("seed", "s"),
                       value("bucket", "size"),
                       value("date", "date"),
                       value("minutes", "n"),
                       value("technique", "id"),
                       value("duration", "s"),
                       value("planned", "s"),
                       value("before", "n"),
                       value("out", "file"),
                       value("after", "n"),
                       value("sections", "list"),
                       value("page", "size"),
                       value("rating", "id"),
                       value("symptom", "key"),
                       value("age", "years"),
                       QCommandLineOption(QStringLiteral("help")),
                       QCommandLineOption(QStringLiteral("version"))});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("knotmap-cli"));
    const Context context{parser, out, err, *atlas, {}};
    if (!parser.parse(argv))
        return context.fail(UsageError, parser.errorText(), kUsage.trimmed());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kUsage;
        return Success;
    }
    // "knotmap-cli 0.1.0": the program's name and the project's version, as GNU tools print it.
    if (parser.isSet(QStringLiteral("version"))) {
        out << "knotmap-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    // Only import and restore take an argument of their own (the file); their commands check it.
    const bool takesFile = !positional.isEmpty() && (positional[0] == QLatin1String("import") ||
                                                     positional[0] == QLatin1String("restore"));
    if (positional.isEmpty() || (positional.size() > 1 && !takesFile))
        return context.fail(UsageError,
                            positional.isEmpty() ? translateIn("Cli", "no command given")
                                                 : translateIn("Cli", "one command at a time"),
                            kUsage.trimmed());

    // Each command names the options it accepts, and which of them it takes more than once; any other
    // option is a usage error, and so is one given twice that the command takes once.
    const QHash<QString, std::pair<QList<Accepted>, std::function<int(const Context&)>>> commands = {
        {QStringLiteral("regions"), {options({"format"}), regionsCommand}},
        {QStringLiteral("add"),
         {options({"region", "area", "x", "y", "intensity", "quality", "note", "at", "spot"}), addCommand}},
        {QStringLiteral("areas"), {options({"format"}), areasCommand}},
        {QStringLiteral("link"), {options({"felt", "knot", "remove"}), linkCommand}},
        {QStringLiteral("list"), {options({"from", "to", "format"}), listCommand}},
        {QStringLiteral("demo"), {options({"weeks", "seed"}), demoCommand}},
        {QStringLiteral("trends"),
         {options({"from", "to", "weeks", "bucket", "format"}, {"region", "spot"}), trendsCommand}},
        {QStringLiteral("routine"),
         {options({"date", "minutes", "format", "age"}, {"symptom"}), routineCommand}},
        {QStringLiteral("symptoms"), {options({"format"}), symptomsCommand}},
        {QStringLiteral("log-routine"),
         {options({"spot", "region", "technique", "duration", "planned", "before", "after", "at"}),
          logRoutineCommand}},
        {QStringLiteral("export"), {options({"format", "out"}), exportCommand}},
        {QStringLiteral("import"), {options({}), importCommand}},
        {QStringLiteral("report"), {options({"from", "to", "out", "sections", "page"}), reportCommand}},
        {QStringLiteral("backup"), {options({"out"}), backupCommand}},
        {QStringLiteral("backups"), {options({"format"}), backupsCommand}},
        {QStringLiteral("restore"), {options({}), restoreCommand}},
        {QStringLiteral("check"), {options({}), checkCommand}},
        {QStringLiteral("delete"), {options({"spot", "rating"}), deleteCommand}},
        {QStringLiteral("refer"), {options({"region", "area", "format"}), referCommand}},
    };
    const auto command = commands.constFind(positional.constFirst());
    if (command == commands.constEnd())
        return context.fail(UsageError,
                            translateIn("Cli", "unknown command '%1'").arg(positional.constFirst()),
                            kUsage.trimmed());
    const QList<Accepted> accepted = command->first + options({"db"}); // --db goes with every command
    const QStringList given = parser.optionNames();
    for (const QString& option : given) {
        const auto found = std::find_if(accepted.cbegin(), accepted.cend(),
                                        [&](const Accepted& a) { return a.name == option; });
        if (found == accepted.cend())
            return context.fail(
                UsageError,
                translateIn("Cli", "'%1' does not take --%2").arg(positional.constFirst(), option));
        if (!found->repeatable && given.count(option) > 1)
            return context.fail(UsageError, translateIn("Cli", "--%1 is given %2 times; '%3' takes it once")
                                                .arg(option)
                                                .arg(given.count(option))
                                                .arg(positional.constFirst()));
    }
    return command->second(context);
}

} // namespace knotmap::cli
