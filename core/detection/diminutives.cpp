#include "detection/diminutives.h"

namespace permitted {
namespace {

// "caj" + "ita": a stem of two letters makes typos into diminutives ("ex" + "ito" for "éxito").
constexpr qsizetype kShortestStem = 3;

// Whether `word` is a known word with one accent taken off ("credito" for "crédito").
bool lacksAnAccent(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary, QStringView word)
{
    static const QString plain = QStringLiteral("aeiou"), accented = QStringLiteral("áéíóú");
    QString candidate = word.toString();
    for (qsizetype i = 0; i < candidate.size(); ++i) {
        const qsizetype vowel = plain.indexOf(candidate[i].toLower());
        if (vowel < 0)
            continue;
        const QChar original = candidate[i];
        candidate[i] = candidate[i].isUpper() ? accented[vowel].toUpper() : accented[vowel];
        if (spelling.isCorrect(dictionary, candidate))
            return true;
        candidate[i] = original;
    }
    return false;
}

} // namespace

bool isDiminutiveOfKnownWord(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary,
                             const DiminutiveRules &rules, QStringView word)
{
    if (!rules.any())
        return false;
    const QString lower = word.toString().toLower();
    bool endsLikeOne = false;
    for (const QString &ending : rules.endings) {
        if (lower.size() < ending.size() + kShortestStem || !lower.endsWith(ending))
            continue;
        if (!endsLikeOne && lacksAnAccent(spelling, dictionary, lower))
            return false;
        endsLikeOne = true;
        const QString stem = lower.chopped(ending.size());
        QStringList stems{stem};
        for (const auto &[written, original] : rules.stemChanges)
            if (stem.endsWith(written))
                stems << stem.chopped(written.size()) + original;
        for (const QString &s : stems)
            for (const QString &completion : rules.completions)
                if (spelling.isCorrect(dictionary, s + completion))
                    return true;
    }
    return false;
}

} // namespace permitted
