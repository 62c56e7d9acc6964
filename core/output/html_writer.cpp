#include "output/html_writer.h"

#include <QStringList>
#include <algorithm>

namespace permitted {
namespace {

QString escaped(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(u'\'', QLatin1String("&#39;"));
    return out;
}

QString px(double value)
{
    return QString::number(value, 'g', 6) + QStringLiteral("px");
}

QString paragraphStyle(const Paragraph &p)
{
    QStringList style;
    switch (p.alignment) {
    case Alignment::Center: style << QStringLiteral("text-align:center"); break;
    case Alignment::Right: style << QStringLiteral("text-align:right"); break;
    case Alignment::Justify: style << QStringLiteral("text-align:justify"); break;
    case Alignment::Left: style << QStringLiteral("text-align:left"); break;
    case Alignment::Default: break;
    }
    if (!p.lineHeight.isEmpty())
        style << QStringLiteral("line-height:%1").arg(p.lineHeight);
    if (p.widestMarginPx > 0)
        style << QStringLiteral("margin-left:%1").arg(px(p.widestMarginPx));
    if (p.widestPaddingPx > 0)
        style << QStringLiteral("padding-left:%1").arg(px(p.widestPaddingPx));
    return style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(escaped(style.join(u';')));
}

// The markup that opens and closes a run's style, outermost first.
std::pair<QString, QString> runMarkup(const CharacterStyle &s, int headingLevel)
{
    QString open, close;
    QStringList css;
    if (!s.fontFamily.isEmpty()) css << QStringLiteral("font-family:%1").arg(s.fontFamily);
    // A heading's own size is the heading's; only a size of the run's own is written.
    const double headingPx = headingLevel > 0 ? headingSizePx(headingLevel) : 0;
    if (s.fontSizePx > 0 && std::abs(s.fontSizePx - headingPx) > 0.25) css << QStringLiteral("font-size:%1").arg(px(s.fontSizePx));
    if (!s.color.isEmpty()) css << QStringLiteral("color:%1").arg(s.color);
    if (!css.isEmpty()) {
        open += QStringLiteral("<span style=\"%1\">").arg(escaped(css.join(u';')));
        close.prepend(QStringLiteral("</span>"));
    }
    const bool headingBold = headingLevel > 0;
    if (s.bold && !headingBold) { open += QStringLiteral("<strong>"); close.prepend(QStringLiteral("</strong>")); }
    if (s.italic) { open += QStringLiteral("<em>"); close.prepend(QStringLiteral("</em>")); }
    if (s.underline) { open += QStringLiteral("<u>"); close.prepend(QStringLiteral("</u>")); }
    return {open, close};
}

QString imageTag(const Image &i)
{
    QString tag = QStringLiteral("<img src=\"%1\"").arg(escaped(i.source));
    if (i.alt) tag += QStringLiteral(" alt=\"%1\"").arg(escaped(*i.alt));
    if (i.widthPx) tag += QStringLiteral(" width=\"%1\"").arg(QString::number(*i.widthPx, 'g', 6));
    if (i.heightPx) tag += QStringLiteral(" height=\"%1\"").arg(QString::number(*i.heightPx, 'g', 6));
    if (i.hidden) tag += QStringLiteral(" style=\"display:none\"");
    return tag + u'>';
}

class Writer {
public:
    explicit Writer(const Message &m) : m_m(m) {}

    QString page(const QList<QPair<QString, QString>> &meta)
    {
        QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n")
                          .arg(escaped(m_m.subject));
        for (const auto &[name, content] : meta)
            out += QStringLiteral("<meta name=\"%1\" content=\"%2\">\n").arg(escaped(name), escaped(content));
        if (!m_m.formatting.sheet.isEmpty()) {
            out += QStringLiteral("<style>\nbody {");
            for (const SheetDeclaration &d : m_m.formatting.sheet)
                out += QStringLiteral(" %1: %2;").arg(d.property, d.value);
            out += QStringLiteral(" }\n</style>\n");
        }
        out += QStringLiteral("</head>\n<body>\n");
        ListKind open = ListKind::None;
        const QList<Paragraph> paragraphs = paragraphsOrLines();
        for (const Paragraph &p : paragraphs) {
            if (p.list != open) {
                if (open != ListKind::None) out += open == ListKind::Bullet ? QStringLiteral("</ul>\n") : QStringLiteral("</ol>\n");
                if (p.list != ListKind::None) out += p.list == ListKind::Bullet ? QStringLiteral("<ul>\n") : QStringLiteral("<ol>\n");
                open = p.list;
            }
            const QString tag = p.list != ListKind::None ? QStringLiteral("li")
                                : p.headingLevel > 0     ? QStringLiteral("h%1").arg(p.headingLevel)
                                                         : QStringLiteral("p");
            out += QStringLiteral("<%1%2>").arg(tag, paragraphStyle(p)) + inline_(p) + QStringLiteral("</%1>\n").arg(tag);
        }
        if (open != ListKind::None) out += open == ListKind::Bullet ? QStringLiteral("</ul>\n") : QStringLiteral("</ol>\n");
        return out + QStringLiteral("</body>\n</html>\n");
    }

private:
    const Message &m_m;

    // A message from plain text has no paragraph facts: its lines are its paragraphs.
    QList<Paragraph> paragraphsOrLines() const
    {
        if (!m_m.formatting.paragraphs.isEmpty())
            return m_m.formatting.paragraphs;
        QList<Paragraph> lines;
        int start = 0;
        for (const QString &line : m_m.body.split(u'\n')) {
            Paragraph p;
            p.start = start;
            p.length = int(line.size());
            lines.append(p);
            start += int(line.size()) + 1;
        }
        return lines;
    }

    CharacterStyle styleAt(int position) const
    {
        for (const StyledRun &r : m_m.formatting.runs)
            if (position >= r.start && position < r.start + r.length)
                return r.style;
        return {};
    }

    const Link *linkAt(int position) const
    {
        for (const Link &l : m_m.links)
            if (position >= l.start && position < l.start + l.length)
                return &l;
        return nullptr;
    }

    const Image *imageAt(int position) const
    {
        for (const Image &i : m_m.formatting.images)
            if (i.position == position)
                return &i;
        return nullptr;
    }

    // A paragraph's text, cut where a link or a style begins or ends.
    QString inline_(const Paragraph &p) const
    {
        std::vector<int> cuts{p.start, p.start + p.length};
        for (const StyledRun &r : m_m.formatting.runs) cuts.insert(cuts.end(), {r.start, r.start + r.length});
        for (const Link &l : m_m.links) cuts.insert(cuts.end(), {l.start, l.start + l.length});
        for (const Image &i : m_m.formatting.images) cuts.insert(cuts.end(), {i.position, i.position + 1});
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        QString out;
        const Link *openLink = nullptr;
        for (size_t k = 0; k + 1 < cuts.size(); ++k) {
            const int from = cuts[k], to = cuts[k + 1];
            if (from < p.start || to > p.start + p.length || from >= to)
                continue;
            const Link *link = linkAt(from);
            if (link != openLink) {
                if (openLink) out += QStringLiteral("</a>");
                if (link) out += QStringLiteral("<a href=\"%1\">").arg(escaped(link->href));
                openLink = link;
            }
            const auto [open, close] = runMarkup(styleAt(from), p.headingLevel);
            QString piece;
            for (int i = from; i < to; ++i) {
                if (m_m.body[i] == QChar(kObjectReplacement)) {
                    if (const Image *image = imageAt(i))
                        piece += imageTag(*image);
                } else {
                    piece += escaped(QStringView(m_m.body).mid(i, 1));
                }
            }
            out += open + piece + close;
        }
        if (openLink) out += QStringLiteral("</a>");
        return out;
    }
};

} // namespace

QString writeHtmlMessage(const Message &message, const QList<QPair<QString, QString>> &meta)
{
    return Writer(message).page(meta);
}

} // namespace permitted
