#include "draft_file.h"
#include "checking/document_message.h"
#include "input/html_reader.h"
#include "output/html_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextDocument>
#include <memory>

namespace permitted {

bool isHtmlDraftPath(const QString &path)
{
    return path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

std::optional<Draft> readDraft(const QString &path, InputError *error, QString *htmlError)
{
    const auto input = readInput(path, error);
    if (!input)
        return std::nullopt;
    Draft draft;
    if (isHtmlDraftPath(path)) {
        // The subject travels as the page's title.
        QHash<QString, QString> meta;
        auto message = readHtmlMessage(input->text, htmlError, &meta);
        if (!message)
            return std::nullopt;
        draft.subject = message->subject;
        draft.html = std::move(*message);
        QHash<QString, QString> fields;
        for (auto it = meta.begin(); it != meta.end(); ++it)
            if (it.key().startsWith(kDraftMetaPrefix))
                fields.insert(it.key().mid(kDraftMetaPrefix.size()), it.value());
        draft.context = draftContextFromFields(fields);
        draft.fields = std::move(fields);
    } else {
        draft.body = input->text;
        // The order beside a text draft is a convenience: a missing or broken one is no error.
        QFile companion(draftContextCompanionPath(path));
        if (companion.size() < (64 << 10) && companion.open(QIODevice::ReadOnly))
            draft.context = draftContextFromJson(companion.readAll());
    }
    return draft;
}

QByteArray draftHtml(const QString &subject, const QTextDocument &body, const DraftContext &context,
                     const QList<QPair<QString, QString>> &moreMeta)
{
    QList<QPair<QString, QString>> meta;
    for (const auto &[name, value] : draftContextFields(context) + moreMeta)
        meta.append({kDraftMetaPrefix + name, value});
    // The project's own HTML, which the HTML reader reads back as the same message.
    QTextDocument subjectDocument(subject);
    return writeHtmlMessage(messageFromDocuments(subjectDocument, body, Channel::Html), meta).toUtf8();
}

namespace {

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool writeDraft(const QString &path, const QString &subject, const QTextDocument &body, const DraftContext &context,
                QString *error)
{
    if (isHtmlDraftPath(path))
        return writeWhole(path, draftHtml(subject, body, context), error);
    return writeWhole(path, body.toPlainText().toUtf8(), error)
           && writeWhole(draftContextCompanionPath(path), draftContextToJson(context), error);
}

QString describeInputError(const InputError &error, const QString &path)
{
    switch (error.problem) {
    case InputProblem::Missing:
        return QCoreApplication::translate("DraftFile", "%1 does not exist.").arg(path);
    case InputProblem::Folder:
        return QCoreApplication::translate("DraftFile", "%1 is a folder, not a draft.").arg(path);
    case InputProblem::Unreadable:
        return QCoreApplication::translate("DraftFile", "%1 cannot be read: %2").arg(path, error.systemReason);
    case InputProblem::TooLarge:
        return QCoreApplication::translate("DraftFile", "%1 is larger than 1 MB; a message to a buyer is a few thousand characters.").arg(path);
    case InputProblem::Binary:
        return QCoreApplication::translate("DraftFile", "%1 is not a text file.").arg(path);
    case InputProblem::InvalidUnicode:
        return QCoreApplication::translate("DraftFile", "%1 starts like UTF-16 or UTF-32 text but is not valid text.").arg(path);
    case InputProblem::InvalidUtf8:
        return QCoreApplication::translate("DraftFile", "%1 is not UTF-8 text (line %2, column %3). Save it as UTF-8 and open it again.")
            .arg(path).arg(error.at.line).arg(error.at.column);
    }
    return path;
}

} // namespace permitted
