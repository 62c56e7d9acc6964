// language-mismatch: the message is not in the buyer's language. Each language is judged by the
// share of the message's words its Hunspell dictionary knows, and by script for the languages
// without a dictionary (Japanese, Chinese). It fires only when confident: enough words, the
// buyer's language doubtful and another fitting clearly better. Capitalised words (names,
// products) and everything the entities pass found are left out of the count.

#include "checks.h"
#include "../languages.h"
#include "../spell_checker.h"

#include <unicode/uscript.h>

namespace permitted {
namespace {

constexpr int kMinWords = 8;              // fewer words: too little to judge
constexpr int kSampleWords = 40;          // enough to judge; a long message is not read to the end
constexpr double kBuyerDoubt = 0.85;      // the buyer's dictionary knows fewer: look at the others
constexpr double kOtherFits = 0.8;        // another knows at least 80% of the words ...
constexpr double kMargin = 0.25;          // ... and clearly more than the buyer's

struct Sample {
    std::vector<QStringView> words;   // lower-case alphabetic words, for the dictionaries
    int han = 0, kana = 0, hangul = 0, arabic = 0, letters = 0;
};

Sample sampleOf(const PartInput &part)
{
    Sample s;
    const TextView &view = part.view;
    EntityCursor entities(part.entities);
    for (const Range &r : view.words()) {
        if (int(s.words.size()) >= kSampleWords)
            break;
        if (entities.covers(r))
            continue;
        const QStringView w = QStringView(view.folded()).mid(r.start, r.length());
        for (QChar c : w) {
            if (!c.isLetter())
                continue;
            ++s.letters;
            UErrorCode status = U_ZERO_ERROR;
            switch (uscript_getScript(c.unicode(), &status)) {
            case USCRIPT_HAN: ++s.han; break;
            case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: ++s.kana; break;
            case USCRIPT_HANGUL: ++s.hangul; break;
            case USCRIPT_ARABIC: ++s.arabic; break;
            default: break;
            }
        }
        if (w.size() < 2 || w.front().isUpper() || std::any_of(w.begin(), w.end(), [](QChar c) { return !c.isLetter() && c != u'\''; }))
            continue;
        s.words.push_back(w);
    }
    return s;
}

double knownShare(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary,
                  const std::vector<QStringView> &words)
{
    int known = 0;
    for (QStringView w : words)
        known += spelling.isCorrect(dictionary, w) ? 1 : 0;
    return words.empty() ? 0 : double(known) / double(words.size());
}

// The language the script alone says, when it says one.
QString languageByScript(const Sample &s)
{
    if (s.letters < 12)
        return {};
    if (s.kana * 10 >= s.letters) return QStringLiteral("ja");
    if (s.han * 2 >= s.letters) return QStringLiteral("zh");
    if (s.arabic * 2 >= s.letters) return QStringLiteral("ar");
    if ((s.han + s.kana + s.hangul + s.arabic) * 10 < s.letters) return QStringLiteral("latin");
    return {};
}

} // namespace

void checkLanguageMismatch(const CheckInput &in, Findings &out)
{
    const QString buyer = in.context.language;
    const Sample sample = sampleOf(in.body);
    QString detected;
    const QString script = languageByScript(sample);
    const bool buyerWritesLatin = buyer != QLatin1String("ja") && buyer != QLatin1String("zh")
                                  && buyer != QLatin1String("ar");
    if (!script.isEmpty() && script != QLatin1String("latin") && script != buyer) {
        detected = script;
    } else if (script == QLatin1String("latin") && !buyerWritesLatin) {
        detected = QStringLiteral("latin");
    }
    if (detected.isEmpty() && script == QLatin1String("latin") && int(sample.words.size()) >= kMinWords) {
        const SpellChecker::Dictionary *buyerDictionary =
            in.spelling.dictionary(dictionaryName(buyer, in.context.marketplace));
        if (!buyerDictionary)
            return;
        const double buyerShare = knownShare(in.spelling, buyerDictionary, sample.words);
        if (buyerShare >= kBuyerDoubt)
            return;   // the common case: the other dictionaries are never loaded
        // Loading a dictionary takes a tenth of a second or more: stop at the first language that
        // clearly fits. buyerLanguages() lists the most common first.
        constexpr double kClearFit = 0.9;
        double best = 0;
        for (const BuyerLanguage &other : buyerLanguages()) {
            if (best >= kClearFit)
                break;
            if (other.code == buyer)
                continue;
            const SpellChecker::Dictionary *dictionary =
                in.spelling.dictionary(dictionaryName(other.code, other.marketplaces.front()));
            if (!dictionary)
                continue;
            const double share = knownShare(in.spelling, dictionary, sample.words);
            if (share > best) {
                best = share;
                detected = other.code;
            }
        }
        if (best < kOtherFits || best < buyerShare + kMargin)
            return;
    }
    if (detected.isEmpty())
        return;
    Finding f = in.finding(QStringLiteral("language-mismatch"), Part::Body, {0, 0});
    const BuyerLanguage *lang = findBuyerLanguage(detected);
    f.noteArgs << (lang ? lang->englishName : QStringLiteral("another script"));
    out.append(f);
}

} // namespace permitted
