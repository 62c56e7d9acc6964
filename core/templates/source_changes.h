#pragma once
// What changed in a template's source since a translation was last reviewed: the sentences of
// the source now that the reviewed source did not have, so that the translator sees which ones
// to look at again. Sentences are ICU's; spaces at their ends do not count as a change.

#include "detection/text_view.h"

#include <QList>

namespace permitted {

// The ranges of `now` holding sentences that `before` does not have, in `language`.
QList<Range> changedSentences(const QString &before, const QString &now, const QString &language);

} // namespace permitted
