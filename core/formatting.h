#pragma once
// How an HTML message looks, as far as Amazon's styling rules care: the formatting of each run
// of text, each paragraph's alignment and spacing, the pictures, and the style sheets. The HTML
// reader fills it from a file, the editor from its document; the styling rules read it, and the
// HTML writer writes it back out, so that what is copied is what was checked.
//
// Sizes are CSS pixels (a point is 4/3 px), the unit of Amazon's 600 px message column. Offsets
// are UTF-16 units of Message::body; a picture stands in the body as U+FFFC, as in QTextDocument.

#include <QList>
#include <QString>
#include <optional>

namespace permitted {

// The stand-in of a picture in the body text.
constexpr char16_t kObjectReplacement = u'\uFFFC';

// The width of Amazon's message column, which the width rules measure against.
constexpr double kMessageWidthPx = 600;
// The size the buyer's mail client sets text in when the message says nothing.
constexpr double kDefaultFontSizePx = 16;

// The size of a heading of level 1 to 6, as browsers set it.
constexpr double headingSizePx(int level)
{
    constexpr double em[] = {2, 1.5, 1.17, 1, 0.83, 0.67};
    return level >= 1 && level <= 6 ? kDefaultFontSizePx * em[level - 1] : kDefaultFontSizePx;
}

// What a run of text asks for beyond the buyer's defaults. Empty or zero: the default.
struct CharacterStyle {
    QString fontFamily;
    double fontSizePx = 0;
    QString color;           // as written: "#ff0000", "red", "rgb(...)"
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool operator==(const CharacterStyle &) const = default;
};

struct StyledRun {
    int start = 0;
    int length = 0;
    CharacterStyle style;
};

enum class Alignment { Default, Left, Center, Right, Justify };
enum class ListKind { None, Bullet, Numbered };

// A paragraph: a line of the body up to its line break, with how it is set.
struct Paragraph {
    int start = 0;
    int length = 0;          // without its line break
    Alignment alignment = Alignment::Default;
    QString lineHeight;      // as written ("2", "150%", "30px"); empty: the default
    double widestMarginPx = 0;    // the largest margin of its four sides
    double widestPaddingPx = 0;
    ListKind list = ListKind::None;
    int headingLevel = 0;    // 1 to 6 for a heading
};

struct Image {
    int position = 0;        // of its U+FFFC in the body
    QString source;          // the address as written
    std::optional<double> widthPx;    // unknown when the HTML gives none the tool can read
    std::optional<double> heightPx;
    std::optional<QString> alt;       // none: no alt attribute at all
    bool hidden = false;     // display:none, visibility:hidden, zero opacity
    QString linkHref;        // the link it sits in, if any
};

// A declaration of a <style> sheet that the styling rules judge ("font-family: Georgia"): a
// sheet styles elements the tool cannot match one by one, so each declaration counts as if it
// applied.
struct SheetDeclaration {
    QString property;
    QString value;
};

struct Formatting {
    QList<StyledRun> runs;        // only the runs whose style differs from the default
    QList<Paragraph> paragraphs;  // every paragraph, in order
    QList<Image> images;
    QList<SheetDeclaration> sheet;
};

} // namespace permitted
