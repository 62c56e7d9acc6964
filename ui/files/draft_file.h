#pragma once
// Drafts on disk: HTML (the subject as the page title, the body with its formatting, the order
// in the head) or plain text (the body only, the order in a file beside it). Reading refuses
// what is not a draft with the reason and changes nothing; writing goes to a temporary file
// first, so a failed save never damages the old one.

#include "drafts/draft_context.h"
#include "input/input_file.h"
#include "message.h"

#include <QString>
#include <optional>

class QTextDocument;

namespace permitted {

struct Draft {
    QString subject;
    QString body;                   // the text of a plain-text draft
    std::optional<Message> html;    // an HTML draft, read by the one HTML reader
    std::optional<DraftContext> context;   // the order it was saved with, when it was
    QHash<QString, QString> fields;        // the head's permitted-* fields, prefix removed
};

bool isHtmlDraftPath(const QString &path);

// Nothing, and why, when the file cannot be read (`htmlError`: HTML nested too deep to read).
std::optional<Draft> readDraft(const QString &path, InputError *error, QString *htmlError);
// Why a draft could not be read, for a dialog, in the interface's language.
QString describeInputError(const InputError &error, const QString &path);
// Saves the subject, the body and the order; false with the system's reason when it cannot.
bool writeDraft(const QString &path, const QString &subject, const QTextDocument &body, const DraftContext &context,
                QString *error);
// The HTML of a draft, order included, as an HTML draft file holds it.
QByteArray draftHtml(const QString &subject, const QTextDocument &body, const DraftContext &context,
                     const QList<QPair<QString, QString>> &moreMeta = {});

} // namespace permitted
