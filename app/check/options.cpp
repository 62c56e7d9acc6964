#include "options.h"
#include "languages.h"
#include "reasons.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace permitted {

namespace {

std::optional<QDate> parseDate(const QString &value)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        return std::nullopt;
    return d;
}

// The value of an option restricted to a few words, or an error naming them.
template<typename T>
bool choose(const QString &option, const QString &value, const QList<std::pair<const char *, T>> &choices, T *out,
            QString *error)
{
    QStringList names;
    for (const auto &[name, choice] : choices) {
        if (value == QLatin1String(name)) {
            *out = choice;
            return true;
        }
        names << QString::fromLatin1(name);
    }
    *error = QStringLiteral("unknown %1 \"%2\" (use %3)").arg(option, value, names.join(QStringLiteral(", ")));
    return false;
}

} // namespace

std::optional<ParsedCommandLine> parseCheckOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks messages to Amazon buyers against Amazon's communication rules.\n"
        "PATH: a message (.txt, .html, .htm), a template (.txt starting with \"Subject:\"), a template\n"
        "library export (.json), a folder (searched for all of these), or - for standard input.\n"
        "Settings: the .permitted.ini found upward from each file (see the manual, permitted-check(1)).\n"
        "Exit status: 0 no error finding, 1 at least one error finding, 2 unusable input or options."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("V"), QStringLiteral("version")}, QStringLiteral("Show the version and exit."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("Report errors only: no warnings, suggestions or summary."));
    const QCommandLineOption color(QStringLiteral("color"),
                                   QStringLiteral("Colour the text report: auto (on a terminal, without NO_COLOR), always, never."),
                                   QStringLiteral("WHEN"), QStringLiteral("auto"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text, json or sarif (SARIF 2.1.0). Default: text."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Read the settings from FILE, not from the .permitted.ini files."), QStringLiteral("FILE"));
    const QCommandLineOption noConfig(QStringLiteral("no-config"), QStringLiteral("Read no settings file."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The buyer's language: en, fr, de, es, it, nl, sv, pl, tr, pt, ar, ja, zh. Default: en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("proactive or reply. Default: the reason's kind, else proactive."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("The contact reason, for text limits and attachments (--list-templates shows every reason ID)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("text or html. Default: html for .html and .htm files."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption marketplace(QStringLiteral("marketplace"),
                                         QStringLiteral("US, UK, DE, FR ... Default: the language's first marketplace."), QStringLiteral("CODE"));
    const QCommandLineOption orderCompleted(QStringLiteral("order-completed"),
                                            QStringLiteral("For the 30-day window of proactive messages."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Default: today."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("The message's subject."), QStringLiteral("TEXT"));
    const QCommandLineOption listRules(QStringLiteral("list-rules"), QStringLiteral("List every rule and exit."));
    const QCommandLineOption listTemplates(QStringLiteral("list-templates"), QStringLiteral("List the built-in templates and exit."));
    const QCommandLineOption checkTemplates(QStringLiteral("check-templates"),
                                            QStringLiteral("Check every built-in template in its own language (with --lang, that "
                                                           "language's only), reported as template:REASON/LANG."));
    for (const QCommandLineOption &o : {help, version, quiet, color, format, config, noConfig, lang, kind, reason, channel,
                                        marketplace, orderCompleted, today, subject, listRules, listTemplates, checkTemplates})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to check; - for standard input."),
                                 QStringLiteral("PATH..."));

    if (!parser.parse(arguments)) {
        // In the words of the rest of the program's messages: lower case, the option as typed.
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
            const QString name = unknown.front();
            *error = QStringLiteral("unknown option %1%2 (see --help)").arg(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name);
        } else {
            QString text = parser.errorText();
            text[0] = text[0].toLower();
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
            *error = text + QStringLiteral(" (see --help)");
        }
        return std::nullopt;
    }
    ParsedCommandLine out;
    if (parser.isSet(help)) {
        out.action = ParsedCommandLine::Action::Help;
        out.helpText = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.action = ParsedCommandLine::Action::Version;
        return out;
    }
    CheckOptions &o = out.options;
    o.paths = parser.positionalArguments();
    o.quiet = parser.isSet(quiet);
    o.subject = parser.value(subject);
    o.listRules = parser.isSet(listRules);
    o.listTemplates = parser.isSet(listTemplates);
    o.checkTemplates = parser.isSet(checkTemplates);
    o.configFile = parser.value(config);
    o.noConfig = parser.isSet(noConfig);
    if (!choose<ColorChoice>(QStringLiteral("color"), parser.value(color),
                             {{"auto", ColorChoice::Auto}, {"always", ColorChoice::Always}, {"never", ColorChoice::Never}}, &o.color, error)
        || !choose<OutputFormat>(QStringLiteral("format"), parser.value(format),
                                 {{"text", OutputFormat::Text}, {"json", OutputFormat::Json}, {"sarif", OutputFormat::Sarif}},
                                 &o.format, error))
        return std::nullopt;

    ContextOptions &c = o.context;
    if (parser.isSet(lang)) {
        if (!findBuyerLanguage(parser.value(lang))) {
            *error = QStringLiteral("unknown language \"%1\" (use one of: en, fr, de, es, it, nl, sv, pl, tr, pt, ar, ja, zh)")
                         .arg(parser.value(lang));
            return std::nullopt;
        }
        c.language = parser.value(lang);
    }
    if (parser.isSet(kind)) {
        MessageKind k;
        if (!choose<MessageKind>(QStringLiteral("kind"), parser.value(kind),
                                 {{"proactive", MessageKind::Proactive}, {"reply", MessageKind::Reply}}, &k, error))
            return std::nullopt;
        c.kind = k;
    }
    if (parser.isSet(reason)) {
        if (!findContactReason(parser.value(reason))) {
            *error = QStringLiteral("unknown contact reason \"%1\"").arg(parser.value(reason));
            return std::nullopt;
        }
        c.reason = parser.value(reason);
    }
    if (parser.isSet(channel)) {
        Channel ch;
        if (!choose<Channel>(QStringLiteral("channel"), parser.value(channel), {{"text", Channel::Text}, {"html", Channel::Html}}, &ch, error))
            return std::nullopt;
        c.channel = ch;
    }
    if (parser.isSet(marketplace)) {
        const QString m = parser.value(marketplace).toUpper();
        if (!allMarketplaces().contains(m)) {
            *error = QStringLiteral("unknown marketplace \"%1\" (use one of: %2)").arg(parser.value(marketplace),
                                                                                      allMarketplaces().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        c.marketplace = m;
    }
    for (const auto &[option, target] : {std::pair{&orderCompleted, &c.orderCompleted}, std::pair{&today, &c.today}}) {
        if (!parser.isSet(*option))
            continue;
        const auto date = parseDate(parser.value(*option));
        if (!date) {
            *error = QStringLiteral("--%1: \"%2\" is not a date in the form YYYY-MM-DD").arg(option->names().front(), parser.value(*option));
            return std::nullopt;
        }
        *target = *date;
    }
    if (o.checkTemplates && !o.paths.isEmpty()) {
        *error = QStringLiteral("--check-templates checks the built-in templates; give no PATH with it");
        return std::nullopt;
    }
    if (o.paths.isEmpty() && !o.listRules && !o.listTemplates && !o.checkTemplates) {
        *error = QStringLiteral("no input (give PATH..., or - for standard input)");
        return std::nullopt;
    }
    if (!o.configFile.isEmpty() && o.noConfig) {
        *error = QStringLiteral("--config and --no-config cannot be given together");
        return std::nullopt;
    }
    return out;
}

} // namespace permitted
