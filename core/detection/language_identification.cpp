#include "detection/language_identification.h"
#include "languages.h"

#include <cstdio>   // compact_lang_det.h needs FILE
#include <cld2/public/compact_lang_det.h>

namespace permitted {
namespace {

// Below this many bytes of letters CLD2's answers are guesses ("Merci beaucoup!" in an English
// message is a courtesy, not a language).
constexpr int kMinTextBytes = 40;
// The other language must hold most of the text: a French product name in an English message is
// not a French message.
constexpr int kMinPercent = 60;
constexpr qsizetype kSampleUnits = 1200;

QString codeOf(CLD2::Language language)
{
    QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    if (code.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh");   // Simplified and Traditional: one buyer language
    return code.section(u'-', 0, 0);
}

// Whether the buyer's dictionary knows nearly all the words of three letters or more. In the
// labelled corpus (300 messages per language with 12 such words or more), a message's own
// language's dictionary knows 84-97% of its words at the median, another language's 18-30%; one
// English message in twenty has 84% or fewer known to the English one. Most messages are in the
// buyer's language, and this answer costs a look-up per word in the verdicts the spelling check
// keeps anyway, where CLD2 read the sample afresh each time. Over the 13,720 labelled messages
// the corpus held when this was measured, the findings were the same as with CLD2 asked every time.
bool plainlyInBuyersLanguage(const TextView &view, const Entities &entities, const std::function<bool(QStringView)> &knowsWord)
{
    constexpr int kMinWords = 12;
    constexpr double kMinKnownShare = 0.8;
    int words = 0, known = 0;
    EntityCursor cursor(entities);
    for (const Range &r : view.words()) {
        const QStringView word = QStringView(view.folded()).mid(r.start, r.length());
        if (word.size() < 3 || cursor.covers(r) || std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        ++words;
        if (knowsWord(word))
            ++known;
    }
    return words >= kMinWords && known >= kMinKnownShare * words;
}

} // namespace

std::optional<WrittenLanguage> otherLanguageThan(const QString &buyerLanguage, const TextView &view,
                                                 const Entities &entities,
                                                 const std::function<bool(QStringView)> &knowsWord)
{
    if (knowsWord && plainlyInBuyersLanguage(view, entities, knowsWord))
        return std::nullopt;
    // The seller's own sentences only. Each of these becomes spaces of its length: entities;
    // names of two or more capitalised words ("Quick Start Guide", "Smart Home Hub Pro"), which
    // are often English in any language; and what stands in quotes («reset», "do not disturb").
    QString sample = view.folded();
    auto blank = [&](Range r) {
        for (int i = r.start; i < r.end && i < sample.size(); ++i)
            sample[i] = u' ';
    };
    for (const Range &e : entities.all)
        blank(e);
    const std::vector<Range> &words = view.words();
    auto capitalised = [&](const Range &w) { return view.text()[w.start].isUpper(); };
    for (size_t i = 0; i < words.size();) {
        size_t j = i;
        while (j < words.size() && capitalised(words[j])
               && (j == i || view.slice({words[j - 1].end, words[j].start}).trimmed().isEmpty()))
            ++j;
        if (j - i >= 2)
            blank({words[i].start, words[j - 1].end});
        i = std::max(j, i + 1);
    }
    static const QString opening = QStringLiteral("«\"“‹"), closing = QStringLiteral("»\"”›");
    for (qsizetype open = 0; open < sample.size(); ++open) {
        const qsizetype kind = opening.indexOf(view.text()[open]);
        if (kind < 0)
            continue;
        const qsizetype close = view.text().indexOf(closing[kind], open + 1);
        if (close < 0 || close - open > 120)
            continue;
        blank({int(open), int(close) + 1});
        open = close;
    }
    // A thousand characters or so tell the language as well as the whole of a long message, and
    // CLD2's time grows with the text: the beginning and the end are read.
    if (sample.size() > kSampleUnits)
        sample = sample.left(kSampleUnits / 2) + u' ' + sample.right(kSampleUnits / 2);
    const QByteArray utf8 = sample.toUtf8();
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    bool reliable = false;

    const CLD2::Language top = CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, nullptr, 0,
                                                           CLD2::UNKNOWN_LANGUAGE, top3, percent3, &textBytes, &reliable);
    if (!reliable || textBytes < kMinTextBytes || top == CLD2::UNKNOWN_LANGUAGE || top3[0] != top || percent3[0] < kMinPercent)
        return std::nullopt;
    const QString code = codeOf(top);
    if (code == buyerLanguage)
        return std::nullopt;
    // A language no buyer is served in may be a short text of the buyer's misread (Spanish as
    // Galician): asked again with the buyer's language as a hint, CLD2 must not find it. (Not for
    // buyer languages: the hint turns a Portuguese message into Spanish.)
    const BuyerLanguage *known = findBuyerLanguage(code);
    if (known)
        return WrittenLanguage{code, known->englishName};
    const CLD2::Language buyer = CLD2::GetLanguageFromName(buyerLanguage.toLatin1().constData());
    const CLD2::Language hinted = CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, nullptr, 0, buyer,
                                                              top3, percent3, &textBytes, &reliable);
    if (codeOf(hinted) == buyerLanguage)
        return std::nullopt;
    QString name = QString::fromLatin1(CLD2::LanguageName(top)).toLower();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return WrittenLanguage{code, name};
}

} // namespace permitted
