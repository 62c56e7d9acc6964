#include "detection/icu_breaks.h"

#include <QHash>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/rbbi.h>

namespace permitted {
namespace {

icu::BreakIterator *iteratorFor(const QString &language, BreakKind kind)
{
    thread_local QHash<QString, std::shared_ptr<icu::BreakIterator>> cache;
    const QString key = language + QChar(u'0' + int(kind));
    auto it = cache.find(key);
    if (it != cache.end())
        return it->get();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language.toUtf8().constData());
    std::shared_ptr<icu::BreakIterator> iter;
    switch (kind) {
    case BreakKind::Sentence: iter.reset(icu::BreakIterator::createSentenceInstance(locale, status)); break;
    case BreakKind::Word: iter.reset(icu::BreakIterator::createWordInstance(locale, status)); break;
    case BreakKind::Grapheme: iter.reset(icu::BreakIterator::createCharacterInstance(locale, status)); break;
    }
    if (U_FAILURE(status) || !iter)
        return nullptr;
    cache.insert(key, iter);
    return iter.get();
}

icu::UnicodeString alias(const QString &text)
{
    // Read-only alias: ICU reads the QString's buffer in place.
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

} // namespace

std::vector<Range> icuSegments(const QString &text, const QString &language, BreakKind kind,
                               bool wordsOnly, int from, size_t limit)
{
    std::vector<Range> out;
    icu::BreakIterator *iter = iteratorFor(language, kind);
    if (!iter || from >= text.size() || limit == 0)
        return out;
    iter->setText(alias(text));
    out.reserve(std::min(limit, size_t(text.size() - from) / 4 + 1));
    int32_t start = from;
    for (int32_t end = iter->following(from); end != icu::BreakIterator::DONE && out.size() < limit;
         start = end, end = iter->next()) {
        if (wordsOnly && iter->getRuleStatus() < UBRK_WORD_NUMBER)
            continue;
        out.push_back({start, end});
    }
    // Leave no alias behind: the QString may die before the next use of the iterator.
    iter->setText(icu::UnicodeString());
    return out;
}

Range graphemeAt(const QString &text, int index)
{
    icu::BreakIterator *iter = iteratorFor(QStringLiteral("en"), BreakKind::Grapheme);
    if (!iter)
        return {index, index + 1};
    iter->setText(alias(text));
    const int32_t end = iter->following(index);
    const int32_t start = iter->preceding(end);
    iter->setText(icu::UnicodeString());
    return {start, end == icu::BreakIterator::DONE ? int(text.size()) : end};
}

} // namespace permitted
