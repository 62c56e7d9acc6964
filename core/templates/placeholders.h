#pragma once
// The {{name}} slots of REASONS.md seen from outside the validator: which ones a template
// uses, and the text with the order's values put in.

#include "detection/text_view.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace permitted {

// The names of the placeholders in `texts`, each once, in order of first use.
QStringList placeholderNames(const QStringList &texts);

// One placeholder of a text and the value that replaces it.
struct PlaceholderFill {
    Range range;     // the placeholder, braces included, in the original text
    QString value;
};

// A text with every placeholder that has a non-empty value replaced by it; the others stay as
// they are, so that the validator still sees them as unfilled. Keeps the way between offsets
// of the two texts, for findings and formatting.
class FilledText {
public:
    FilledText(const QString &text, const QHash<QString, QString> &values);

    const QString &text() const { return m_text; }
    // In order of position.
    const QList<PlaceholderFill> &fills() const { return m_fills; }
    // A range of the filled text in the original: one that touches a value covers its whole
    // placeholder.
    Range toOriginal(Range filled) const;
    // A range of the original in the filled text, the other way.
    Range toFilled(Range original) const;

private:
    QString m_text;
    QList<PlaceholderFill> m_fills;
};

inline QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values)
{
    return FilledText(text, values).text();
}

} // namespace permitted
