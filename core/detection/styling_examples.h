#pragma once
// The examples of the HTML channel's styling rules, resources/rules/html/<rule>.json, read for
// their tests and for the rules reference: HTML snippets that must fire their rule (and, when
// "fix" is true, stop firing once the findings' fixes are applied) or must not fire it. Read
// strictly: an unknown key is refused, naming the file and the key.

#include <QList>
#include <QString>
#include <optional>

namespace permitted {

struct StylingExample {
    QString rule;
    QString html;
    bool bad = false;
    bool fixable = false;
};

// Every example of every file under `rulesRoot`/html; nothing, and why, when a file is malformed.
std::optional<QList<StylingExample>> loadStylingExamples(const QString &rulesRoot, QString *error);

} // namespace permitted
