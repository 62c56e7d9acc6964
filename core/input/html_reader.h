#pragma once
// Reads an HTML e-mail into the message model: the text as a reader sees it (block elements and
// <br> as line breaks, a picture as U+FFFC), its links, and how it is formatted (formatting.h);
// the page's <title> is the subject. Parsed by gumbo, after a size and nesting check, since gumbo
// is quadratic on deep nesting. The one reader of HTML files, for permitted-check and the editor.

#include "message.h"

#include <QHash>
#include <optional>

namespace permitted {

constexpr int kMaxHtmlDepth = 400;

// A comment of the page, and where it falls in the message's body.
struct HtmlComment {
    int bodyOffset = 0;
    QString text;       // between <!-- and -->
};

// The message of `html`, in the HTML channel; nothing, and why, for HTML nested too deep.
// `meta`, when given, receives the head's <meta name content> pairs; `comments` the comments.
std::optional<Message> readHtmlMessage(const QString &html, QString *error, QHash<QString, QString> *meta = nullptr,
                                       QList<HtmlComment> *comments = nullptr);

} // namespace permitted
