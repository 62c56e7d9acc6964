#include "input/html_reader.h"

#include <QHash>
#include "input/css_values.h"

#include <QRegularExpression>
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
    case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

std::optional<Alignment> alignmentOf(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("center") || v == QLatin1String("middle") || v == QLatin1String("-webkit-center")) return Alignment::Center;
    if (v == QLatin1String("right") || v == QLatin1String("end")) return Alignment::Right;
    if (v == QLatin1String("justify")) return Alignment::Justify;
    if (v == QLatin1String("left") || v == QLatin1String("start")) return Alignment::Left;
    return std::nullopt;
}

// What an element passes on to what it holds, and what it asks for itself.
struct State {
    CharacterStyle style;
    double fontPx = kDefaultFontSizePx;   // the size in effect, for em and %
    Alignment alignment = Alignment::Default;
    QString lineHeight;
    double margin = 0;    // the widest margin and padding of the blocks it sits in
    double padding = 0;
    bool hidden = false;
    QString href;
    ListKind list = ListKind::None;
    int heading = 0;
};

struct LineFacts {
    bool set = false;
    Paragraph facts;
};

class Walker {
public:
    Message out;
    QHash<QString, QString> meta;
    QList<HtmlComment> comments;

    void walk(const GumboNode *node, const State &parent)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            text(node->v.text.text, parent);
            return;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) {
            walkChildren(node->v.document.children, parent);
            return;
        }
        if (node->type == GUMBO_NODE_COMMENT) {
            comments.append({int(out.body.size()), QString::fromUtf8(node->v.text.text)});
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = node->v.element.tag;
        switch (tag) {
        case GUMBO_TAG_TITLE:
            out.subject = childText(node).simplified();
            return;
        case GUMBO_TAG_META:
            if (const QString name = attribute(node, "name"); !name.isEmpty())
                meta.insert(name, attribute(node, "content"));
            return;
        case GUMBO_TAG_STYLE:
            readSheet(childText(node));
            return;
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
            return;
        case GUMBO_TAG_BR:
            out.body += QLatin1Char('\n');
            return;
        default:
            break;
        }
        State state = parent;
        apply(node, tag, state);
        if (tag == GUMBO_TAG_IMG) {
            image(node, state);
            return;
        }
        const bool block = isBlock(tag);
        if (block)
            lineStart();
        const int linkStart = int(out.body.size());
        walkChildren(node->v.element.children, state);
        if (tag == GUMBO_TAG_A && hasAttribute(node, "href")) {
            // The link is its words: a space collapsed at either end is the text around it's.
            int start = linkStart, end = int(out.body.size());
            while (end > start && out.body[end - 1].isSpace())
                --end;
            while (start < end && out.body[start].isSpace())
                ++start;
            out.links.append({start, end - start, attribute(node, "href").trimmed()});
        }
        if (block) {
            // An empty paragraph is a blank line, as a browser shows it.
            out.body += QLatin1Char('\n');
        }
    }

    void finish()
    {
        // Trailing white space from the last block is not part of the message.
        while (out.body.endsWith(QLatin1Char('\n')) || out.body.endsWith(QLatin1Char(' ')))
            out.body.chop(1);
        int start = 0, line = 0;
        for (;;) {
            const qsizetype nl = out.body.indexOf(QLatin1Char('\n'), start);
            const int end = nl < 0 ? int(out.body.size()) : int(nl);
            Paragraph p = size_t(line) < m_lines.size() && m_lines[size_t(line)].set ? m_lines[size_t(line)].facts : Paragraph{};
            p.start = start;
            p.length = end - start;
            out.formatting.paragraphs.append(p);
            if (nl < 0)
                break;
            start = end + 1;
            ++line;
        }
        for (Image &i : out.formatting.images)
            i.position = std::min(i.position, int(out.body.size()) - 1);
        // What ended in the white space just removed ends where the body does now.
        const int size = int(out.body.size());
        for (Link &l : out.links) {
            l.start = std::min(l.start, size);
            l.length = std::min(l.length, size - l.start);
        }
        for (StyledRun &r : out.formatting.runs) {
            r.start = std::min(r.start, size);
            r.length = std::min(r.length, size - r.start);
        }
    }

private:
    std::vector<LineFacts> m_lines;

    void walkChildren(const GumboVector &children, const State &state)
    {
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]), state);
    }

    static QString childText(const GumboNode *node)
    {
        QString t;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
                t += QString::fromUtf8(child->v.text.text);
        }
        return t;
    }

    void readSheet(QString sheet)
    {
        static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression block(QStringLiteral("\\{([^{}]*)\\}"));
        sheet.remove(comment);
        for (auto it = block.globalMatch(sheet); it.hasNext();)
            for (const css::Declaration &d : css::parseDeclarations(it.next().captured(1)))
                out.formatting.sheet.append({d.property, d.value});
    }

    // The element's own formatting: its tag, its presentational attributes, its style.
    void apply(const GumboNode *node, GumboTag tag, State &s)
    {
        switch (tag) {
        case GUMBO_TAG_B: case GUMBO_TAG_STRONG: s.style.bold = true; break;
        case GUMBO_TAG_I: case GUMBO_TAG_EM: s.style.italic = true; break;
        case GUMBO_TAG_U: case GUMBO_TAG_INS: s.style.underline = true; break;
        case GUMBO_TAG_CENTER: s.alignment = Alignment::Center; break;
        case GUMBO_TAG_UL: s.list = ListKind::Bullet; break;
        case GUMBO_TAG_OL: s.list = ListKind::Numbered; break;
        case GUMBO_TAG_A: s.href = attribute(node, "href").trimmed(); break;
        case GUMBO_TAG_FONT:
            if (const QString face = attribute(node, "face"); !face.trimmed().isEmpty())
                s.style.fontFamily = face.trimmed();
            if (const QString color = attribute(node, "color"); !color.trimmed().isEmpty())
                s.style.color = color.trimmed();
            if (const auto px = css::legacyFontSizePx(attribute(node, "size"))) {
                s.fontPx = *px;
                s.style.fontSizePx = *px;
            }
            break;
        default:
            break;
        }
        if (const int level = headingLevel(tag)) {
            s.heading = level;
            s.style.bold = true;
            s.fontPx = headingSizePx(level);
            s.style.fontSizePx = s.fontPx;
        }
        if (isBlock(tag) || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_IMG)
            if (const auto a = alignmentOf(attribute(node, "align")); a && tag != GUMBO_TAG_IMG)
                s.alignment = *a;
        for (const css::Declaration &d : css::parseDeclarations(attribute(node, "style")))
            applyDeclaration(d, s);
    }

    void applyDeclaration(const css::Declaration &d, State &s)
    {
        const QString &p = d.property;
        const QString v = d.value.toLower();
        if (p == QLatin1String("font-family")) {
            s.style.fontFamily = d.value;
        } else if (p == QLatin1String("font-size")) {
            if (const auto px = css::fontSizePx(d.value, s.fontPx)) {
                s.fontPx = *px;
                s.style.fontSizePx = *px;
            }
        } else if (p == QLatin1String("color")) {
            s.style.color = d.value;
        } else if (p == QLatin1String("line-height")) {
            if (v != QLatin1String("normal"))
                s.lineHeight = d.value;
        } else if (p == QLatin1String("text-align")) {
            if (const auto a = alignmentOf(v))
                s.alignment = *a;
        } else if (p == QLatin1String("font-weight")) {
            s.style.bold = v == QLatin1String("bold") || v == QLatin1String("bolder") || v.toInt() >= 600;
        } else if (p == QLatin1String("font-style")) {
            s.style.italic = v == QLatin1String("italic") || v == QLatin1String("oblique");
        } else if (p == QLatin1String("text-decoration") || p == QLatin1String("text-decoration-line")) {
            s.style.underline = v.contains(QLatin1String("underline"));
        } else if (p == QLatin1String("display")) {
            s.hidden = s.hidden || v == QLatin1String("none");
        } else if (p == QLatin1String("visibility")) {
            s.hidden = s.hidden || v == QLatin1String("hidden") || v == QLatin1String("collapse");
        } else if (p == QLatin1String("opacity")) {
            bool ok = false;
            s.hidden = s.hidden || (v.toDouble(&ok) <= 0.01 && ok);
        } else {
            // Margins and padding, of blocks and inline boxes alike.
            if (p == QLatin1String("margin") || p == QLatin1String("padding")) {
                if (const auto px = css::widestSidePx(d.value, s.fontPx))
                    (p == QLatin1String("margin") ? s.margin : s.padding) = std::max(p == QLatin1String("margin") ? s.margin : s.padding, *px);
            } else if (p.startsWith(QLatin1String("margin-")) || p.startsWith(QLatin1String("padding-"))) {
                if (const auto px = css::lengthPx(d.value, s.fontPx, kMessageWidthPx)) {
                    double &side = p.startsWith(QLatin1String("margin-")) ? s.margin : s.padding;
                    side = std::max(side, *px);
                }
            }
        }
    }

    // The facts of the line being written, taken when its first content is.
    void touchLine(const State &s)
    {
        const int line = int(out.body.count(QLatin1Char('\n')));
        if (size_t(line) >= m_lines.size())
            m_lines.resize(size_t(line) + 1);
        LineFacts &l = m_lines[size_t(line)];
        if (l.set)
            return;
        l.set = true;
        l.facts.alignment = s.alignment;
        l.facts.lineHeight = s.lineHeight;
        l.facts.widestMarginPx = s.margin;
        l.facts.widestPaddingPx = s.padding;
        l.facts.list = s.list;
        l.facts.headingLevel = s.heading;
    }

    void lineStart()
    {
        if (!out.body.isEmpty() && !out.body.endsWith(QLatin1Char('\n')))
            out.body += QLatin1Char('\n');
    }

    void addRun(int start, const State &s)
    {
        const int length = int(out.body.size()) - start;
        if (length <= 0 || s.style == CharacterStyle{})
            return;
        QList<StyledRun> &runs = out.formatting.runs;
        if (!runs.isEmpty() && runs.back().start + runs.back().length == start && runs.back().style == s.style)
            runs.back().length += length;
        else
            runs.append({start, length, s.style});
    }

    void text(const char *utf8, const State &s)
    {
        // White space collapses as a browser collapses it.
        const QString raw = QString::fromUtf8(utf8);
        const QString t = raw.simplified();
        auto space = [&] {
            if (!out.body.isEmpty() && !out.body.endsWith(QLatin1Char(' ')) && !out.body.endsWith(QLatin1Char('\n')))
                out.body += QLatin1Char(' ');
        };
        if (t.isEmpty()) {
            space();
            return;
        }
        if (raw.front().isSpace())
            space();
        touchLine(s);
        const int start = int(out.body.size());
        out.body += t;
        addRun(start, s);
        if (raw.back().isSpace())
            out.body += QLatin1Char(' ');
    }

    void image(const GumboNode *node, State &s)
    {
        touchLine(s);
        Image i;
        i.position = int(out.body.size());
        i.source = attribute(node, "src").trimmed();
        i.hidden = s.hidden;
        i.linkHref = s.href;
        if (hasAttribute(node, "alt"))
            i.alt = attribute(node, "alt");
        i.widthPx = css::lengthPx(attribute(node, "width"), s.fontPx, kMessageWidthPx);
        i.heightPx = css::lengthPx(attribute(node, "height"), s.fontPx, kMessageWidthPx);
        // The style's width wins over the attribute; a max-width caps either.
        std::optional<double> maxWidth;
        for (const css::Declaration &d : css::parseDeclarations(attribute(node, "style"))) {
            const auto px = css::lengthPx(d.value, s.fontPx, kMessageWidthPx);
            if (d.property == QLatin1String("width") && px)
                i.widthPx = *px;
            else if (d.property == QLatin1String("max-width") && px)
                maxWidth = *px;
            else if (d.property == QLatin1String("height") && px)
                i.heightPx = *px;
        }
        if (i.widthPx && maxWidth)
            i.widthPx = std::min(*i.widthPx, *maxWidth);
        out.formatting.images.append(i);
        const int start = int(out.body.size());
        out.body += QChar(kObjectReplacement);
        addRun(start, s);
    }
};

} // namespace

std::optional<Message> readHtmlMessage(const QString &html, QString *error, QHash<QString, QString> *meta,
                                       QList<HtmlComment> *comments)
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
    walker.walk(parsed->document, State{});
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    walker.finish();
    walker.out.channel = Channel::Html;
    if (meta)
        *meta = std::move(walker.meta);
    if (comments) {
        // A comment after the last text is where the body, trimmed by finish(), now ends.
        for (HtmlComment &c : walker.comments)
            c.bodyOffset = std::min(c.bodyOffset, int(walker.out.body.size()));
        *comments = std::move(walker.comments);
    }
    return std::move(walker.out);
}

} // namespace permitted
