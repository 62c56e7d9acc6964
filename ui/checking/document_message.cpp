#include "document_message.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextList>
#include <QRegularExpression>
#include <climits>

namespace permitted {
namespace {

// What QTextDocument has no format for, kept beside the text.
constexpr int kHiddenImageProperty = QTextFormat::UserProperty + 1;
constexpr const char *kSheetProperty = "permittedStyleSheet";

// A point is 4/3 of a CSS pixel; Qt's size adjustments are the HTML keyword sizes.
std::optional<double> sizePx(const QTextCharFormat &f)
{
    if (f.hasProperty(QTextFormat::FontPixelSize) && f.intProperty(QTextFormat::FontPixelSize) > 0)
        return f.intProperty(QTextFormat::FontPixelSize);
    if (f.hasProperty(QTextFormat::FontPointSize) && f.fontPointSize() > 0)
        return f.fontPointSize() * 4 / 3;
    if (f.hasProperty(QTextFormat::FontSizeAdjustment)) {
        static const double byStep[] = {10, 13, 16, 18, 24, 32, 48};   // -2 .. 4
        return byStep[std::clamp(f.intProperty(QTextFormat::FontSizeAdjustment) + 2, 0, 6)];
    }
    return std::nullopt;
}

CharacterStyle styleOf(const QTextCharFormat &f)
{
    CharacterStyle s;
    if (f.hasProperty(QTextFormat::FontFamilies)) {
        const QStringList families = f.fontFamilies().toStringList();
        if (!families.isEmpty())
            s.fontFamily = families.join(QLatin1String(", "));
    } else if (f.hasProperty(QTextFormat::FontFamily)) {
        s.fontFamily = f.stringProperty(QTextFormat::FontFamily);
    }
    s.fontSizePx = sizePx(f).value_or(0);
    // A link is drawn in the link colour by every mail client; the editor colours it the same way.
    if (f.hasProperty(QTextFormat::ForegroundBrush) && !f.isAnchor())
        s.color = f.foreground().color().name();
    s.bold = f.fontWeight() >= QFont::DemiBold;
    s.italic = f.fontItalic();
    s.underline = f.fontUnderline() && !f.isAnchor();
    return s;
}

Alignment alignmentOf(const QTextBlockFormat &f)
{
    if (!f.hasProperty(QTextFormat::BlockAlignment))
        return Alignment::Default;
    const Qt::Alignment horizontal = f.alignment() & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
    if (horizontal == Qt::AlignHCenter) return Alignment::Center;
    if (horizontal == Qt::AlignRight) return Alignment::Right;
    if (horizontal == Qt::AlignJustify) return Alignment::Justify;
    return Alignment::Left;
}

QString lineHeightOf(const QTextBlockFormat &f)
{
    switch (f.lineHeightType()) {
    case QTextBlockFormat::ProportionalHeight:
        return f.lineHeight() == 100 ? QString() : QStringLiteral("%1%").arg(f.lineHeight());
    case QTextBlockFormat::FixedHeight:
    case QTextBlockFormat::MinimumHeight:
        return QStringLiteral("%1px").arg(f.lineHeight());
    case QTextBlockFormat::LineDistanceHeight:
        return f.lineHeight() == 0 ? QString() : QStringLiteral("+%1px").arg(f.lineHeight());
    default:
        return {};
    }
}

Paragraph paragraphOf(const QTextBlock &block, const QTextDocument &document)
{
    const QTextBlockFormat f = block.blockFormat();
    Paragraph p;
    p.start = block.position();
    p.length = block.length() - 1;
    p.alignment = alignmentOf(f);
    p.lineHeight = lineHeightOf(f);
    const double indent = f.indent() * document.indentWidth() + std::max(0.0, f.textIndent());
    p.widestMarginPx = std::max({f.leftMargin() + (block.textList() ? 0 : indent), f.rightMargin(), f.topMargin(), f.bottomMargin()});
    if (const QTextList *list = block.textList()) {
        const auto style = list->format().style();
        p.list = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle || style == QTextListFormat::ListSquare
                     ? ListKind::Bullet : ListKind::Numbered;
    }
    p.headingLevel = f.headingLevel();
    return p;
}

// Qt's default paragraph spacing of HTML's <p> (12 px above and below) is the buyer's own too.
constexpr double kOrdinaryParagraphSpacingPx = 12;

} // namespace

Message messageFromDocuments(const QTextDocument &subject, const QTextDocument &body, Channel channel)
{
    Message m;
    m.channel = channel;
    // The subject is one line; a pasted line break in it reads as a space.
    m.subject = subject.toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
    m.body = body.toPlainText();
    Formatting &formatting = m.formatting;
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        Paragraph p = paragraphOf(block, body);
        if (p.widestMarginPx <= kOrdinaryParagraphSpacingPx)
            p.widestMarginPx = 0;
        formatting.paragraphs.append(p);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat f = format.toImageFormat();
                for (int i = 0; i < fragment.length(); ++i) {
                    Image image;
                    image.position = fragment.position() + i;
                    image.source = f.name();
                    if (f.width() > 0) image.widthPx = f.width();
                    if (f.height() > 0) image.heightPx = f.height();
                    if (f.hasProperty(QTextFormat::ImageAltText))
                        image.alt = f.stringProperty(QTextFormat::ImageAltText);
                    image.hidden = f.boolProperty(kHiddenImageProperty);
                    if (f.isAnchor())
                        image.linkHref = f.anchorHref();
                    formatting.images.append(image);
                }
            }
            const CharacterStyle style = styleOf(format);
            if (!(style == CharacterStyle{})) {
                QList<StyledRun> &runs = formatting.runs;
                if (!runs.isEmpty() && runs.back().start + runs.back().length == fragment.position() && runs.back().style == style)
                    runs.back().length += fragment.length();
                else
                    runs.append({fragment.position(), fragment.length(), style});
            }
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                // One link may be split into fragments by formatting (a bold word inside it).
                const QString href = format.anchorHref();
                if (!m.links.isEmpty() && m.links.back().href == href && m.links.back().start + m.links.back().length == fragment.position())
                    m.links.back().length += fragment.length();
                else
                    m.links.append({fragment.position(), fragment.length(), href});
            }
        }
    }
    const QStringList sheet = body.property(kSheetProperty).toStringList();
    for (qsizetype i = 0; i + 1 < sheet.size(); i += 2)
        formatting.sheet.append({sheet[i], sheet[i + 1]});
    return m;
}

void loadMessageIntoDocument(QTextDocument &document, const Message &message)
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
    const Formatting &formatting = message.formatting;
    const QString &body = message.body;

    auto charFormatAt = [&](int position) {
        QTextCharFormat f;
        for (const StyledRun &r : formatting.runs) {
            if (position < r.start || position >= r.start + r.length)
                continue;
            if (!r.style.fontFamily.isEmpty()) f.setFontFamilies({r.style.fontFamily});
            if (r.style.fontSizePx > 0) f.setProperty(QTextFormat::FontPixelSize, int(std::lround(r.style.fontSizePx)));
            if (!r.style.color.isEmpty()) f.setForeground(QColor::fromString(r.style.color));
            if (r.style.bold) f.setFontWeight(QFont::Bold);
            if (r.style.italic) f.setFontItalic(true);
            if (r.style.underline) f.setFontUnderline(true);
        }
        for (const Link &l : message.links)
            if (position >= l.start && position < l.start + l.length) {
                f.setAnchor(true);
                f.setAnchorHref(l.href);
            }
        return f;
    };
    auto blockFormatOf = [](const Paragraph &p) {
        QTextBlockFormat f;
        switch (p.alignment) {
        case Alignment::Center: f.setAlignment(Qt::AlignHCenter); break;
        case Alignment::Right: f.setAlignment(Qt::AlignRight | Qt::AlignAbsolute); break;
        case Alignment::Justify: f.setAlignment(Qt::AlignJustify); break;
        case Alignment::Left: f.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute); break;
        case Alignment::Default: break;
        }
        if (!p.lineHeight.isEmpty()) {
            bool percent = p.lineHeight.endsWith(u'%');
            const double n = QString(p.lineHeight).remove(QRegularExpression(QStringLiteral("[^0-9.]"))).toDouble();
            const bool unitless = !percent && !p.lineHeight.contains(QLatin1String("px"));
            if (percent || unitless)
                f.setLineHeight(unitless ? n * 100 : n, QTextBlockFormat::ProportionalHeight);
            else
                f.setLineHeight(n, QTextBlockFormat::FixedHeight);
        }
        const double spacing = std::max(p.widestMarginPx, p.widestPaddingPx);
        if (spacing > 0)
            f.setLeftMargin(spacing);
        if (p.headingLevel > 0)
            f.setHeadingLevel(p.headingLevel);
        return f;
    };

    // Where the formatting or a link may change: the text between two of these is one piece.
    std::vector<int> boundaries;
    for (const StyledRun &r : formatting.runs)
        boundaries.insert(boundaries.end(), {r.start, r.start + r.length});
    for (const Link &l : message.links)
        boundaries.insert(boundaries.end(), {l.start, l.start + l.length});
    std::sort(boundaries.begin(), boundaries.end());
    auto nextBoundary = [&](int after) {
        const auto it = std::upper_bound(boundaries.begin(), boundaries.end(), after);
        return it == boundaries.end() ? INT_MAX : *it;
    };

    QTextList *list = nullptr;
    ListKind listKind = ListKind::None;
    for (qsizetype i = 0; i < formatting.paragraphs.size(); ++i) {
        const Paragraph &p = formatting.paragraphs[i];
        if (i > 0)
            cursor.insertBlock(blockFormatOf(p), QTextCharFormat());
        else
            cursor.setBlockFormat(blockFormatOf(p));
        if (p.list != ListKind::None) {
            if (!list || listKind != p.list) {
                QTextListFormat lf;
                lf.setStyle(p.list == ListKind::Bullet ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal);
                list = cursor.createList(lf);
                listKind = p.list;
            } else {
                list->add(cursor.block());
            }
        } else {
            list = nullptr;
            listKind = ListKind::None;
        }
        // The paragraph's text, cut where its formatting or a link changes; a U+FFFC is its picture.
        int at = p.start;
        const int end = p.start + p.length;
        while (at < end) {
            if (body[at] == QChar(kObjectReplacement)) {
                QTextImageFormat image;
                const QTextCharFormat around = charFormatAt(at);
                image.merge(around);
                for (const Image &img : formatting.images) {
                    if (img.position != at)
                        continue;
                    image.setName(img.source);
                    if (img.widthPx) image.setWidth(*img.widthPx);
                    if (img.heightPx) image.setHeight(*img.heightPx);
                    if (img.alt) image.setProperty(QTextFormat::ImageAltText, *img.alt);
                    if (img.hidden) image.setProperty(kHiddenImageProperty, true);
                    if (!img.linkHref.isEmpty()) {
                        image.setAnchor(true);
                        image.setAnchorHref(img.linkHref);
                    }
                }
                cursor.insertImage(image);
                ++at;
                continue;
            }
            int next = std::min(end, nextBoundary(at));
            if (const qsizetype picture = body.indexOf(QChar(kObjectReplacement), at); picture >= 0 && picture < next)
                next = int(picture);
            cursor.insertText(body.mid(at, next - at), charFormatAt(at));
            at = next;
        }
    }
    cursor.endEditBlock();
    QStringList sheet;
    for (const SheetDeclaration &d : formatting.sheet)
        sheet << d.property << d.value;
    document.setProperty(kSheetProperty, sheet.isEmpty() ? QVariant() : QVariant(sheet));
}

} // namespace permitted
