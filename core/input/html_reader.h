#pragma once
// Reads an HTML e-mail reply into the message model: the text as a reader sees it (block
// elements and <br> as line breaks) and its links. Parsed by gumbo, after a size and nesting
// check, since gumbo is quadratic on deep nesting.

#include "message.h"

#include <optional>

namespace permitted {

constexpr int kMaxHtmlDepth = 400;

struct HtmlMessage {
    QString body;
    QList<Link> links;
};

std::optional<HtmlMessage> readHtmlMessage(const QString &html, QString *error);

} // namespace permitted
