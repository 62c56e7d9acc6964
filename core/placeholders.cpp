#include "placeholders.h"
#include "entities.h"

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

QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values)
{
    QString filled;
    int copied = 0;
    for (const Placeholder &p : placeholdersOf(text)) {
        const QString value = values.value(p.name).trimmed();
        if (value.isEmpty())
            continue;
        filled += QStringView(text).mid(copied, p.range.start - copied);
        filled += value;
        copied = p.range.end;
    }
    filled += QStringView(text).mid(copied);
    return filled;
}

} // namespace permitted
