#include "detection/concept_lexicon.h"
#include <re2/re2.h>
#include <re2/set.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "detection/word_hash.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/container/node_hash_map.h>
#include <absl/hash/hash.h>
#include <libstemmer.h>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <shared_mutex>

namespace permitted {
namespace {

// Whether every word of `range` is written in title case ("Five Star", "Cinq Étoiles"), not in
// capitals for emphasis ("FIVE STARS"), and is no part of a hyphenated compound: German writes
// "eine Fünf-Sterne-Bewertung" with capitals, and that is a rating, not a name.
bool isTitleCaseName(const QString &text, Range range)
{
    if (range.end < text.size() && text[range.end] == u'-')
        return false;
    bool wordStart = true;
    for (int i = range.start; i < range.end; ++i) {
        const QChar c = text[i];
        if (c == u'-')
            return false;
        if (c.isSpace()) {
            wordStart = true;
            continue;
        }
        if (wordStart && !(c.isUpper() && i + 1 < range.end && text[i + 1].isLower()))
            return false;
        wordStart = false;
    }
    return true;
}

bool isOpeningMark(QChar c) { return c == u'«' || c == u'“' || c == u'„' || c == u'‹'; }
bool isClosingMark(QChar c) { return c == u'»' || c == u'”' || c == u'“' || c == u'›'; }

// Whether `range` opens a title in quotation marks (« Cinq étoiles », „Fünf Sterne“): its first
// word capitalised, right after the opening mark. French and Italian titles capitalise only that.
bool opensQuotedTitle(const QString &text, Range range)
{
    int before = range.start - 1;
    while (before >= 0 && (text[before] == u' ' || text[before] == QChar(0x00A0) || text[before] == QChar(0x202F)))
        --before;
    return before >= 0 && (isOpeningMark(text[before]) || text[before] == u'"') && range.start + 1 < text.size()
           && text[range.start].isUpper() && text[range.start + 1].isLower();
}

// Whether a range lies inside a title in typographic quotation marks, on one line: the quoted
// span begins with a capital ("« Guide des relais cinq étoiles de France »") and closes after
// the range. Plain " marks are left out: they quote speech as often as titles.
// The marks and line breaks are found once per text, so that asking it of every hit stays cheap
// (scanning back from each purpose word had cost a sixth of the lexicon's time).
class QuotedTitles {
public:
    explicit QuotedTitles(const QString &text) : m_text(text)
    {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'\n' || isOpeningMark(c) || isClosingMark(c))
                m_backStops.push_back(i);
            if (c == u'\n' || isClosingMark(c))
                m_forwardStops.push_back(i);
        }
    }

    bool contain(Range range) const
    {
        constexpr int kReach = 80;   // characters: a title, not a paragraph
        // The nearest mark or line break before the range: an opening mark, close enough.
        const auto back = std::lower_bound(m_backStops.begin(), m_backStops.end(), range.start);
        if (back == m_backStops.begin())
            return false;
        const int open = *std::prev(back);
        if (range.start - open > kReach || !isOpeningMark(m_text[open]))
            return false;
        int first = open + 1;
        while (first < range.start && m_text[first].isSpace())
            ++first;
        if (!m_text[first].isUpper())
            return false;
        // The nearest closing mark or line break after it: a closing mark, close enough.
        const auto forward = std::lower_bound(m_forwardStops.begin(), m_forwardStops.end(), range.end);
        return forward != m_forwardStops.end() && *forward - range.end <= kReach && m_text[*forward] != u'\n';
    }

private:
    const QString &m_text;
    std::vector<int> m_backStops;      // line breaks, opening and closing marks
    std::vector<int> m_forwardStops;   // line breaks and closing marks
};

// How a word of an entry meets a word of the text.
struct WordMatcher {
    enum Kind { Stem, Exact, Prefix, Suffix, Infix } kind = Stem;
    std::string text;   // UTF-8: a stem, or a lower-case form or part of one

    // What the phrase index files a word of this matcher under (stem or form; parts have none).
    uint64_t key() const { return absl::HashOf(kind == Stem ? 's' : 'e', text); }

    bool matches(const std::string &lower, const std::string &stem) const
    {
        switch (kind) {
        case Stem: return stem == text;
        case Exact: return lower == text;
        case Prefix: return lower.size() > text.size() && lower.compare(0, text.size(), text) == 0;
        case Suffix: return lower.size() > text.size() && lower.compare(lower.size() - text.size(), text.size(), text) == 0;
        case Infix: return lower.size() > text.size() && lower.find(text) != std::string::npos;
        }
        return false;
    }
};

struct Phrase {
    std::vector<WordMatcher> words;
    int conceptId;
};

// A Snowball stemmer for this thread: one instance may not be used by two threads at once.
class Stemmer {
public:
    explicit Stemmer(const std::string &algorithm) : m_algorithm(algorithm) {}
    std::string stem(const std::string &lowerUtf8) const
    {
        if (m_algorithm.empty())
            return lowerUtf8;
        // Deleted with the thread (the sanitizers' leak check found them kept forever).
        struct Delete { void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); } };
        thread_local std::map<std::string, std::unique_ptr<sb_stemmer, Delete>> byAlgorithm;
        auto &owned = byAlgorithm[m_algorithm];
        if (!owned)
            owned.reset(sb_stemmer_new(m_algorithm.c_str(), "UTF_8"));
        sb_stemmer *s = owned.get();
        if (!s)
            return lowerUtf8;
        const sb_symbol *out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol *>(lowerUtf8.data()), int(lowerUtf8.size()));
        return out ? std::string(reinterpret_cast<const char *>(out), size_t(sb_stemmer_length(s))) : lowerUtf8;
    }
    bool valid() const
    {
        if (m_algorithm.empty())
            return true;
        sb_stemmer *s = sb_stemmer_new(m_algorithm.c_str(), "UTF_8");
        if (s)
            sb_stemmer_delete(s);
        return s != nullptr;
    }

private:
    std::string m_algorithm;
};

// What the lexicon knows of one word of a text, whatever its position: kept per lower-case form.
struct WordFacts {
    ConceptSet concepts;
    std::string lower;
    std::string stem;
    // The phrases with a part of a word among their first two words that this word begins; the
    // others are found by the index of first two words.
    std::vector<uint32_t> phrasesBegun;
    uint64_t stemKey = 0;   // WordMatcher::key() of a matcher by stem, and by form, that it meets
    uint64_t formKey = 0;
    // Whether some phrase of the index of first two words begins with this word (by its stem,
    // by its form): most words begin none, and their pairs are then never looked up.
    bool beginsPairByStem = false;
    bool beginsPairByForm = false;
};

// The index key of a phrase's first two words.
uint64_t pairKey(uint64_t first, uint64_t second) { return absl::HashOf(first, second); }

} // namespace

struct ConceptLexicon::Data {
    Stemmer stemmer{std::string()};
    QStringList elisions;                                   // "l", "qu": split off before an apostrophe
    absl::flat_hash_set<std::string> listWords;             // "or", "and": a comma before them goes on a list
    absl::flat_hash_set<std::string> fillers;               // "donc", "already": a phrase may step over one
    int negationAfter = 0;        // how many words after a word a negation may still negate it
    int negation = -1;            // the concepts "negation" and "no-negation" ("don't hesitate")
    int noNegation = -1;
    int foreignLink = -1;         // "foreign-link": a site neither Amazon's, a carrier's nor a device maker's (a shortened link counts: it hides where it goes)
    int figurativeGift = -1;      // "figurative-gift": the "reward" hits inside it are none
    int reward = -1;
    int social = -1;              // "social": also said by a link to a social network ("instagram.com/nordea.maison")
    // Concepts that, written in title case inside a sentence, name a product instead ("the Five
    // Star notebooks", "das Kindernachtlicht „Fünf Sterne“"): "title_case_names".
    ConceptSet titleCaseNames;
    absl::flat_hash_map<std::string, ConceptSet> byStem;
    absl::flat_hash_map<std::string, ConceptSet> byExact;
    std::vector<std::pair<WordMatcher, int>> byPart;       // prefix, suffix and infix entries
    std::vector<Phrase> phrases;
    // The phrases by their first word, so that a word is tried only against the phrases it can
    // begin: by stem, by exact form, and the few that begin with a part of a word.
    // Phrases by their first two words: a common first word ("your", "votre") begins hundreds of
    // phrases, its next word few. Phrases with a part of a word among their first two are kept
    // by their first word, or in a list of their own when the first is a part.
    absl::flat_hash_map<uint64_t, std::vector<uint32_t>> phrasesByFirstTwo;
    absl::flat_hash_set<uint64_t> firstOfPairs;   // WordMatcher::key() of those phrases' first words
    absl::flat_hash_map<std::string, std::vector<uint32_t>> phrasesByFirstStem;
    absl::flat_hash_map<std::string, std::vector<uint32_t>> phrasesByFirstForm;
    std::vector<uint32_t> phrasesByFirstPart;
    std::vector<std::pair<std::unique_ptr<RE2>, int>> shapes;
    std::unique_ptr<RE2::Set> anyShape;   // which shapes match at all, in one pass

    mutable std::shared_mutex cacheLock;
    // Node-based, so that a word's facts stay where they are while other words are added.
    mutable absl::node_hash_map<std::u16string, WordFacts, WordHash, WordEq> cache;

    const WordFacts &factsOf(QStringView word) const;
    void markNegated(std::vector<ConceptHit> &hits) const;
    WordMatcher matcherOf(const QString &entry) const;
};

WordMatcher ConceptLexicon::Data::matcherOf(const QString &entry) const
{
    const QString lower = entry.toLower();
    WordMatcher m;
    if (lower.startsWith(u'=')) {
        m.kind = WordMatcher::Exact;
        m.text = lower.mid(1).toStdString();
    } else if (lower.size() > 2 && lower.startsWith(u'*') && lower.endsWith(u'*')) {
        m.kind = WordMatcher::Infix;
        m.text = lower.mid(1, lower.size() - 2).toStdString();
    } else if (lower.size() > 1 && lower.startsWith(u'*')) {
        m.kind = WordMatcher::Suffix;
        m.text = lower.mid(1).toStdString();
    } else if (lower.size() > 1 && lower.endsWith(u'*')) {
        m.kind = WordMatcher::Prefix;
        m.text = lower.chopped(1).toStdString();
    } else {
        m.kind = WordMatcher::Stem;
        m.text = stemmer.stem(lower.toStdString());
    }
    return m;
}

const WordFacts &ConceptLexicon::Data::factsOf(QStringView word) const
{
    const std::u16string_view key(reinterpret_cast<const char16_t *>(word.data()), size_t(word.size()));
    {
        std::shared_lock lock(cacheLock);
        if (const auto it = cache.find(key); it != cache.end())
            return it->second;
    }
    WordFacts f;
    f.lower = word.toString().toLower().toStdString();
    f.stem = stemmer.stem(f.lower);
    f.stemKey = absl::HashOf('s', f.stem);
    f.formKey = absl::HashOf('e', f.lower);
    f.beginsPairByStem = firstOfPairs.contains(f.stemKey);
    f.beginsPairByForm = firstOfPairs.contains(f.formKey);
    if (const auto it = byStem.find(f.stem); it != byStem.end())
        f.concepts |= it->second;
    if (const auto it = byExact.find(f.lower); it != byExact.end())
        f.concepts |= it->second;
    for (const auto &[matcher, conceptId] : byPart)
        if (matcher.matches(f.lower, f.stem))
            f.concepts.set(size_t(conceptId));
    if (const auto it = phrasesByFirstStem.find(f.stem); it != phrasesByFirstStem.end())
        f.phrasesBegun.insert(f.phrasesBegun.end(), it->second.begin(), it->second.end());
    if (const auto it = phrasesByFirstForm.find(f.lower); it != phrasesByFirstForm.end())
        f.phrasesBegun.insert(f.phrasesBegun.end(), it->second.begin(), it->second.end());
    for (const uint32_t index : phrasesByFirstPart)
        if (phrases[index].words.front().matches(f.lower, f.stem))
            f.phrasesBegun.push_back(index);
    std::unique_lock lock(cacheLock);
    return cache.try_emplace(std::u16string(key), std::move(f)).first->second;
}

// How many words before a word a negation may stand and still negate it, in its clause.
constexpr int kNegationReach = 6;

void ConceptLexicon::Data::markNegated(std::vector<ConceptHit> &hits) const
{
    if (negation < 0)
        return;
    // Hits are in order of position, so those a negation can reach are its neighbours: the
    // search stays near it, and a pasted megabyte is not a square of its hits.
    constexpr int kMargin = 8;   // words: a phrase around the negation may begin this far before it
    for (size_t k = 0; k < hits.size(); ++k) {
        const ConceptHit &n = hits[k];
        if (n.conceptId != negation)
            continue;
        size_t begin = k, end = k + 1;
        while (begin > 0 && hits[begin - 1].firstWord >= n.firstWord - kNegationReach - kMargin)
            --begin;
        while (end < hits.size() && hits[end].firstWord <= n.lastWord + kNegationReach + 1)
            ++end;
        // "Don't hesitate to leave a review" negates nothing.
        if (noNegation >= 0 && std::any_of(hits.begin() + qsizetype(begin), hits.begin() + qsizetype(end), [&](const ConceptHit &o) {
                return o.conceptId == noNegation && o.range.contains(n.range); }))
            continue;
        for (size_t i = begin; i < end; ++i) {
            ConceptHit &h = hits[i];
            if (i == k || h.clause != n.clause)
                continue;
            if ((n.lastWord < h.firstWord && h.firstWord - n.lastWord <= kNegationReach)
                || (n.firstWord > h.lastWord && n.firstWord - h.lastWord <= negationAfter))
                h.negated = true;
        }
    }
}

ConceptLexicon::ConceptLexicon(std::unique_ptr<Data> data) : m_data(std::move(data)) {}
ConceptLexicon::~ConceptLexicon() = default;


std::unique_ptr<ConceptLexicon> ConceptLexicon::load(const QString &path, ConceptNames &names, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return nullptr;
    }
    const QJsonObject root = doc.object();
    for (const QString &key : root.keys()) {
        if (key != QLatin1String("language") && key != QLatin1String("stemmer") && key != QLatin1String("elisions")
            && key != QLatin1String("negation_after") && key != QLatin1String("title_case_names")
            && key != QLatin1String("list_words") && key != QLatin1String("fillers")
            && key != QLatin1String("concepts")) {
            *error = QStringLiteral("%1: unknown key \"%2\"").arg(path, key);
            return nullptr;
        }
    }
    auto data = std::make_unique<Data>();
    data->stemmer = Stemmer(root.value(QLatin1String("stemmer")).toString().toStdString());
    if (!data->stemmer.valid()) {
        *error = QStringLiteral("%1: libstemmer has no stemmer \"%2\"").arg(path, root.value(QLatin1String("stemmer")).toString());
        return nullptr;
    }
    for (const QJsonValue &e : root.value(QLatin1String("elisions")).toArray())
        data->elisions << e.toString().toLower();
    for (const QJsonValue &e : root.value(QLatin1String("list_words")).toArray())
        data->listWords.insert(e.toString().toLower().toStdString());
    for (const QJsonValue &e : root.value(QLatin1String("fillers")).toArray())
        data->fillers.insert(e.toString().toLower().toStdString());
    data->negationAfter = root.value(QLatin1String("negation_after")).toInt(0);
    if (data->negationAfter < 0 || data->negationAfter > 6) {
        *error = QStringLiteral("%1: \"negation_after\" must be 0 to 6 words").arg(path);
        return nullptr;
    }
    const QJsonObject concepts = root.value(QLatin1String("concepts")).toObject();
    if (concepts.isEmpty()) {
        *error = QStringLiteral("%1: no concepts").arg(path);
        return nullptr;
    }
    for (auto it = concepts.begin(); it != concepts.end(); ++it) {
        const int conceptId = names.add(it.key());
        if (conceptId < 0) {
            *error = QStringLiteral("%1: more than %2 concepts").arg(path).arg(kMaxConcepts);
            return nullptr;
        }
        if (!it.value().isArray()) {
            *error = QStringLiteral("%1: concept \"%2\" is not a list of entries").arg(path, it.key());
            return nullptr;
        }
        for (const QJsonValue &v : it.value().toArray()) {
            const QString entry = foldTypography(v.toString()).trimmed();
            if (entry.isEmpty()) {
                *error = QStringLiteral("%1: concept \"%2\" has an empty entry").arg(path, it.key());
                return nullptr;
            }
            if (entry.size() > 2 && entry.startsWith(u'/') && entry.endsWith(u'/')) {
                // In UTF-8, not the one-byte alphabet: a shape may name any symbol (⭐, ★).
                RE2::Options options;
                options.set_case_sensitive(false);
                auto re = std::make_unique<RE2>(entry.mid(1, entry.size() - 2).toStdString(), options);
                if (!re->ok()) {
                    *error = QStringLiteral("%1: concept \"%2\": \"%3\" is not a valid expression").arg(path, it.key(), entry);
                    return nullptr;
                }
                data->shapes.emplace_back(std::move(re), conceptId);
                continue;
            }
            // Words as the text's words are cut: at spaces, hyphens and apostrophes of elisions.
            QString spaced = entry;
            spaced.replace(u'-', u' ');
            QStringList words;
            for (const QString &w : spaced.split(u' ', Qt::SkipEmptyParts)) {
                const qsizetype apostrophe = w.indexOf(u'\'');
                if (apostrophe > 0 && data->elisions.contains(w.left(apostrophe).toLower())) {
                    words << w.left(apostrophe) << w.mid(apostrophe + 1);
                } else {
                    words << w;
                }
            }
            // Entries are matched on the text's words, and no word holds a comma, a full stop or a
            // symbol: "good, bad", "100 % happy" or "ggf." would never match, silently.
            for (const QString &w : words) {
                const QStringView bare = QStringView(w).mid(w.startsWith(u'=') || w.startsWith(u'*') ? 1 : 0);
                const QStringView core = bare.endsWith(u'*') ? bare.chopped(1) : bare;
                const auto sign = std::find_if(core.begin(), core.end(), [](QChar c) {
                    return !c.isLetterOrNumber() && !c.isMark() && c != u'\'';
                });
                if (sign != core.end()) {
                    *error = QStringLiteral("%1: concept \"%2\": \"%3\" holds \"%4\", which no word of a text holds "
                                            "(write words only; punctuation and symbols are not matched)")
                                 .arg(path, it.key(), entry, QString(*sign));
                    return nullptr;
                }
            }
            if (words.size() > 6) {
                *error = QStringLiteral("%1: concept \"%2\": \"%3\" has more than six words").arg(path, it.key(), entry);
                return nullptr;
            }
            if (words.size() == 1) {
                const WordMatcher m = data->matcherOf(words.front());
                if (m.kind == WordMatcher::Stem)
                    data->byStem[m.text].set(size_t(conceptId));
                else if (m.kind == WordMatcher::Exact)
                    data->byExact[m.text].set(size_t(conceptId));
                else
                    data->byPart.emplace_back(m, conceptId);
                continue;
            }
            Phrase p{{}, conceptId};
            for (const QString &w : words)
                p.words.push_back(data->matcherOf(w));
            const WordMatcher &first = p.words.front();
            const WordMatcher &second = p.words[1];
            const auto index = uint32_t(data->phrases.size());
            auto whole = [](const WordMatcher &m) { return m.kind == WordMatcher::Stem || m.kind == WordMatcher::Exact; };
            if (whole(first) && whole(second))
            {
                data->phrasesByFirstTwo[pairKey(first.key(), second.key())].push_back(index);
                data->firstOfPairs.insert(first.key());
            } else if (first.kind == WordMatcher::Stem)
                data->phrasesByFirstStem[first.text].push_back(index);
            else if (first.kind == WordMatcher::Exact)
                data->phrasesByFirstForm[first.text].push_back(index);
            else
                data->phrasesByFirstPart.push_back(index);
            data->phrases.push_back(std::move(p));
        }
    }
    for (const QJsonValue &name : root.value(QLatin1String("title_case_names")).toArray()) {
        const int id = names.find(name.toString());
        if (id < 0 || !concepts.contains(name.toString())) {
            *error = QStringLiteral("%1: \"title_case_names\": \"%2\" is no concept of this lexicon").arg(path, name.toString());
            return nullptr;
        }
        data->titleCaseNames.set(size_t(id));
    }
    data->negation = names.find(QStringLiteral("negation"));
    data->noNegation = names.find(QStringLiteral("no-negation"));
    data->foreignLink = names.add(QStringLiteral("foreign-link"));
    data->social = names.add(QStringLiteral("social"));
    data->figurativeGift = names.find(QStringLiteral("figurative-gift"));
    data->reward = names.find(QStringLiteral("reward"));
    if (!data->shapes.empty()) {
        RE2::Options options;
        options.set_case_sensitive(false);
        // The shapes of a language together outgrow RE2's default 8 MB: its DFA then throws its
        // states away and builds them again all along a long text, which made 5,000-character
        // French messages take 1.9 ms instead of 1.1 (8 ms for one in a hundred).
        options.set_max_mem(64 << 20);
        data->anyShape = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
        for (const auto &shape : data->shapes)
            data->anyShape->Add(shape.first->pattern(), nullptr);
        if (!data->anyShape->Compile())
            data->anyShape.reset();   // too large to compile together: find() runs each shape alone
    }
    return std::unique_ptr<ConceptLexicon>(new ConceptLexicon(std::move(data)));
}

ConceptText ConceptLexicon::find(const TextView &view, const Entities &entities) const
{
    const Data &d = *m_data;
    // The words of the text, elisions cut off ("l'avis" is "l" and "avis").
    struct Word {
        Range range;
        const WordFacts &facts;
    };
    std::vector<Word> words;
    EntityCursor cursor(entities);
    const QString &folded = view.folded();
    for (const Range &r : view.words()) {
        if (cursor.covers(r))
            continue;
        const QStringView w = QStringView(folded).mid(r.start, r.length());
        const qsizetype apostrophe = d.elisions.isEmpty() ? -1 : w.indexOf(u'\'');
        if (apostrophe > 0 && apostrophe + 1 < w.size() && d.elisions.contains(w.left(apostrophe).toString().toLower())) {
            words.push_back({{r.start, r.start + int(apostrophe)}, d.factsOf(w.left(apostrophe))});
            words.push_back({{r.start + int(apostrophe) + 1, r.end}, d.factsOf(w.mid(apostrophe + 1))});
            continue;
        }
        words.push_back({r, d.factsOf(w)});
    }

    // Sentences are counted among those with words, so that a window of "the next sentence"
    // is not spent on a blank line or a code standing alone.
    // Clauses too: a negation does not reach past a comma ("will not arrive before March, you
    // should ..."), unless the comma goes on a list that "or" or "and" closes ("we do not give
    // any gift, discount or refund"); nor past a full stop that ICU did not take for the end of a
    // sentence, as when its space is missing ("the stock has not arrived.Please cancel").
    std::vector<int> sentenceOfWord(words.size()), clauseOfWord(words.size());
    size_t lastSentence = 0;
    int ordinal = -1, clause = -1;
    auto continuesAList = [&](size_t i, QStringView gap) {
        if (d.listWords.empty() || gap.trimmed() != u",")
            return false;
        constexpr size_t kListReach = 3;   // words after the comma where "or" may close the list
        for (size_t k = i; k < words.size() && k < i + kListReach; ++k)
            if (d.listWords.contains(words[k].facts.lower))
                return true;
        return false;
    };
    for (size_t i = 0; i < words.size(); ++i) {
        const size_t s = view.sentenceIndexAt(words[i].range.start);
        const QStringView gap = i == 0 ? QStringView() : view.slice({words[i - 1].range.end, words[i].range.start});
        const bool newSentence = ordinal < 0 || s != lastSentence;
        if (newSentence)
            ++ordinal;
        if (newSentence
            || (std::any_of(gap.begin(), gap.end(), [](QChar c) { return QStringView(u",;:()!?.").contains(c); })
                && !continuesAList(i, gap)))
            ++clause;
        lastSentence = s;
        sentenceOfWord[i] = ordinal;
        clauseOfWord[i] = clause;
    }
    ConceptText out;
    out.sentenceWords.assign(size_t(ordinal + 1), 0);
    for (const int s : sentenceOfWord)
        ++out.sentenceWords[size_t(s)];
    std::vector<ConceptHit> &hits = out.hits;
    auto hit = [&](int conceptId, Range range, int first, int last) {
        const size_t w = size_t(std::max(0, std::min(first, int(words.size()) - 1)));
        hits.push_back({conceptId, range, first, last, words.empty() ? 0 : sentenceOfWord[w], words.empty() ? 0 : clauseOfWord[w]});
    };
    for (int i = 0; i < int(words.size()); ++i) {
        const Word &w = words[size_t(i)];
        const ConceptSet &set = w.facts.concepts;
        for (size_t c = set._Find_first(); c < kMaxConcepts; c = set._Find_next(c))
            hit(int(c), w.range, i, i);
        // A phrase matches consecutive words of one clause (not across a comma or a colon:
        // "confirmation: your"), stepping over at most one filler the phrase does not name
        // ("we have already refunded", "nous avons donc remboursé").
        auto tryPhrase = [&](uint32_t index) {
            const Phrase &p = d.phrases[index];
            constexpr int kMostFillers = 1;
            int j = i, fillers = 0;
            for (size_t k = 1; k < p.words.size(); ++k) {
                for (;;) {
                    if (++j >= int(words.size()) || clauseOfWord[size_t(j)] != clauseOfWord[size_t(i)])
                        return;
                    const Word &next = words[size_t(j)];
                    if (p.words[k].matches(next.facts.lower, next.facts.stem))
                        break;
                    if (fillers == kMostFillers || !d.fillers.contains(next.facts.lower))
                        return;
                    ++fillers;
                }
            }
            hit(p.conceptId, {w.range.start, words[size_t(j)].range.end}, i, j);
        };
        for (const uint32_t index : w.facts.phrasesBegun)
            tryPhrase(index);
        if (size_t(i) + 1 < words.size() && (w.facts.beginsPairByStem || w.facts.beginsPairByForm)) {
            // The phrases filed under this word and the next, or the word after a filler.
            auto pairsWith = [&](const WordFacts &next) {
                auto pairsFrom = [&](uint64_t first) {
                    for (const uint64_t second : {next.stemKey, next.formKey})
                        if (const auto it = d.phrasesByFirstTwo.find(pairKey(first, second)); it != d.phrasesByFirstTwo.end())
                            for (const uint32_t index : it->second)
                                tryPhrase(index);
                };
                if (w.facts.beginsPairByStem)
                    pairsFrom(w.facts.stemKey);
                if (w.facts.beginsPairByForm)
                    pairsFrom(w.facts.formKey);
            };
            const WordFacts &next = words[size_t(i) + 1].facts;
            pairsWith(next);
            if (size_t(i) + 2 < words.size() && d.fillers.contains(next.lower))
                pairsWith(words[size_t(i) + 2].facts);
        }
    }
    // Shapes: the words they overlap (or the next word, for a shape of symbols alone). One pass
    // says which shapes match at all; only those run on their own.
    std::vector<int> matching;
    const QByteArray utf8 = d.shapes.empty() ? QByteArray() : folded.toUtf8();
    RE2::Set::ErrorInfo failure{RE2::Set::kNoError};
    if (d.anyShape)
        d.anyShape->Match(re2::StringPiece(utf8.constData(), size_t(utf8.size())), &matching, &failure);
    // A set whose automaton outgrew its memory on this text says "no match" (RE2 falls back to
    // its slower matcher for one expression, not for a set): then every shape runs on its own,
    // so that a hungry shape costs time and never a finding.
    if (failure.kind == RE2::Set::kOutOfMemory || (!d.anyShape && !d.shapes.empty())) {
        matching.resize(d.shapes.size());
        std::iota(matching.begin(), matching.end(), 0);
    }
    for (const int shape : matching) {
        const auto &[re, conceptId] = d.shapes[size_t(shape)];
        re2::StringPiece match;
        size_t pos = 0;
        // UTF-8 offsets counted into UTF-16 ones as the matches go forward.
        size_t countedBytes = 0;
        int countedUnits = 0;
        auto utf16Offset = [&](size_t bytes) {
            for (; countedBytes < bytes; ++countedBytes) {
                const auto c = static_cast<unsigned char>(utf8[qsizetype(countedBytes)]);
                if ((c & 0xC0) != 0x80)
                    countedUnits += c >= 0xF0 ? 2 : 1;   // a lead byte: one unit, two past the BMP
            }
            return countedUnits;
        };
        while (pos <= size_t(utf8.size())
               && re->Match(re2::StringPiece(utf8.constData(), size_t(utf8.size())), pos, size_t(utf8.size()), RE2::UNANCHORED, &match, 1)) {
            const size_t matchStart = size_t(match.data() - utf8.constData());
            const size_t matchEnd = matchStart + match.size();
            pos = match.size() ? matchEnd : matchEnd + 1;
            const int start = utf16Offset(matchStart);
            const Range range{start, utf16Offset(matchEnd)};
            if (entities.coversWhole(range))
                continue;
            const auto first = std::lower_bound(words.begin(), words.end(), range.start,
                                                [](const Word &w, int at) { return w.range.end <= at; });
            auto last = first;
            while (last != words.end() && last->range.start < range.end)
                ++last;
            const int firstIndex = int(first - words.begin());
            const int lastIndex = last == first ? firstIndex : int(last - words.begin()) - 1;
            hit(conceptId, range, firstIndex, lastIndex);
        }
    }
    // A link to somebody else's site says something in any language: its hit stands with the
    // word before it, in that word's sentence ("our whole range at www.tidyhaus.co.uk").
    if (d.foreignLink >= 0) {
        for (const UrlEntity &url : entities.urls) {
            if (url.kind == HostKind::Amazon || url.kind == HostKind::Carrier || url.kind == HostKind::DeviceService
                || words.empty())
                continue;
            const auto after = std::lower_bound(words.begin(), words.end(), url.range.start,
                                                [](const Word &w, int at) { return w.range.end <= at; });
            const int before = std::max(0, int(after - words.begin()) - 1);
            hit(d.foreignLink, url.range, before, before);
            if (url.kind == HostKind::SocialNetwork)
                hit(d.social, url.range, before, before);
        }
    }
    // A gift said in a figure of speech ("ci farebbe un regalo grande", "le plus beau des
    // cadeaux") is no reward; a real one in the next sentence still is, so the figure masks its
    // own words rather than excusing the window.
    // Marked word by word, so that a pasted page of figures stays linear.
    if (d.figurativeGift >= 0 && d.reward >= 0) {
        std::vector<bool> inFigure;
        for (const ConceptHit &h : hits) {
            if (h.conceptId != d.figurativeGift)
                continue;
            inFigure.resize(words.size(), false);
            for (int w = h.firstWord; w <= h.lastWord && w < int(words.size()); ++w)
                inFigure[size_t(w)] = true;
        }
        if (!inFigure.empty())
            std::erase_if(hits, [&](const ConceptHit &h) {
                if (h.conceptId != d.reward || h.firstWord < 0 || h.lastWord >= int(words.size()))
                    return false;
                for (int w = h.firstWord; w <= h.lastWord; ++w)
                    if (!inFigure[size_t(w)])
                        return false;
                return true;
            });
    }
    if (d.titleCaseNames.any()) {
        const QString &text = view.text();
        const QuotedTitles quotedTitles(text);
        std::erase_if(hits, [&](const ConceptHit &h) {
            if (!d.titleCaseNames.test(size_t(h.conceptId)))
                return false;
            // Inside a sentence, not at the start of a line (or of one an HTML tag breaks: "<br>Reply
            // YES to approve"), where every word has its capital.
            auto insideALine = [&] {
                if (h.firstWord <= 0 || sentenceOfWord[size_t(h.firstWord) - 1] != h.sentence)
                    return false;
                const QStringView gap = view.slice({words[size_t(h.firstWord) - 1].range.end, h.range.start});
                return !gap.contains(u'\n') && !gap.contains(u'>');
            };
            return opensQuotedTitle(text, h.range) || quotedTitles.contain(h.range)
                   || (isTitleCaseName(text, h.range) && insideALine());
        });
    }
    std::sort(hits.begin(), hits.end(), [](const ConceptHit &a, const ConceptHit &b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
    });
    d.markNegated(hits);
    return out;
}

} // namespace permitted
