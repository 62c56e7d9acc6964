#include "document_fixes.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>

namespace permitted {
namespace {

// Rewrites the character format of every fragment in [start, end) with `change`. The fragments
// are listed first: setting a format splits and merges them under an iterator.
template <typename Change>
void changeCharFormats(QTextDocument &document, int start, int end, Change change)
{
    struct Piece { int from; int to; QTextCharFormat format; };
    std::vector<Piece> pieces;
    for (QTextBlock block = document.findBlock(start); block.isValid() && block.position() < end; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from < to)
                pieces.push_back({from, to, fragment.charFormat()});
        }
    }
    QTextCursor cursor(&document);
    for (Piece &p : pieces) {
        change(p.format);
        cursor.setPosition(p.from);
        cursor.setPosition(p.to, QTextCursor::KeepAnchor);
        cursor.setCharFormat(p.format);
    }
}

template <typename Change>
void changeBlockFormats(QTextDocument &document, int start, int end, Change change)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.findBlock(start); block.isValid() && block.position() <= std::max(start, end - 1); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        change(format);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

bool changeImage(QTextDocument &document, int position, const std::function<bool(QTextImageFormat &)> &change)
{
    QTextCursor cursor(&document);
    cursor.setPosition(position);
    cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
    const QTextCharFormat format = cursor.charFormat();
    if (cursor.selectedText() != QString(QChar(QChar::ObjectReplacementCharacter)) || !format.isImageFormat())
        return false;
    QTextImageFormat image = format.toImageFormat();
    if (!change(image))
        return false;
    cursor.setCharFormat(image);
    return true;
}

} // namespace

bool applyFixToDocument(QTextDocument &document, const Fix &fix)
{
    const int end = fix.start + fix.length;
    if (fix.start < 0 || end > document.characterCount())
        return false;
    QTextCursor edit(&document);
    edit.beginEditBlock();
    bool done = true;
    switch (fix.kind) {
    case FixKind::ReplaceText:
        edit.setPosition(fix.start);
        edit.setPosition(end, QTextCursor::KeepAnchor);
        edit.insertText(fix.replacement);
        break;
    case FixKind::ClearFontSize:
        changeCharFormats(document, fix.start, end, [](QTextCharFormat &f) {
            f.clearProperty(QTextFormat::FontPixelSize);
            f.clearProperty(QTextFormat::FontPointSize);
            f.clearProperty(QTextFormat::FontSizeAdjustment);
        });
        break;
    case FixKind::ClearFontOverride:
        changeCharFormats(document, fix.start, end, [](QTextCharFormat &f) {
            f.clearProperty(QTextFormat::FontFamilies);
            f.clearProperty(QTextFormat::FontFamily);
            if (!f.isAnchor())
                f.clearForeground();
        });
        changeBlockFormats(document, fix.start, end, [](QTextBlockFormat &f) {
            f.clearProperty(QTextFormat::LineHeight);
            f.clearProperty(QTextFormat::LineHeightType);
        });
        break;
    case FixKind::ClearAlignment:
        changeBlockFormats(document, fix.start, end, [](QTextBlockFormat &f) { f.clearProperty(QTextFormat::BlockAlignment); });
        break;
    case FixKind::ClearSpacing:
        changeBlockFormats(document, fix.start, end, [](QTextBlockFormat &f) {
            for (int p : {QTextFormat::BlockLeftMargin, QTextFormat::BlockRightMargin, QTextFormat::BlockIndent, QTextFormat::TextIndent})
                f.clearProperty(p);
        });
        break;
    case FixKind::SetImageSource:
        done = changeImage(document, fix.start, [&](QTextImageFormat &i) { i.setName(fix.replacement); return true; });
        break;
    case FixKind::FitImageWidth:
        done = changeImage(document, fix.start, [&](QTextImageFormat &i) {
            const double width = fix.replacement.toDouble();
            if (i.width() > 0 && i.height() > 0)
                i.setHeight(i.height() * width / i.width());
            i.setWidth(width);
            return true;
        });
        break;
    case FixKind::DescribeImage:
        done = !fix.replacement.trimmed().isEmpty() && changeImage(document, fix.start, [&](QTextImageFormat &i) {
            i.setProperty(QTextFormat::ImageAltText, fix.replacement.trimmed());
            return true;
        });
        break;
    case FixKind::RemoveStyleSheet:
        document.setProperty("permittedStyleSheet", QVariant());
        // The sheet lives beside the text, outside the undo history: say it changed.
        document.markContentsDirty(0, document.characterCount());
        break;
    }
    edit.endEditBlock();
    return done;
}

} // namespace permitted
