#pragma once
// Writes a message as the project's own HTML: paragraphs, line breaks, lists, headings, bold,
// italic, underline, links and pictures, and only the formatting the message carries (which the
// styling rules judge). Nothing of an editor's own markup: what the copy or the saved draft holds
// is what was checked, and reading it back with the HTML reader gives the same message.

#include "message.h"

#include <QList>
#include <QPair>

namespace permitted {

// A whole page: the subject as its title, `meta` as <meta name content> in the head (a draft's
// order, drafts/draft_context.h), the style sheet the message carries, the body.
QString writeHtmlMessage(const Message &message, const QList<QPair<QString, QString>> &meta = {});

} // namespace permitted
