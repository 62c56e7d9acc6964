#include "ignore_directives.h"

#include <QRegularExpression>
#include <algorithm>

namespace permitted {

namespace {

enum class DirectiveKind { IgnoreNextLine, Disable, Enable };

struct Directive {
    DirectiveKind kind;
    QSet<QString> rules;
};

// A directive's words, from the inside of a comment ("permitted-disable spelling emoji").
std::optional<Directive> parseDirective(QStringView comment)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*permitted-(ignore-next-line|disable|enable)((?:\\s+[a-z0-9-]+)*)\\s*$"));
    const auto m = shape.match(comment.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QString kind = m.captured(1);
    Directive d{kind == QLatin1String("disable") ? DirectiveKind::Disable
                : kind == QLatin1String("enable") ? DirectiveKind::Enable : DirectiveKind::IgnoreNextLine, {}};
    for (const QString &rule : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        d.rules.insert(rule.trimmed());
    return d;
}

// A whole line that is an HTML comment holding a directive.
std::optional<Directive> directiveLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (!trimmed.startsWith(QLatin1String("<!--")) || !trimmed.endsWith(QLatin1String("-->")))
        return std::nullopt;
    return parseDirective(trimmed.mid(4, trimmed.size() - 7));
}

// The stretches open since a disable; an enable closes those of its rules (or all).
class OpenStretches {
public:
    void disable(int at, const QSet<QString> &rules) { m_open.append({at, 0, rules}); }
    void enable(int at, const QSet<QString> &rules, QList<IgnoredStretch> &closed)
    {
        QList<IgnoredStretch> still;
        for (IgnoredStretch s : m_open) {
            const bool all = rules.isEmpty();
            if (!all && !s.rules.isEmpty() && !s.rules.intersects(rules)) {
                still.append(s);
                continue;
            }
            s.end = at;
            closed.append(s);
            // "disable" (every rule) then "enable emoji": every rule but emoji stays ignored,
            // which a stretch cannot say; the rules named are enabled only where they were named.
            if (!all && !s.rules.isEmpty()) {
                const QSet<QString> rest = s.rules - rules;
                if (!rest.isEmpty())
                    still.append({at, 0, rest});
            }
        }
        m_open = still;
    }
    void closeAll(int at, QList<IgnoredStretch> &closed) { enable(at, {}, closed); }

private:
    QList<IgnoredStretch> m_open;
};

// Where the line at or after `offset` ends: a comment at the start of a line is about that line.
std::pair<int, int> nextLine(const QString &body, int offset)
{
    int start = offset;
    if (start > 0 && start <= body.size() && body[start - 1] != QLatin1Char('\n')) {
        const qsizetype nl = body.indexOf(QLatin1Char('\n'), start);
        start = nl < 0 ? int(body.size()) : int(nl + 1);
    }
    const qsizetype end = body.indexOf(QLatin1Char('\n'), start);
    return {start, end < 0 ? int(body.size()) : int(end)};
}

} // namespace

TextWithoutDirectives takeOutDirectives(const QString &text)
{
    TextWithoutDirectives out;
    OpenStretches open;
    std::optional<QSet<QString>> nextLineRules;   // the line to come is ignored for these
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), from);
        const qsizetype end = nl < 0 ? text.size() : nl;
        const QStringView line = QStringView(text).mid(from, end - from);
        const qsizetype lineLength = end - from + (nl < 0 ? 0 : 1);
        if (const auto d = directiveLine(line)) {
            const int at = int(out.message.size());
            if (d->kind == DirectiveKind::IgnoreNextLine)
                nextLineRules = d->rules;
            else if (d->kind == DirectiveKind::Disable)
                open.disable(at, d->rules);
            else
                open.enable(at, d->rules, out.ignored);
            out.removed.append({at, int(lineLength)});
        } else {
            const int at = int(out.message.size());
            out.message += text.mid(from, lineLength);
            if (nextLineRules) {
                out.ignored.append({at, at + int(line.size()), *nextLineRules});
                nextLineRules.reset();
            }
        }
        if (nl < 0)
            break;
        from = nl + 1;
    }
    open.closeAll(int(out.message.size()) + 1, out.ignored);
    return out;
}

QList<IgnoredStretch> ignoredByComments(const QList<HtmlComment> &comments, const QString &body)
{
    QList<IgnoredStretch> ignored;
    OpenStretches open;
    for (const HtmlComment &c : comments) {
        const auto d = parseDirective(c.text);
        if (!d)
            continue;
        if (d->kind == DirectiveKind::IgnoreNextLine) {
            const auto [start, end] = nextLine(body, c.bodyOffset);
            ignored.append({start, end, d->rules});
        } else if (d->kind == DirectiveKind::Disable) {
            open.disable(c.bodyOffset, d->rules);
        } else {
            open.enable(c.bodyOffset, d->rules, ignored);
        }
    }
    open.closeAll(int(body.size()) + 1, ignored);
    return ignored;
}

void dropIgnored(const QList<IgnoredStretch> &ignored, Findings &findings)
{
    if (ignored.isEmpty())
        return;
    findings.removeIf([&](const Finding &f) {
        if (f.part != Part::Body)
            return false;
        return std::any_of(ignored.begin(), ignored.end(), [&](const IgnoredStretch &s) {
            return f.start >= s.start && f.start < std::max(s.end, s.start + 1)
                   && (s.rules.isEmpty() || s.rules.contains(f.ruleId));
        });
    });
}

void restoreFilePositions(const QList<RemovedText> &removed, Findings &findings)
{
    if (removed.isEmpty())
        return;
    // What was taken out where a stretch starts came before it in the file; where it ends, after.
    const auto toFile = [&](int position, bool end) {
        int shift = 0;
        for (const RemovedText &r : removed) {
            if (end ? r.position >= position : r.position > position)
                break;
            shift += r.length;
        }
        return position + shift;
    };
    for (Finding &f : findings) {
        if (f.part != Part::Body)
            continue;
        const int end = toFile(f.end(), true);
        f.start = toFile(f.start, false);
        f.length = std::max(0, end - f.start);
        if (f.fix && f.fix->kind == FixKind::ReplaceText) {
            const int fixEnd = toFile(f.fix->start + f.fix->length, true);
            f.fix->start = toFile(f.fix->start, false);
            f.fix->length = std::max(0, fixEnd - f.fix->start);
        }
    }
}

} // namespace permitted
