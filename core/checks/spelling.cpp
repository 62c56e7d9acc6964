// spelling: words the buyer language's Hunspell dictionary rejects. Placeholders, links, e-mail
// addresses, order IDs, numbers, words with digits and words in the user's dictionary are
// skipped. Elided forms ("l'adresse", "dell'ordine") are checked part by part when the
// dictionary does not know them whole.

#include "checks.h"
#include "../languages.h"
#include "../spell_checker.h"

namespace permitted {
namespace {

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

bool isCorrect(const SpellChecker &spelling, const QString &dictionary, const QString &word)
{
    if (spelling.isCorrect(dictionary, word))
        return true;
    const qsizetype apostrophe = word.indexOf(QLatin1Char('\''));
    if (apostrophe > 0 && apostrophe < word.size() - 1) {
        return spelling.isCorrect(dictionary, word.left(apostrophe + 1))
               && spelling.isCorrect(dictionary, word.mid(apostrophe + 1));
    }
    return false;
}

} // namespace

void checkSpelling(const CheckInput &in, Findings &out)
{
    const QString dictionary = dictionaryName(in.context.language, in.context.marketplace);
    if (dictionary.isEmpty() || !in.spelling.hasDictionary(dictionary))
        return;
    const BuyerLanguage *language = findBuyerLanguage(in.context.language);
    for (const PartInput *part : {&in.subject, &in.body}) {
        for (const Range &r : part->view.words()) {
            const QStringView raw = QStringView(part->view.folded()).mid(r.start, r.length());
            if (r.length() < 2 || hasDigit(raw) || part->entities.covers(r))
                continue;
            // A word ICU ends with an apostrophe ("clients'") is checked without it.
            QString word = raw.toString();
            while (word.endsWith(QLatin1Char('\'')))
                word.chop(1);
            if (word.size() < 2 || isCorrect(in.spelling, dictionary, word))
                continue;
            Finding f = in.finding(QStringLiteral("spelling"), part->part, r);
            f.noteArgs << QStringLiteral("\u201C%1\u201D").arg(raw) << (language ? language->englishName : in.context.language);
            out.append(f);
        }
    }
}

} // namespace permitted
