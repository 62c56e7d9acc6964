#pragma once
// ICU's word-like segments of a text (UAX #29 words with letters, digits or ideographs), found
// faster than by ICU alone.
//
// Most of a message is plain words: ASCII letters and digits and Latin-1 letters (é, ß), an
// apostrophe inside ("you're"), maybe a full stop or comma after, between white space. UAX #29
// puts no boundary inside such a word (rules WB5-WB12) and one on each side of it, where it meets
// its mark, white space or the text's edge (WB1-WB3b, WB999), so each is one word-like segment.
// ICU's cost goes by characters and by boundaries, so each run of plain words is shown to ICU as
// a single letter, which has the same neighbours and so the same boundaries around it, and its
// words are filled in here. Everything else (brackets, quotes, hyphens, other scripts, marks
// after a space) is segmented by ICU as it stands. The tests compare the result with ICU's own on
// every example text of every language.

#include "detection/text_view.h"

#include <QString>
#include <vector>

namespace permitted {

std::vector<Range> wordSegments(const QString &text, const QString &language);

} // namespace permitted
