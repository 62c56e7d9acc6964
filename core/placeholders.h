#pragma once
// The {{name}} slots of REASONS.md seen from outside the validator: which ones a template
// uses, and the text with the order's values put in.

#include <QHash>
#include <QString>
#include <QStringList>

namespace permitted {

// The names of the placeholders in `texts`, each once, in order of first use.
QStringList placeholderNames(const QStringList &texts);

// `text` with every placeholder that has a non-empty value in `values` replaced by it; the
// others stay as they are, so that the validator still sees them as unfilled.
QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values);

} // namespace permitted
