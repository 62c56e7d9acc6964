#include "templates/source_changes.h"
#include "detection/icu_breaks.h"

#include <QSet>

namespace permitted {

QList<Range> changedSentences(const QString &before, const QString &now, const QString &language)
{
    // A set of sentences, not a line diff: a sentence moved elsewhere needs no new translation,
    // a word changed inside one does.
    QSet<QString> known;
    for (const Range &r : icuSegments(before, language, BreakKind::Sentence, false))
        known.insert(before.mid(r.start, r.length()).trimmed());
    QList<Range> changed;
    for (const Range &r : icuSegments(now, language, BreakKind::Sentence, false)) {
        const QString sentence = now.mid(r.start, r.length());
        const QString trimmed = sentence.trimmed();
        if (trimmed.isEmpty() || known.contains(trimmed))
            continue;
        // Without the spaces and line break that end it.
        const int lead = int(sentence.indexOf(trimmed));
        changed.append({r.start + lead, r.start + lead + int(trimmed.size())});
    }
    return changed;
}

} // namespace permitted
