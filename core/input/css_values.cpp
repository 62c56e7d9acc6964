// Written here rather than taken from a library: the reader needs a style attribute's
// declarations and a handful of units, which is a split and a table; the CSS engines packaged for
// Debian (litehtml) compute a whole layout through a drawing interface to get there.

#include "input/css_values.h"
#include "formatting.h"

#include <QRegularExpression>
#include <array>

namespace permitted::css {

QList<Declaration> parseDeclarations(const QString &text)
{
    QList<Declaration> out;
    QString current;
    QChar quote;
    int parentheses = 0;
    auto flush = [&] {
        const qsizetype colon = current.indexOf(u':');
        if (colon > 0) {
            Declaration d{current.left(colon).trimmed().toLower(), current.mid(colon + 1).trimmed()};
            static const QRegularExpression important(QStringLiteral("\\s*!\\s*important\\s*$"),
                                                      QRegularExpression::CaseInsensitiveOption);
            d.value.remove(important);
            if (!d.property.isEmpty() && !d.value.isEmpty())
                out.append(d);
        }
        current.clear();
    };
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++parentheses;
        } else if (c == u')') {
            parentheses = std::max(0, parentheses - 1);
        } else if (c == u';' && parentheses == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return out;
}

std::optional<double> lengthPx(const QString &value, double fontSizePx, double percentOf)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*(px|pt|pc|em|rem|ex|%|in|cm|mm|vw)?\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = shape.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit.isEmpty() || unit == QLatin1String("px")) return n;
    if (unit == QLatin1String("pt")) return n * 4 / 3;
    if (unit == QLatin1String("pc")) return n * 16;
    if (unit == QLatin1String("em")) return n * fontSizePx;
    if (unit == QLatin1String("rem")) return n * 16;
    if (unit == QLatin1String("ex")) return n * fontSizePx / 2;
    if (unit == QLatin1String("%") || unit == QLatin1String("vw")) return n * percentOf / 100;
    if (unit == QLatin1String("in")) return n * 96;
    if (unit == QLatin1String("cm")) return n * 96 / 2.54;
    if (unit == QLatin1String("mm")) return n * 96 / 25.4;
    return std::nullopt;
}

std::optional<double> fontSizePx(const QString &value, double parentPx)
{
    // The absolute keywords, as browsers size them for a 16 px default.
    static const std::array<std::pair<const char *, double>, 8> keywords = {{
        {"xx-small", 9}, {"x-small", 10}, {"small", 13}, {"medium", 16},
        {"large", 18}, {"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48}}};
    const QString v = value.trimmed().toLower();
    for (const auto &[name, px] : keywords)
        if (v == QLatin1String(name))
            return px;
    if (v == QLatin1String("larger")) return parentPx * 1.2;
    if (v == QLatin1String("smaller")) return parentPx / 1.2;
    return lengthPx(v, parentPx, parentPx);
}

std::optional<double> legacyFontSizePx(const QString &value)
{
    static const std::array<double, 7> sizes = {10, 13, 16, 18, 24, 32, 48};
    bool ok = false;
    const QString v = value.trimmed();
    int n = v.toInt(&ok);
    if (!ok)
        return std::nullopt;
    if (v.startsWith(u'+') || v.startsWith(u'-'))
        n += 3;
    return sizes[size_t(std::clamp(n, 1, 7) - 1)];
}

std::optional<double> widestSidePx(const QString &value, double fontSizePx)
{
    std::optional<double> widest;
    for (const QString &side : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        if (const auto px = lengthPx(side, fontSizePx, kMessageWidthPx))
            widest = std::max(widest.value_or(*px), *px);
    return widest;
}

} // namespace permitted::css
