#pragma once
// Every rule as the rules reference shows it to a seller: its title, why Amazon has it and
// what to write instead in the interface language, its severity and source, and its bad and
// good examples (those of the interface language's rule pack, else English; the HTML snippets
// of the styling rules).

#include "detection/rule_catalog.h"
#include "detection/styling_examples.h"
#include "detection/text_view.h"

namespace permitted {

class Validator;

struct ReferenceExample {
    QString text;
    QList<Range> marks;   // where the rule fires, in a bad example
    bool html = false;    // HTML source, not message text
};

struct RuleReference {
    QString id;
    Severity severity = Severity::Error;
    QString source;
    RuleText text;
    QList<ReferenceExample> bad;
    QList<ReferenceExample> good;
};

// In the catalogue's order.
QList<RuleReference> ruleReference(const Validator &validator, const QList<StylingExample> &styling,
                                   const QString &uiLanguage);

} // namespace permitted
