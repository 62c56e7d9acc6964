// permitted-check: the validator on the command line. Every input is read and checked before
// anything is printed, so a bad input leaves standard output empty.

#include "templates/builtin_templates.h"
#include "input/html_reader.h"
#include "input/input_file.h"
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

// One line saying why an input cannot be checked, as the contract wants it.
QString describe(const InputError &e, const QString &path)
{
    switch (e.problem) {
    case InputProblem::Missing: return QStringLiteral("%1: no such file").arg(path);
    case InputProblem::Folder: return QStringLiteral("%1: is a folder, not a file").arg(path);
    case InputProblem::Unreadable: return QStringLiteral("%1: cannot read: %2").arg(path, e.systemReason);
    case InputProblem::TooLarge:
        return QStringLiteral("%1: larger than 1 MB; a buyer message is at most a few thousand characters").arg(path);
    case InputProblem::Binary: return QStringLiteral("%1: a binary file, not text").arg(path);
    case InputProblem::InvalidUtf8:
        return QStringLiteral("%1:%2:%3: not valid UTF-8").arg(path).arg(e.at.line).arg(e.at.column);
    case InputProblem::InvalidUnicode:
        return QStringLiteral("%1: not valid UTF-16 or UTF-32, though it starts with their byte-order mark").arg(path);
    }
    return path;
}

bool isHtmlPath(const QString &path)
{
    return path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

// One input to check, with the context it is checked in.
struct Check {
    QString path;
    Message message;
    MessageContext context;
};

// Reads every FILE; false and the one-line reason at the first that cannot be used.
bool readFiles(const CheckOptions &options, QList<Check> *checks, QString *error)
{
    for (const QString &path : options.files) {
        InputError inputError;
        const auto input = readInput(path, &inputError);
        if (!input) {
            *error = describe(inputError, path);
            return false;
        }
        // A proactive message has to say something (its order ID at least): nothing at all is a
        // wrong input, such as a closed or empty pipe, not a message that passes.
        if (options.context.kind == MessageKind::Proactive && input->text.trimmed().isEmpty()) {
            *error = path == QLatin1String("-") ? QStringLiteral("standard input is empty: there is no message to check")
                                                : QStringLiteral("%1: empty: there is no message to check").arg(path);
            return false;
        }
        Message message;
        const bool html = options.channel == ChannelChoice::Html
                          || (options.channel == ChannelChoice::ByExtension && isHtmlPath(path));
        if (html) {
            QString htmlError;
            auto read = readHtmlMessage(input->text, &htmlError);
            if (!read) {
                *error = QStringLiteral("%1: %2").arg(path, htmlError);
                return false;
            }
            message = std::move(*read);
        } else {
            message.body = input->text;
        }
        // --subject wins over the page's title.
        if (!options.subject.isEmpty() || !html)
            message.subject = options.subject;
        checks->append({path, message, options.context});
    }
    return true;
}

// The built-in templates that --list-templates and --check-templates work on: every one, or
// those of --lang.
QList<BuiltinTemplate> selectedTemplates(const CheckOptions &options)
{
    QList<BuiltinTemplate> selected;
    for (const BuiltinTemplate &t : builtinTemplates())
        if (!options.languageGiven || t.language == options.context.language)
            selected.append(t);
    return selected;
}

// Each built-in template in the context it is written for: its language, the language's first
// marketplace, its reason and the reason's kind. Dates and other options are the user's.
QList<Check> templateChecks(const CheckOptions &options)
{
    QList<Check> checks;
    for (const BuiltinTemplate &t : selectedTemplates(options)) {
        MessageContext context = options.context;
        context.language = t.language;
        context.marketplace = findBuyerLanguage(t.language)->marketplaces.front();
        context.reason = t.reason;
        context.kind = findContactReason(t.reason)->kind;
        Message message;
        message.subject = t.text.subject;
        message.body = t.text.body;
        checks.append({QStringLiteral("template:%1/%2").arg(t.reason, t.language), message, context});
    }
    return checks;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("permitted-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERMITTED_VERSION));

    QString error;
    const auto options = parseCheckOptions(app.arguments().mid(1), &error);
    if (!options)
        return fail(error);
    if (options->help)
        return print(checkUsage().toUtf8()) ? 0 : outputFailed();
    if (options->version)
        return print(QStringLiteral("permitted-check %1\n").arg(QStringLiteral(PERMITTED_VERSION)).toUtf8()) ? 0 : outputFailed();
    if (options->listTemplates) {
        const QList<BuiltinTemplate> templates = selectedTemplates(*options);
        return print(options->format == OutputFormat::Json ? jsonTemplateList(templates) : textTemplateList(templates).toUtf8())
                   ? 0 : outputFailed();
    }
    ValidatorOptions validatorOptions;
    // The built-in templates are checked each in its own language: load those packs.
    validatorOptions.languages = options->checkTemplates && !options->languageGiven
                                     ? QStringList() : QStringList{options->context.language};
    // The rules are built, and the buyer language's dictionary loaded, on other threads while
    // this one reads the inputs.
    if (!options->listRules)
        validatorOptions.preloadDictionaries = {dictionaryName(options->context.language, options->context.marketplace)};
    QString buildError;
    QFuture<std::shared_ptr<const Validator>> building = QtConcurrent::run([&]() -> std::shared_ptr<const Validator> {
        return Validator::create(validatorOptions, &buildError);
    });
    QList<Check> checks;
    const bool readable = options->listRules || options->checkTemplates || readFiles(*options, &checks, &error);
    const std::shared_ptr<const Validator> validator = building.result();
    if (!readable)
        return fail(error);
    if (!validator)
        return fail(QStringLiteral("the rules could not be loaded: %1").arg(buildError));
    const QString ui = interfaceLanguage();
    if (options->listRules)
        return print(options->format == OutputFormat::Json ? jsonRuleList(validator->catalog(), ui)
                                                           : textRuleList(validator->catalog(), ui).toUtf8())
                   ? 0 : outputFailed();
    if (options->checkTemplates)
        checks = templateChecks(*options);
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
    // The validator is thread-safe: check the inputs on every core.
    const QList<Findings> results = QtConcurrent::blockingMapped(checks, [&](const Check &c) {
        return validator->validate(c.message, c.context);
    });
    QList<CheckedFile> checked;
    bool anyError = false;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const Check &c = checks[i];
        checked.append({c.path, c.context.language, c.message.subject, c.message.body, results[i]});
        for (const Finding &f : results[i])
            anyError = anyError || f.severity == Severity::Error;
    }
    const bool written = options->format == OutputFormat::Json ? writeJsonReport(checked, validator->catalog(), ui, print)
                                                               : writeTextReport(checked, validator->catalog(), ui, print);
    if (!written) {
        outputFailed();
        std::_Exit(2);
    }
    // The run is over and the system takes the memory back at once: freeing each dictionary
    // entry first would take 12 ms, a tenth of a short run (as compilers skip their frees).
    std::fflush(stderr);
    std::_Exit(anyError ? 1 : 0);
}
