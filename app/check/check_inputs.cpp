#include "check_inputs.h"
#include "input/html_reader.h"
#include "input/input_file.h"
#include "languages.h"
#include "library_json.h"
#include "reasons.h"

#include <QDirIterator>
#include <QFileInfo>

namespace permitted {

namespace {

bool hasSuffix(const QString &path, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes)
        if (path.endsWith(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    return false;
}

bool isHtmlPath(const QString &path) { return hasSuffix(path, {".html", ".htm"}); }
bool isLibraryPath(const QString &path) { return hasSuffix(path, {".json"}); }

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

// A template file laid out as the built-in ones, <lang>/<reason>.txt, says its language and reason.
ContextOptions contextOfPlace(const QString &path)
{
    ContextOptions c;
    const QFileInfo info(path);
    const QString folder = info.absoluteDir().dirName();
    if (findBuyerLanguage(folder) && findContactReason(info.completeBaseName())) {
        c.language = folder;
        c.reason = info.completeBaseName();
    }
    return c;
}

// "Subject: ..." and an empty line: a template file's header. Its length, or 0 for none.
qsizetype headerLength(const QString &text, QString *subject)
{
    static const QLatin1String kSubject("Subject:");
    if (!text.startsWith(kSubject))
        return 0;
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (lineEnd < 0 || (lineEnd + 1 < text.size() && text[lineEnd + 1] != QLatin1Char('\n')))
        return 0;
    *subject = text.mid(kSubject.size(), lineEnd - kSubject.size()).trimmed();
    return std::min(text.size(), lineEnd + 2);
}

bool readLibraryFile(const QString &path, const CheckOptions &options, const std::shared_ptr<const ProjectSettings> &settings,
                     QList<Check> *checks, QString *error)
{
    QString reason;
    const auto templates = readTemplateFile(path, &reason);
    if (!templates) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    for (const LibraryTemplate &t : *templates) {
        for (const TemplateVariant &v : t.variants) {
            ContextOptions place;
            place.language = v.language;
            place.reason = t.reason;
            Check check;
            check.path = QStringLiteral("%1#%2/%3").arg(path, t.name, v.language);
            check.artifact = path;
            check.message.subject = v.text.subject;
            check.message.body = v.text.body;
            check.fileBody = v.text.body;
            check.context = resolveContext(options.context, place, settings->context);
            check.settings = settings;
            checks->append(check);
        }
    }
    return true;
}

} // namespace

MessageContext resolveContext(const ContextOptions &commandLine, const ContextOptions &fromPlace,
                              const ContextOptions &fromSettings)
{
    MessageContext c;
    c.language = commandLine.language.value_or(fromPlace.language.value_or(fromSettings.language.value_or(QStringLiteral("en"))));
    const QStringList marketplaces = findBuyerLanguage(c.language)->marketplaces;
    // The settings' marketplace is for their language: a message in another one gets its own.
    if (commandLine.marketplace)
        c.marketplace = *commandLine.marketplace;
    else if (fromSettings.marketplace && marketplaces.contains(*fromSettings.marketplace))
        c.marketplace = *fromSettings.marketplace;
    else
        c.marketplace = marketplaces.front();
    c.reason = commandLine.reason.value_or(fromPlace.reason.value_or(fromSettings.reason.value_or(QString())));
    const ContactReason *reason = findContactReason(c.reason);
    if (commandLine.kind)
        c.kind = *commandLine.kind;
    else if (fromPlace.reason && reason)
        c.kind = reason->kind;
    else if (fromSettings.kind)
        c.kind = *fromSettings.kind;
    else
        c.kind = reason ? reason->kind : MessageKind::Proactive;
    if (commandLine.today)
        c.today = *commandLine.today;
    c.orderCompleted = commandLine.orderCompleted;
    return c;
}

bool expandPaths(const QStringList &paths, QStringList *files, QString *error)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path == QLatin1String("-") || !info.isDir()) {
            files->append(path);   // a missing file is said when it is read
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        // A folder's JSON files are checked when they are template libraries; others are not ours.
        for (const QString &file : found) {
            if (isLibraryPath(file)) {
                QFile json(file);
                if (!json.open(QIODevice::ReadOnly) || !isTemplateFileJson(json.read(64 * 1024 * 1024)))
                    continue;
            }
            files->append(file);
        }
        if (found.isEmpty() && !info.isReadable()) {
            *error = QStringLiteral("%1: cannot read the folder").arg(path);
            return false;
        }
    }
    return true;
}

bool readChecks(const QStringList &files, const CheckOptions &options, SettingsFinder &finder, QList<Check> *checks,
                QString *error)
{
    for (const QString &path : files) {
        const auto settings = finder.forPath(path, error);
        if (!settings)
            return false;
        if (path != QLatin1String("-") && isLibraryPath(path)) {
            if (!readLibraryFile(path, options, *settings, checks, error))
                return false;
            continue;
        }
        InputError inputError;
        const auto input = readInput(path, &inputError);
        if (!input) {
            *error = describe(inputError, path);
            return false;
        }
        Check check;
        check.path = path;
        check.artifact = path == QLatin1String("-") ? QString() : path;
        check.settings = *settings;
        const bool html = options.context.channel ? *options.context.channel == Channel::Html : isHtmlPath(path);
        ContextOptions place;
        if (html) {
            QString htmlError;
            QList<HtmlComment> comments;
            auto read = readHtmlMessage(input->text, &htmlError, nullptr, &comments);
            if (!read) {
                *error = QStringLiteral("%1: %2").arg(path, htmlError);
                return false;
            }
            check.message = std::move(*read);
            check.ignored = ignoredByComments(comments, check.message.body);
            check.fileBody = check.message.body;
        } else {
            QString subject;
            const qsizetype header = headerLength(input->text, &subject);
            if (header > 0) {
                check.message.subject = subject;
                place = contextOfPlace(path);
            }
            TextWithoutDirectives body = takeOutDirectives(input->text.mid(header));
            check.message.body = std::move(body.message);
            check.ignored = std::move(body.ignored);
            if (header > 0)
                check.removed.append({0, int(header)});
            check.removed.append(body.removed);
            check.fileBody = input->text;
            check.positionsInFile = !check.artifact.isEmpty();
        }
        // --subject wins over the page's title and the template's header.
        if (!options.subject.isEmpty())
            check.message.subject = options.subject;
        check.context = resolveContext(options.context, place, (*settings)->context);
        // A proactive message has to say something (its order ID at least): nothing at all is a
        // wrong input, such as a closed or empty pipe, not a message that passes.
        if (check.context.kind == MessageKind::Proactive && check.message.body.trimmed().isEmpty()
            && check.message.subject.trimmed().isEmpty()) {
            *error = path == QLatin1String("-") ? QStringLiteral("standard input is empty: there is no message to check")
                                                : QStringLiteral("%1: empty: there is no message to check").arg(path);
            return false;
        }
        checks->append(std::move(check));
    }
    return true;
}

} // namespace permitted
