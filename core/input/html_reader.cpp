#include "input/html_reader.h"

#include <QSet>
#include <gumbo.h>

namespace permitted {
namespace {

// Elements with no closing tag, which add no depth.
const QSet<QByteArray> &voidElements()
{
    static const QSet<QByteArray> set = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                         "link", "meta", "source", "track", "wbr"};
    return set;
}

// An upper bound of the nesting depth, from the tags alone: enough to refuse what would make
// gumbo crawl, without parsing.
int roughDepth(const QByteArray &html)
{
    int depth = 0, deepest = 0;
    for (qsizetype i = 0; i + 1 < html.size(); ++i) {
        if (html[i] != '<')
            continue;
        const bool closing = html[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j]))))
            ++j;
        if (j == nameStart)
            continue;
        const QByteArray name = html.mid(nameStart, j - nameStart).toLower();
        if (voidElements().contains(name))
            continue;
        depth += closing ? -1 : 1;
        depth = std::max(depth, 0);
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
        return true;
    default:
        return false;
    }
}

struct Walker {
    HtmlMessage out;

    void lineStart()
    {
        if (!out.body.isEmpty() && !out.body.endsWith(QLatin1Char('\n')))
            out.body += QLatin1Char('\n');
    }

    void text(const char *utf8)
    {
        // White space collapses as a browser collapses it.
        const QString t = QString::fromUtf8(utf8).simplified();
        if (t.isEmpty()) {
            if (!out.body.isEmpty() && !out.body.endsWith(QLatin1Char(' ')) && !out.body.endsWith(QLatin1Char('\n')))
                out.body += QLatin1Char(' ');
            return;
        }
        const QString raw = QString::fromUtf8(utf8);
        if (raw.front().isSpace() && !out.body.isEmpty() && !out.body.endsWith(QLatin1Char(' ')) && !out.body.endsWith(QLatin1Char('\n')))
            out.body += QLatin1Char(' ');
        out.body += t;
        if (raw.back().isSpace())
            out.body += QLatin1Char(' ');
    }

    void walk(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            text(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            return;
        const GumboTag tag = node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_HTML;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TITLE)
            return;
        if (tag == GUMBO_TAG_BR) {
            out.body += QLatin1Char('\n');
            return;
        }
        const bool block = isBlock(tag);
        if (block)
            lineStart();
        const int linkStart = int(out.body.size());
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]));
        if (tag == GUMBO_TAG_A) {
            if (const GumboAttribute *href = gumbo_get_attribute(&node->v.element.attributes, "href"))
                out.links.append({linkStart, int(out.body.size()) - linkStart, QString::fromUtf8(href->value)});
        }
        if (block)
            out.body += QLatin1Char('\n');
    }
};

} // namespace

std::optional<HtmlMessage> readHtmlMessage(const QString &html, QString *error)
{
    const QByteArray utf8 = html.toUtf8();
    if (roughDepth(utf8) > kMaxHtmlDepth) {
        *error = QStringLiteral("the HTML is nested more than %1 levels deep").arg(kMaxHtmlDepth);
        return std::nullopt;
    }
    GumboOutput *parsed = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    if (!parsed) {
        *error = QStringLiteral("the HTML could not be parsed");
        return std::nullopt;
    }
    Walker walker;
    walker.walk(parsed->document);
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    // Trailing white space from the last block is not part of the message.
    while (walker.out.body.endsWith(QLatin1Char('\n')) || walker.out.body.endsWith(QLatin1Char(' ')))
        walker.out.body.chop(1);
    return walker.out;
}

} // namespace permitted
