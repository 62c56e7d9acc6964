#include "templates/placeholders.h"
#include "detection/entities.h"

namespace permitted {

namespace {

// Placeholders are ASCII, so the language of the view does not matter.
std::vector<Placeholder> placeholdersOf(const QString &text)
{
    if (!text.contains(QLatin1String("{{")))
        return {};
    return findPlaceholders(TextView(text, QStringLiteral("en")));
}

} // namespace

QStringList placeholderNames(const QStringList &texts)
{
    QStringList names;
    for (const QString &text : texts)
        for (const Placeholder &p : placeholdersOf(text))
            if (!names.contains(p.name))
                names << p.name;
    return names;
}

FilledText::FilledText(const QString &text, const QHash<QString, QString> &values)
{
    int copied = 0;
    for (const Placeholder &p : placeholdersOf(text)) {
        const QString value = values.value(p.name).trimmed();
        if (value.isEmpty())
            continue;
        m_fills.append({p.range, value});
        m_text += QStringView(text).mid(copied, p.range.start - copied);
        m_text += value;
        copied = p.range.end;
    }
    m_text += QStringView(text).mid(copied);
}

Range FilledText::toFilled(Range original) const
{
    // Each offset moves by what the fills before it changed; one inside a placeholder goes to
    // the edge of its value.
    auto map = [&](int at, bool isEnd) {
        int shift = 0;
        for (const PlaceholderFill &f : m_fills) {
            if (at <= f.range.start && !(isEnd && at > f.range.start))
                break;
            if (at < f.range.end)
                return f.range.start + shift + (isEnd ? int(f.value.size()) : 0);
            shift += int(f.value.size()) - f.range.length();
        }
        return at + shift;
    };
    return {map(original.start, false), std::max(map(original.start, false), map(original.end, true))};
}

Range FilledText::toOriginal(Range filled) const
{
    auto map = [&](int at, bool isEnd) {
        int shift = 0;
        for (const PlaceholderFill &f : m_fills) {
            const int valueStart = f.range.start + shift;
            const int valueEnd = valueStart + int(f.value.size());
            if (at <= valueStart && !(isEnd && at > valueStart))
                break;
            if (at < valueEnd)
                return isEnd ? f.range.end : f.range.start;
            shift += int(f.value.size()) - f.range.length();
        }
        return at - shift;
    };
    return {map(filled.start, false), std::max(map(filled.start, false), map(filled.end, true))};
}

} // namespace permitted
