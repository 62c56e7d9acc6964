// permitted-check: the validator on the command line. Every input is read and checked before
// anything is printed, so a bad input leaves standard output empty.

#include "html_reader.h"
#include "input_file.h"
#include "options.h"
#include "report.h"
#include "languages.h"
#include "spell_checker.h"
#include "validator.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>

using namespace permitted;

namespace {

int fail(const QString &reason)
{
    std::fprintf(stderr, "permitted-check: %s\n", qPrintable(reason));
    return 2;
}

void print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
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
    }
    return path;
}

bool isHtmlPath(const QString &path)
{
    return path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
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
    if (options->help) {
        print(checkUsage().toUtf8());
        return 0;
    }
    if (options->version) {
        print(QStringLiteral("permitted-check %1\n").arg(QStringLiteral(PERMITTED_VERSION)).toUtf8());
        return 0;
    }
    ValidatorOptions validatorOptions;
    validatorOptions.languages = QStringList{options->context.language};
    const auto validator = Validator::create(validatorOptions, &error);
    if (!validator)
        return fail(QStringLiteral("the rules could not be loaded: %1").arg(error));
    const QString ui = interfaceLanguage();
    // A missing dictionary is no reason to stop, but the user must know that spelling went
    // unchecked (Japanese and Chinese have none to miss).
    const QString dictionary = dictionaryName(options->context.language, options->context.marketplace);
    if (!options->listRules && !dictionary.isEmpty() && !validator->spelling().hasDictionary(dictionary))
        std::fprintf(stderr, "permitted-check: warning: no Hunspell dictionary %s is installed; spelling is not checked\n",
                     qPrintable(dictionary));
    if (options->listRules) {
        print(options->format == OutputFormat::Json ? jsonRuleList(validator->catalog(), ui)
                                                    : textRuleList(validator->catalog(), ui).toUtf8());
        return 0;
    }

    // Read every input first: one that cannot be used stops the run before anything is printed.
    QList<Message> messages;
    for (const QString &path : options->files) {
        InputError inputError;
        const auto input = readInput(path, &inputError);
        if (!input)
            return fail(describe(inputError, path));
        Message message;
        message.subject = options->subject;
        const bool html = options->channel == ChannelChoice::Html
                          || (options->channel == ChannelChoice::ByExtension && isHtmlPath(path));
        if (html) {
            const auto read = readHtmlMessage(input->text, &error);
            if (!read)
                return fail(QStringLiteral("%1: %2").arg(path, error));
            message.body = read->body;
            message.links = read->links;
            message.channel = Channel::Html;
        } else {
            message.body = input->text;
        }
        messages.append(message);
    }
    // The validator is thread-safe: check the files on every core.
    const QList<Findings> results = QtConcurrent::blockingMapped(messages, [&](const Message &m) {
        return validator->validate(m, options->context);
    });
    QList<CheckedFile> checked;
    bool anyError = false;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        checked.append({options->files[i], options->context.language, messages[i].subject, messages[i].body, results[i]});
        for (const Finding &f : results[i])
            anyError = anyError || f.severity == Severity::Error;
    }
    print(options->format == OutputFormat::Json ? jsonReport(checked, validator->catalog(), ui)
                                                : textReport(checked, validator->catalog(), ui).toUtf8());
    return anyError ? 1 : 0;
}
