#pragma once
// ICU break iteration over a QString without copying it. Break iterators are costly to create,
// so each thread keeps one per language and kind.

#include "detection/text_view.h"

namespace permitted {

enum class BreakKind { Sentence, Word, Grapheme };

// The segments of `text`, from the boundary `from` on and at most `limit` of them. With
// wordsOnly, only the segments ICU tags as words with letters, digits or ideographs (no spaces,
// no punctuation).
std::vector<Range> icuSegments(const QString &text, const QString &language, BreakKind kind,
                               bool wordsOnly, int from = 0, size_t limit = SIZE_MAX);

// The grapheme cluster of `text` that holds the UTF-16 unit at `index`.
Range graphemeAt(const QString &text, int index);

} // namespace permitted
