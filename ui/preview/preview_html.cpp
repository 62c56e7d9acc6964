#include "preview_html.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextList>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace permitted {

namespace {

// A placeholder needs some size to be seen at all; a remote image with no declared size gets
// a box about the size of a product thumbnail.
constexpr int kDefaultImageWidth = 200;
constexpr int kDefaultImageHeight = 120;
constexpr int kMinImageSide = 16;
constexpr int kMaxImageSide = 2000;
// Addresses can be very long (data: URLs); the box shows the start of them.
constexpr int kMaxShownAddress = 120;

// Text content and attribute values, escaped by Qt, apostrophes too. A line separator (Shift+Enter in the editor) is a line break; the
// object replacement character stands for an image and is handled by the caller.
QString escaped(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));   // safe in single-quoted attributes too
    out.replace(QChar::LineSeparator, QLatin1String("<br>"));
    out.remove(QChar::ObjectReplacementCharacter);
    return out;
}

QString shortAddress(const QString &address)
{
    if (address.size() <= kMaxShownAddress)
        return address;
    return address.left(kMaxShownAddress) + QChar(0x2026);
}

QString severityClass(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Suggestion: return QStringLiteral("suggestion");
    }
    return QStringLiteral("error");
}

// The href a link keeps, or an empty string when its target is not one a buyer's mail client
// would follow safely. The output is the parsed URL re-encoded, so what the browser reads is
// exactly what was checked (no "java\tscript:" tricks surviving as raw text).
QString safeHref(const QString &href)
{
    const QUrl url(href.trimmed(), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (web && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    if (scheme == QLatin1String("mailto") && !url.path().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return {};
}

// Raster images embedded in the message itself: nothing to fetch, and the page's CSP allows
// data: images only. SVG is left out: it is a document format, not just pixels.
bool isInlineDataImage(const QString &src)
{
    static const QRegularExpression pattern(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\\s]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(src).hasMatch();
}

int clampedSide(qreal declared, int fallback)
{
    if (declared <= 0)
        return fallback;
    return std::clamp(int(std::lround(declared)), kMinImageSide, kMaxImageSide);
}

QString imageHtml(const QTextImageFormat &format)
{
    const QString src = format.name().trimmed();
    if (isInlineDataImage(src)) {
        QString size;
        if (format.width() > 0)
            size += QStringLiteral("width:%1px;").arg(clampedSide(format.width(), 0));
        if (format.height() > 0)
            size += QStringLiteral("height:%1px;").arg(clampedSide(format.height(), 0));
        return QStringLiteral("<img class=\"inline-image\" alt=\"\" src=\"%1\"%2>")
            .arg(escaped(src), size.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(size));
    }
    // Everything else (http, https, file, relative names, resources) would be a request or a
    // local file read: a box of the declared size that names the address instead.
    const QString address = escaped(shortAddress(src));
    const int width = clampedSide(format.width(), kDefaultImageWidth);
    const int height = clampedSide(format.height(), kDefaultImageHeight);
    return QStringLiteral("<span class=\"image-placeholder\" style=\"width:%1px;height:%2px\" "
                          "title=\"%3\"><span class=\"image-label\">%4</span> "
                          "<span class=\"image-address\">%3</span></span>")
        .arg(width)
        .arg(height)
        .arg(address, escaped(QCoreApplication::translate("permitted::PreviewHtml", "Image not loaded:")));
}

// Font size relative to the document's default, as em, so the page's own base size decides the
// absolute one. QTextDocument's <font size>/<h1> adjustments use these steps (qtextformat.cpp).
QString relativeFontSize(const QTextCharFormat &format, const QFont &base)
{
    qreal ratio = 1.0;
    if (format.hasProperty(QTextFormat::FontPointSize) && base.pointSizeF() > 0) {
        ratio = format.fontPointSize() / base.pointSizeF();
    } else if (format.hasProperty(QTextFormat::FontPixelSize) && base.pixelSize() > 0) {
        ratio = qreal(format.intProperty(QTextFormat::FontPixelSize)) / base.pixelSize();
    } else if (format.hasProperty(QTextFormat::FontSizeAdjustment)) {
        static const qreal steps[] = {0.7, 0.8, 1.0, 1.2, 1.5, 2.0, 2.4};
        const int index = std::clamp(format.intProperty(QTextFormat::FontSizeAdjustment) + 2, 0, 6);
        ratio = steps[index];
    }
    ratio = std::clamp(ratio, 0.5, 4.0);
    if (std::abs(ratio - 1.0) < 0.01)
        return {};
    return QString::number(ratio, 'g', 3) + QStringLiteral("em");
}

// Opening and closing tags for a run of text in one character format.
struct Wrap {
    QString open;
    QString close;
    void add(const QString &openTag, const QString &closeTag)
    {
        open += openTag;
        close.prepend(closeTag);
    }
};

Wrap formatWrap(const QTextCharFormat &format, const QFont &base)
{
    Wrap wrap;
    if (format.isAnchor()) {
        const QString href = safeHref(format.anchorHref());
        if (!href.isEmpty())
            wrap.add(QStringLiteral("<a href=\"%1\">").arg(escaped(href)), QStringLiteral("</a>"));
    }
    if (format.fontWeight() >= QFont::DemiBold)
        wrap.add(QStringLiteral("<b>"), QStringLiteral("</b>"));
    if (format.fontItalic())
        wrap.add(QStringLiteral("<i>"), QStringLiteral("</i>"));
    // QTextDocument underlines every anchor itself; the page's link style does that already.
    if (format.fontUnderline() && !format.isAnchor())
        wrap.add(QStringLiteral("<u>"), QStringLiteral("</u>"));
    if (format.fontStrikeOut())
        wrap.add(QStringLiteral("<s>"), QStringLiteral("</s>"));
    const QString size = relativeFontSize(format, base);
    if (!size.isEmpty())
        wrap.add(QStringLiteral("<span style=\"font-size:%1\">").arg(size), QStringLiteral("</span>"));
    return wrap;
}

QString blockStyle(const QTextBlockFormat &format)
{
    QString style;
    // HTML's align="right" arrives as AlignRight | AlignAbsolute; the editor's own buttons set
    // AlignRight alone. Both mean right in a left-to-right message.
    const Qt::Alignment horizontal = format.alignment() & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
    if (horizontal == Qt::AlignRight)
        style += QStringLiteral("text-align:right;");
    else if (horizontal == Qt::AlignHCenter)
        style += QStringLiteral("text-align:center;");
    else if (horizontal == Qt::AlignJustify)
        style += QStringLiteral("text-align:justify;");
    // Paragraph spacing from pasted HTML (<p>, <blockquote>), within sane bounds.
    const auto px = [](qreal value, int most) { return std::clamp(int(std::lround(value)), 0, most); };
    const int top = px(format.topMargin(), 48), bottom = px(format.bottomMargin(), 48);
    const int left = px(format.leftMargin(), 200), right = px(format.rightMargin(), 200);
    if (top || bottom || left || right)
        style += QStringLiteral("margin:%1px %2px %3px %4px;").arg(top).arg(right).arg(bottom).arg(left);
    return style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style);
}

QString listTag(const QTextListFormat &format)
{
    switch (format.style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return QStringLiteral("ol");
    default:
        return QStringLiteral("ul");
    }
}

QString listStyleType(const QTextListFormat &format)
{
    switch (format.style()) {
    case QTextListFormat::ListCircle: return QStringLiteral("circle");
    case QTextListFormat::ListSquare: return QStringLiteral("square");
    case QTextListFormat::ListDecimal: return QStringLiteral("decimal");
    case QTextListFormat::ListLowerAlpha: return QStringLiteral("lower-alpha");
    case QTextListFormat::ListUpperAlpha: return QStringLiteral("upper-alpha");
    case QTextListFormat::ListLowerRoman: return QStringLiteral("lower-roman");
    case QTextListFormat::ListUpperRoman: return QStringLiteral("upper-roman");
    default: return QStringLiteral("disc");
    }
}

// Writes the blocks in order, opening and closing <ul>/<ol> as list membership and nesting
// (the list's indent) change between consecutive blocks.
class Writer {
public:
    Writer(const QTextDocument &document, const Findings &findings)
        : m_base(document.defaultFont())
    {
        for (const Finding &finding : findings) {
            if (finding.part == Part::Body && finding.length > 0)
                m_findings.append(finding);
        }
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Finding &a, const Finding &b) { return a.start < b.start; });
    }

    void block(const QTextBlock &block)
    {
        QTextList *list = block.textList();
        syncLists(list);
        const QString tag = list ? QStringLiteral("li") : QStringLiteral("div");
        m_out += QStringLiteral("<%1%2>").arg(tag, blockStyle(block.blockFormat()));
        const qsizetype before = m_out.size();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid())
                fragment(it.fragment());
        }
        // An empty line still takes a line's height, as it does in the buyer's message.
        if (m_out.size() == before)
            m_out += QLatin1String("<br>");
        m_out += QStringLiteral("</%1>").arg(tag);
    }

    QString finish()
    {
        syncLists(nullptr);
        return m_out;
    }

private:
    struct OpenList {
        QTextList *list;
        int indent;
        QString tag;
    };

    void syncLists(QTextList *list)
    {
        const int indent = list ? list->format().indent() : 0;
        while (!m_lists.isEmpty()) {
            const OpenList &top = m_lists.last();
            if (list && top.list == list)
                break;
            if (list && top.indent < indent)
                break;   // a deeper list nested in this one
            m_out += QStringLiteral("</%1>").arg(top.tag);
            m_lists.removeLast();
        }
        if (list && (m_lists.isEmpty() || m_lists.last().list != list)) {
            const QString tag = listTag(list->format());
            m_out += QStringLiteral("<%1 style=\"list-style-type:%2\">").arg(tag, listStyleType(list->format()));
            m_lists.append({list, indent, tag});
        }
    }

    // One fragment is one character format; findings split it further so that each piece has
    // a single set of covering findings.
    void fragment(const QTextFragment &fragment)
    {
        const int start = fragment.position();
        const int end = start + fragment.length();
        QList<int> cuts{start, end};
        for (const Finding &finding : std::as_const(m_findings)) {
            if (finding.start >= end)
                break;
            if (finding.start > start)
                cuts.append(finding.start);
            if (finding.end() > start && finding.end() < end)
                cuts.append(finding.end());
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        const QTextCharFormat format = fragment.charFormat();
        const Wrap wrap = formatWrap(format, m_base);
        const QString text = fragment.text();
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const int from = cuts[i], to = cuts[i + 1];
            const QStringView piece = QStringView(text).mid(from - start, to - from);
            m_out += wrap.open;
            int spans = 0;
            for (const Finding &finding : std::as_const(m_findings)) {
                if (finding.start >= to)
                    break;
                if (finding.end() <= from)
                    continue;
                m_out += QStringLiteral("<span class=\"finding %1\" data-rule=\"%2\">")
                             .arg(severityClass(finding.severity), escaped(finding.ruleId));
                ++spans;
            }
            content(piece, format);
            for (int s = 0; s < spans; ++s)
                m_out += QLatin1String("</span>");
            m_out += wrap.close;
        }
    }

    void content(QStringView piece, const QTextCharFormat &format)
    {
        if (!format.isImageFormat()) {
            m_out += escaped(piece);
            return;
        }
        const QTextImageFormat image = format.toImageFormat();
        for (QChar c : piece) {
            if (c == QChar::ObjectReplacementCharacter)
                m_out += imageHtml(image);
        }
    }

    QFont m_base;
    Findings m_findings;
    QList<OpenList> m_lists;
    QString m_out;
};

} // namespace

QString previewBodyHtml(const QTextDocument &body, const Findings &findings)
{
    Writer writer(body, findings);
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next())
        writer.block(block);
    return writer.finish();
}

} // namespace permitted
