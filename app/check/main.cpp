// permitted-check: the validator on the command line. Every input is read and checked before
// anything is printed, so a bad input leaves standard output empty.

#include "templates/builtin_templates.h"
#include "check_inputs.h"
#include "options.h"
#include "report.h"
#include "languages.h"
#include "interface/interface_catalogue.h"
#include "reasons.h"
#include "detection/spell_checker.h"
#include "detection/validator.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace permitted;

namespace {

int fail(const QString &reason)
{
    std::fprintf(stderr, "permitted-check: %s\n", qPrintable(reason));
    return 2;
}

// Writes to standard output, flushed; false when the output cannot take it (a full disk, a
// closed pipe), which is then an error: a report nobody received is no check.
bool print(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) && std::fflush(stdout) == 0;
}

int outputFailed()
{
    return fail(QStringLiteral("cannot write to standard output: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
}

// The built-in templates that --list-templates and --check-templates work on: every one, or
// those of --lang.
QList<BuiltinTemplate> selectedTemplates(const CheckOptions &options)
{
    QList<BuiltinTemplate> selected;
    for (const BuiltinTemplate &t : builtinTemplates())
        if (!options.context.language || t.language == *options.context.language)
            selected.append(t);
    return selected;
}

// Each built-in template in the context it is written for: its language, the language's first
// marketplace, its reason and the reason's kind. Dates and other options are the user's.
QList<Check> templateChecks(const CheckOptions &options)
{
    QList<Check> checks;
    const auto noSettings = std::make_shared<const ProjectSettings>();
    for (const BuiltinTemplate &t : selectedTemplates(options)) {
        ContextOptions own;
        own.language = t.language;
        own.marketplace = findBuyerLanguage(t.language)->marketplaces.front();
        own.reason = t.reason;
        own.kind = findContactReason(t.reason)->kind;
        // Dates are the user's; the rest is the template's own.
        own.today = options.context.today;
        own.orderCompleted = options.context.orderCompleted;
        Check check;
        check.path = QStringLiteral("template:%1/%2").arg(t.reason, t.language);
        check.message.subject = t.text.subject;
        check.message.body = t.text.body;
        check.fileBody = t.text.body;
        check.context = resolveContext(own, {}, {});
        check.settings = noSettings;
        checks.append(check);
    }
    return checks;
}

// Colour on a terminal that shows it, unless the user said otherwise (https://no-color.org).
bool useColor(ColorChoice choice)
{
    if (choice != ColorChoice::Auto)
        return choice == ColorChoice::Always;
    return isatty(STDOUT_FILENO) && qEnvironmentVariable("TERM") != QLatin1String("dumb")
           && qEnvironmentVariableIsEmpty("NO_COLOR");
}

// The buyer languages the inputs are in: the rule packs and dictionaries to load.
QStringList languagesOf(const QList<Check> &checks)
{
    QStringList out;
    for (const Check &c : checks)
        if (!out.contains(c.context.language))
            out << c.context.language;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("permitted-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERMITTED_VERSION));

    QString error;
    const auto parsed = parseCheckOptions(app.arguments(), &error);
    if (!parsed)
        return fail(error);
    if (parsed->action == ParsedCommandLine::Action::Help)
        return print(parsed->helpText.toUtf8()) ? 0 : outputFailed();
    if (parsed->action == ParsedCommandLine::Action::Version)
        return print(QStringLiteral("permitted-check %1\n").arg(QStringLiteral(PERMITTED_VERSION)).toUtf8()) ? 0 : outputFailed();
    const CheckOptions &options = parsed->options;
    if (options.listTemplates) {
        const QList<BuiltinTemplate> templates = selectedTemplates(options);
        return print(options.format == OutputFormat::Json ? jsonTemplateList(templates) : textTemplateList(templates).toUtf8())
                   ? 0 : outputFailed();
    }

    // The rules are built on another thread while this one reads the inputs. Their languages are
    // only known once read: the likely one (the command line's, else English) is built now, and
    // the others after, which a run over many languages pays for once.
    ValidatorOptions validatorOptions;
    validatorOptions.userDictionary = userWordsPath();
    const QString likely = options.context.language.value_or(QStringLiteral("en"));
    validatorOptions.languages = options.checkTemplates && !options.context.language ? QStringList() : QStringList{likely};
    if (!options.listRules)
        validatorOptions.preloadDictionaries = spellingDictionaries(likely, options.context.marketplace.value_or(
                                                                          findBuyerLanguage(likely)->marketplaces.front()));
    QString buildError;
    QFuture<std::shared_ptr<const Validator>> building = QtConcurrent::run([&]() -> std::shared_ptr<const Validator> {
        return Validator::create(validatorOptions, &buildError);
    });
    QList<Check> checks;
    bool readable = true;
    if (options.checkTemplates) {
        checks = templateChecks(options);
    } else if (!options.listRules) {
        // The settings name rules: they are told from the catalogue, which reads in a moment.
        QSet<QString> knownRules;
        const RuleCatalog catalog = RuleCatalog::load(validatorOptions.rulesRoot, &error);
        for (const RuleInfo &r : catalog.rules())
            knownRules.insert(r.id);
        SettingsFinder settings(options, knownRules);
        QStringList files;
        readable = expandPaths(options.paths, &files, &error) && readChecks(files, options, settings, &checks, &error);
    }
    std::shared_ptr<const Validator> validator = building.result();
    if (!readable)
        return fail(error);
    if (!validator)
        return fail(QStringLiteral("the rules could not be loaded: %1").arg(buildError));
    const QString ui = interfaceLanguage();
    if (options.listRules)
        return print(options.format == OutputFormat::Json ? jsonRuleList(validator->catalog(), ui)
                                                          : textRuleList(validator->catalog(), ui).toUtf8())
                   ? 0 : outputFailed();
    // Settings or template folders may have named languages the validator was not built for.
    const QStringList needed = languagesOf(checks);
    if (!validatorOptions.languages.isEmpty()
        && std::any_of(needed.begin(), needed.end(), [&](const QString &l) { return !validatorOptions.languages.contains(l); })) {
        validatorOptions.languages = needed;
        validatorOptions.preloadDictionaries.clear();
        validator = Validator::create(validatorOptions, &buildError);
        if (!validator)
            return fail(QStringLiteral("the rules could not be loaded: %1").arg(buildError));
    }
    // A missing dictionary is no reason to stop, but the user must know that spelling went
    // unchecked (Japanese and Chinese have none to miss).
    QSet<QString> warned;
    for (const Check &check : checks) {
        const QString dictionary = dictionaryName(check.context.language, check.context.marketplace);
        if (!dictionary.isEmpty() && !warned.contains(dictionary) && !validator->spelling().hasDictionary(dictionary))
            std::fprintf(stderr, "permitted-check: warning: no Hunspell dictionary %s is installed; spelling is not checked\n",
                         qPrintable(dictionary));
        warned.insert(dictionary);
    }
    // The validator is thread-safe: check the inputs on every core. Then the settings and the
    // ignore comments have their say, and the positions go back to the file's.
    const QList<Findings> results = QtConcurrent::blockingMapped(checks, [&](const Check &c) {
        Findings findings = validator->validate(c.message, c.context);
        applySettings(*c.settings, c.message, findings);
        dropIgnored(c.ignored, findings);
        restoreFilePositions(c.removed, findings);
        if (options.quiet)
            findings.removeIf([](const Finding &f) { return f.severity != Severity::Error; });
        return findings;
    });
    QList<CheckedFile> checked;
    bool anyError = false;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const Check &c = checks[i];
        checked.append({c.path, c.artifact, c.positionsInFile, c.context.language, c.message.subject, c.fileBody, results[i]});
        for (const Finding &f : results[i])
            anyError = anyError || f.severity == Severity::Error;
    }
    bool written = false;
    switch (options.format) {
    case OutputFormat::Json: written = writeJsonReport(checked, validator->catalog(), ui, print); break;
    case OutputFormat::Sarif: written = writeSarifReport(checked, validator->catalog(), ui, print); break;
    case OutputFormat::Text:
        written = writeTextReport(checked, validator->catalog(), ui, print, {useColor(options.color), !options.quiet});
        break;
    }
    if (!written) {
        outputFailed();
        std::_Exit(2);
    }
    // The run is over and the system takes the memory back at once: freeing each dictionary
    // entry first would take 12 ms, a tenth of a short run (as compilers skip their frees).
    std::fflush(stderr);
    std::_Exit(anyError ? 1 : 0);
}
