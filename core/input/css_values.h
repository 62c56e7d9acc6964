#pragma once
// The few CSS values the HTML reader needs to understand: a style attribute's declarations,
// lengths in pixels, font sizes, and whether a value hides an element. Not a CSS engine: the
// cascade of a style sheet is not computed (see SheetDeclaration).

#include <QList>
#include <QString>
#include <optional>

namespace permitted::css {

struct Declaration {
    QString property;   // lower case
    QString value;      // trimmed, without "!important"
};

// "color: red; font-family: 'A; B'" into its declarations; what cannot be a declaration is
// skipped, as a browser skips it.
QList<Declaration> parseDeclarations(const QString &text);

// A length in CSS pixels: "12px", "9pt", "1.5em" (of `fontSizePx`), "20%" (of `percentOf`), or a
// bare number (pixels, as HTML attributes give them). Nothing for "auto" or what is no length.
std::optional<double> lengthPx(const QString &value, double fontSizePx, double percentOf);

// A font size in pixels: a length, a keyword ("large", "smaller"), relative to the parent's.
std::optional<double> fontSizePx(const QString &value, double parentPx);

// The size of <font size="1".."7"> (or "+1", "-2") in pixels.
std::optional<double> legacyFontSizePx(const QString &value);

// The largest of the sides of a "margin" or "padding" shorthand ("0 150px", "10px 20%").
std::optional<double> widestSidePx(const QString &value, double fontSizePx);

} // namespace permitted::css
