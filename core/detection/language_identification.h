#pragma once
// Which language a message is written in, by CLD2 (Compact Language Detector 2, made for this
// job): microseconds for a message, no dictionary loaded. It answers only when confident; the
// language-mismatch rule reports what it says, and spelling does not judge, word by word in the
// buyer's language, a message written in another.

#include "detection/entities.h"
#include "detection/text_view.h"

#include <QString>
#include <functional>
#include <optional>

namespace permitted {

struct WrittenLanguage {
    QString code;          // a buyer-language code where it is one ("pt"), else CLD2's ("ca")
    QString englishName;   // "Portuguese", "Catalan"
};

// The language the text is written in, when CLD2 is confident that it is not `buyerLanguage`:
// enough text, a reliable answer, and most of the text in that language. Placeholders, links and
// addresses are left out (their names are English words). `knowsWord` says whether the buyer
// language's dictionary knows a word (empty without a dictionary): a text whose words it nearly
// all knows is in the buyer's language, and CLD2 need not read it.
std::optional<WrittenLanguage> otherLanguageThan(const QString &buyerLanguage, const TextView &view,
                                                 const Entities &entities,
                                                 const std::function<bool(QStringView)> &knowsWord);

} // namespace permitted
