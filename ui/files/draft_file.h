#pragma once
// Drafts on disk: HTML (the subject as the page title, the body with its formatting) or plain
// text (the body only). Reading refuses what is not a draft with the reason and changes
// nothing; writing goes to a temporary file first, so a failed save never damages the old one.

#include "input/input_file.h"

#include <QString>
#include <optional>

class QTextDocument;

namespace permitted {

struct Draft {
    QString subject;
    QString body;     // HTML or plain text, as `isHtml` says
    bool isHtml = false;
};

bool isHtmlDraftPath(const QString &path);

std::optional<Draft> readDraft(const QString &path, InputError *error);
// Why a draft could not be read, for a dialog, in the interface's language.
QString describeInputError(const InputError &error, const QString &path);
// Saves the subject and the body; false with the system's reason when it cannot.
bool writeDraft(const QString &path, const QString &subject, const QTextDocument &body, QString *error);

} // namespace permitted
