#pragma once
// Ignore comments, the way linters have them, in text and HTML files alike, each on a line of
// its own:
//   <!-- permitted-ignore-next-line [RULE...] -->   nothing (or none of these rules) on the next line
//   <!-- permitted-disable [RULE...] -->            nothing from here ...
//   <!-- permitted-enable [RULE...] -->             ... to here (or the end of the message)
// In a text file a directive's line is not part of the message: it is taken out before the
// check, and the findings' positions are put back into the file's.

#include "finding.h"
#include "input/html_reader.h"

#include <QList>
#include <QSet>
#include <QString>

namespace permitted {

// Where, in the message's body, findings of some rules (every rule when `rules` is empty) are
// ignored: [start, end).
struct IgnoredStretch {
    int start = 0;
    int end = 0;
    QSet<QString> rules;
};

// Stretches of a file's text taken out of the message: at `position` in the message, `length`
// characters of the file.
struct RemovedText {
    int position = 0;
    int length = 0;
};

struct TextWithoutDirectives {
    QString message;                    // the body as checked
    QList<IgnoredStretch> ignored;      // in the message's positions
    QList<RemovedText> removed;         // in order
};

TextWithoutDirectives takeOutDirectives(const QString &text);
QList<IgnoredStretch> ignoredByComments(const QList<HtmlComment> &comments, const QString &body);

// Drops the body's findings that a stretch ignores.
void dropIgnored(const QList<IgnoredStretch> &ignored, Findings &findings);
// The body's positions of `findings` (and their fixes) moved from the message's to the file's.
void restoreFilePositions(const QList<RemovedText> &removed, Findings &findings);

} // namespace permitted
