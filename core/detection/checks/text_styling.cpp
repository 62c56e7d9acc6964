// font-sizes, font-override, text-alignment and margin-width: how the text of an HTML message is
// set. Amazon lets the buyer's mail client choose the font, its colour and the line spacing,
// allows three sizes at most, no alignment but the default, and margins of at most a fifth of
// its 600 px column. A style sheet's declarations count wherever they would apply: the finding
// is about the whole message.

#include "detection/checks/checks.h"
#include "input/css_values.h"

#include <QMap>
#include <cmath>

namespace permitted {
namespace {

constexpr double kMaxSpacingPx = 0.2 * kMessageWidthPx;

bool isInk(QChar c)
{
    return !c.isSpace() && c != QChar(kObjectReplacement);
}

bool hasInk(const QString &body, int start, int length)
{
    const int end = std::min(int(body.size()), start + length);
    for (int i = std::max(0, start); i < end; ++i)
        if (isInk(body[i]))
            return true;
    return false;
}

double roundedSize(double px)
{
    return std::round(px * 2) / 2;   // 16 and 16.0001 px are one size
}

// A finding over [start, start + length) of the body with a fix of `kind` over the same stretch.
Finding styleFinding(const CheckInput &in, const QString &rule, int start, int length, FixKind kind)
{
    Finding f = in.finding(rule, Part::Body, {start, start + length});
    f.fix = Fix{start, length, {}, kind};
    return f;
}

// Adjacent or overlapping stretches with the same finding become one.
void appendMerged(Findings &out, Finding f)
{
    if (!out.isEmpty()) {
        Finding &last = out.back();
        if (last.ruleId == f.ruleId && last.fix && f.fix && last.fix->kind == f.fix->kind && last.end() >= f.start - 1
            && last.note.isEmpty() && f.note.isEmpty()) {
            const int end = std::max(last.end(), f.end());
            last.length = end - last.start;
            last.fix->length = last.length;
            return;
        }
    }
    out.append(std::move(f));
}

void checkFontSizes(const CheckInput &in, const QString &body, Findings &out)
{
    // Characters set in each size; the default size covers the ink no run sizes.
    QMap<double, int> inkBySize;
    int sizedInk = 0, allInk = 0;
    for (const QChar c : body)
        allInk += isInk(c) ? 1 : 0;
    for (const StyledRun &r : in.message.formatting.runs) {
        if (r.style.fontSizePx <= 0)
            continue;
        int ink = 0;
        for (int i = r.start; i < std::min(int(body.size()), r.start + r.length); ++i)
            ink += isInk(body[i]) ? 1 : 0;
        if (ink == 0)
            continue;
        inkBySize[roundedSize(r.style.fontSizePx)] += ink;
        sizedInk += ink;
    }
    if (allInk > sizedInk)
        inkBySize[kDefaultFontSizePx] += allInk - sizedInk;
    if (inkBySize.size() <= 3)
        return;
    // Keep the default and the sizes most text is set in; the others are the problem.
    QList<std::pair<int, double>> bySpread;
    for (auto it = inkBySize.begin(); it != inkBySize.end(); ++it)
        bySpread.append({it.key() == kDefaultFontSizePx ? INT_MAX : it.value(), it.key()});
    std::sort(bySpread.begin(), bySpread.end(), std::greater<>());
    QList<double> kept;
    for (int i = 0; i < 3; ++i)
        kept << bySpread[i].second;
    for (const StyledRun &r : in.message.formatting.runs)
        if (r.style.fontSizePx > 0 && !kept.contains(roundedSize(r.style.fontSizePx)) && hasInk(body, r.start, r.length))
            appendMerged(out, styleFinding(in, QStringLiteral("font-sizes"), r.start, r.length, FixKind::ClearFontSize));
}

void checkFontOverride(const CheckInput &in, const QString &body, Findings &out)
{
    Findings found;
    for (const StyledRun &r : in.message.formatting.runs)
        if ((!r.style.fontFamily.isEmpty() || !r.style.color.isEmpty()) && hasInk(body, r.start, r.length))
            appendMerged(found, styleFinding(in, QStringLiteral("font-override"), r.start, r.length, FixKind::ClearFontOverride));
    for (const Paragraph &p : in.message.formatting.paragraphs)
        if (!p.lineHeight.isEmpty() && hasInk(body, p.start, p.length))
            appendMerged(found, styleFinding(in, QStringLiteral("font-override"), p.start, p.length, FixKind::ClearFontOverride));
    out.append(found);
}

void checkParagraphs(const CheckInput &in, const QString &body, Findings &out)
{
    for (const Paragraph &p : in.message.formatting.paragraphs) {
        if (!hasInk(body, p.start, p.length) && !body.mid(p.start, p.length).contains(QChar(kObjectReplacement)))
            continue;
        if (p.alignment == Alignment::Center || p.alignment == Alignment::Right || p.alignment == Alignment::Justify)
            out.append(styleFinding(in, QStringLiteral("text-alignment"), p.start, p.length, FixKind::ClearAlignment));
        if (p.widestMarginPx > kMaxSpacingPx || p.widestPaddingPx > kMaxSpacingPx)
            out.append(styleFinding(in, QStringLiteral("margin-width"), p.start, p.length, FixKind::ClearSpacing));
    }
}

// A sheet's declaration that a rule forbids, said once per rule about the whole message.
void checkSheet(const CheckInput &in, Findings &out)
{
    QSet<QString> reported;
    for (const SheetDeclaration &d : in.message.formatting.sheet) {
        const QString v = d.value.trimmed().toLower();
        QString rule;
        if (d.property == QLatin1String("font-family") || d.property == QLatin1String("color")
            || (d.property == QLatin1String("line-height") && v != QLatin1String("normal"))
            || (d.property == QLatin1String("font") && !v.isEmpty()))
            rule = QStringLiteral("font-override");
        else if (d.property == QLatin1String("text-align")
                 && (v == QLatin1String("center") || v == QLatin1String("right") || v == QLatin1String("justify")))
            rule = QStringLiteral("text-alignment");
        else if (d.property.startsWith(QLatin1String("margin")) || d.property.startsWith(QLatin1String("padding"))) {
            const auto widest = d.property.contains(u'-') ? css::lengthPx(v, kDefaultFontSizePx, kMessageWidthPx)
                                                         : css::widestSidePx(v, kDefaultFontSizePx);
            const bool wide = widest && *widest > kMaxSpacingPx;
            if (wide)
                rule = QStringLiteral("margin-width");
        }
        if (rule.isEmpty() || reported.contains(rule))
            continue;
        reported.insert(rule);
        Finding f = in.finding(rule, Part::Body, {0, 0});
        f.note = QStringLiteral("sheet");
        f.noteArgs << QStringLiteral("%1: %2").arg(d.property, d.value);
        f.fix = Fix{0, 0, {}, FixKind::RemoveStyleSheet};
        out.append(f);
    }
}

} // namespace

void checkTextStyling(const CheckInput &in, Findings &out)
{
    if (in.message.channel != Channel::Html)
        return;
    const QString &body = in.message.body;
    checkFontSizes(in, body, out);
    checkFontOverride(in, body, out);
    checkParagraphs(in, body, out);
    checkSheet(in, out);
}

} // namespace permitted
