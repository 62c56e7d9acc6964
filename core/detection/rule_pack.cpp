#include "detection/rule_pack.h"
#include "detection/json_file.h"
#include "detection/byte_alphabet.h"
#include "detection/word_edge_guard.h"

#include <QDir>
#include <QJsonArray>

namespace permitted {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

RE2::Options packOptions()
{
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_encoding(RE2::Options::EncodingLatin1);   // the packs' one-byte alphabet
    return options;
}

std::optional<PackPattern> parsePattern(const QString &pattern, QString *error)
{
    // Not folded: folding would turn a literal "–" into the "-" of a class range.
    std::string bytes = withWordEdgeGuards(toByteAlphabet(pattern));
    // Parsing is enough to refuse a bad expression now; compiling waits for the first use.
    RE2::Set parser(packOptions(), RE2::UNANCHORED);
    std::string why;
    if (parser.Add(bytes, &why) < 0) {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    }
    PackPattern p;
    p.re = std::make_shared<LazyRegex>(pattern, std::move(bytes));
    return p;
}

std::vector<PackPattern> compileList(const QJsonArray &list, const QString &file, QString *error,
                                     bool *ok)
{
    std::vector<PackPattern> out;
    for (const QJsonValue &v : list) {
        QString source = v.isObject() ? v.toObject().value(QStringLiteral("pattern")).toString()
                                      : v.toString();
        QString why;
        auto compiled = parsePattern(source, &why);
        if (!compiled) {
            *error = QStringLiteral("%1: pattern \"%2\": %3").arg(file, source, why);
            *ok = false;
            return {};
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("severity"))) {
                compiled->severity = severityFromName(o.value(QStringLiteral("severity")).toString());
                if (!compiled->severity) {
                    *error = QStringLiteral("%1: pattern \"%2\": unknown severity").arg(file, source);
                    *ok = false;
                    return {};
                }
            }
            compiled->note = o.value(QStringLiteral("note")).toString();
        }
        out.push_back(std::move(*compiled));
    }
    return out;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

void LazyRegex::compile() const
{
    std::call_once(m_once, [this] {
        m_re = std::make_unique<RE2>(m_pattern, packOptions());
        const auto &groups = m_re->NamedCapturingGroups();
        if (auto it = groups.find("m"); it != groups.end())
            m_markGroup = it->second;
    });
}

const RE2 &LazyRegex::get() const
{
    compile();
    return *m_re;
}

int LazyRegex::markGroup() const
{
    compile();
    return m_markGroup;
}

std::optional<Range> findPattern(const PackPattern &pattern, const TextView &view, int from, int to, int searchFrom)
{
    const std::string_view text = view.bytes();
    const QString &folded = view.folded();
    const RE2 &re = pattern.re->get();
    auto insideWord = [&](int i) { return i > 0 && i < folded.size() && isWordChar(folded[i - 1]) && isWordChar(folded[i]); };
    // The slice [from, to) is the whole subject: ^ and $ mean its edges.
    const re2::StringPiece slice(text.data() + from, size_t(to - from));
    int pos = searchFrom;
    while (pos <= to) {
        // The match's bounds alone first: most candidates fail at the word edges ("an" in
        // "can"), and finding the groups too would cost a slower pass for each.
        re2::StringPiece match;
        if (!re.Match(slice, size_t(pos - from), slice.size(), RE2::UNANCHORED, &match, 1))
            return std::nullopt;
        const int b = int(match.data() - text.data());
        const int e = b + int(match.size());
        if (insideWord(b)) {
            // So would any match starting further inside this word: look again after it.
            for (pos = b + 1; pos < to && insideWord(pos); ++pos) {}
            continue;
        }
        if (insideWord(e) || e == b) {
            pos = b + 1;   // look again one character further on
            continue;
        }
        const int markGroup = pattern.re->markGroup();
        if (markGroup == 0)
            return Range{b, e};
        // The same match again from its start, for its groups.
        std::vector<re2::StringPiece> groups(size_t(markGroup) + 1);
        if (!re.Match(slice, size_t(b - from), slice.size(), RE2::ANCHOR_START, groups.data(), markGroup + 1))
            return Range{b, e};
        const re2::StringPiece &mark = groups[size_t(markGroup)];
        if (!mark.data())
            return Range{b, e};
        const int mb = int(mark.data() - text.data());
        return Range{mb, mb + int(mark.size())};
    }
    return std::nullopt;
}

std::vector<Range> findAll(const PackPattern &pattern, const TextView &view, Range within)
{
    std::vector<Range> out;
    int pos = within.start;
    while (auto r = findPattern(pattern, view, within.start, within.end, pos)) {
        out.push_back(*r);
        pos = r->end > pos ? r->end : pos + 1;
        if (pos > within.end)
            break;
    }
    return out;
}

namespace {

// The first key of `o` that is not one of `known`, or empty: a misspelt key ("paterns") would
// otherwise be silently ignored, and its rule with it.
QString unknownKey(const QJsonObject &o, std::initializer_list<const char *> known)
{
    for (const QString &key : o.keys())
        if (std::none_of(known.begin(), known.end(), [&](const char *k) { return key == QLatin1String(k); }))
            return key;
    return {};
}

} // namespace

std::optional<RuleExample> parseExample(const QJsonValue &value, QString *error)
{
    RuleExample ex;
    QString raw;
    if (value.isString()) {
        raw = value.toString();
    } else if (value.isObject()) {
        ex.context = value.toObject();
        const QString unknown = unknownKey(ex.context, {"text", "kind", "reason", "review_already_requested", "marketplace",
                                                        "order_completed", "stage", "part", "link_text"});
        if (!unknown.isEmpty()) {
            *error = QStringLiteral("unknown key \"%1\" in an example").arg(unknown);
            return std::nullopt;
        }
        raw = ex.context.take(QStringLiteral("text")).toString();
        ex.inSubject = ex.context.take(QStringLiteral("part")).toString() == QLatin1String("subject");
        ex.asLinkText = ex.context.take(QStringLiteral("link_text")).toBool();
    } else {
        *error = QStringLiteral("an example must be a string or an object with \"text\"");
        return std::nullopt;
    }
    static const QString open = QStringLiteral("<m>"), close = QStringLiteral("</m>");
    qsizetype i = 0;
    while (i < raw.size()) {
        if (QStringView(raw).mid(i).startsWith(open)) {
            const qsizetype end = raw.indexOf(close, i + open.size());
            if (end < 0) {
                *error = QStringLiteral("unclosed <m> in \"%1\"").arg(raw);
                return std::nullopt;
            }
            const int start = int(ex.text.size());
            ex.text += QStringView(raw).mid(i + open.size(), end - i - open.size());
            ex.marks.append({start, int(ex.text.size())});
            i = end + close.size();
        } else {
            ex.text += raw[i++];
        }
    }
    if (ex.text.trimmed().isEmpty()) {
        *error = QStringLiteral("empty example");
        return std::nullopt;
    }
    return ex;
}

const PackRule *LanguagePack::rule(const QString &id) const
{
    for (const PackRule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::optional<LanguagePack> loadLanguagePack(const QString &rulesRoot, const QString &language,
                                             QString *error)
{
    LanguagePack pack;
    pack.language = language;
    const QDir dir(rulesRoot + QLatin1Char('/') + language);
    if (!dir.exists()) {
        *error = QStringLiteral("no rule pack for language \"%1\" in %2").arg(language, rulesRoot);
        return std::nullopt;
    }
    bool ok = true;
    const QString sharedFile = dir.filePath(QStringLiteral("_language.json"));
    if (QFile::exists(sharedFile)) {
        const QJsonObject shared = readJsonObject(sharedFile, error);
        if (shared.isEmpty())
            return std::nullopt;
        const QString unknown = unknownKey(shared, {"marketplace", "order_id_line", "greetings", "service_lines", "order_words",
                                                    "reference_words", "phone_cues", "allowed_repeats", "abbreviations", "words", "clitics",
                                                    "greeting_marks", "determiners", "name_titles", "capitalises_nouns",
                                                    "compound_links", "compound_stem_endings", "compound_prefixes", "compound_dropped_endings",
                                                    "diminutive_endings", "diminutive_completions", "diminutive_stem_changes",
                                                    "loanword_dictionary"});
        if (!unknown.isEmpty()) {
            *error = QStringLiteral("%1: unknown key \"%2\"").arg(sharedFile, unknown);
            return std::nullopt;
        }
        pack.defaultMarketplace = shared.value(QStringLiteral("marketplace")).toString();
        pack.orderIdLine = shared.value(QStringLiteral("order_id_line")).toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("allowed_repeats")).toArray())
            pack.allowedRepeats.insert(w.toString().toLower());
        for (const QJsonValue &w : shared.value(QStringLiteral("words")).toArray())
            pack.words.insert(w.toString());
        for (const QJsonValue &w : shared.value(QStringLiteral("determiners")).toArray())
            pack.determiners.insert(w.toString().toLower());
        for (const QJsonValue &w : shared.value(QStringLiteral("name_titles")).toArray())
            pack.nameTitles.insert(w.toString().toLower());
        pack.capitalisesNouns = shared.value(QStringLiteral("capitalises_nouns")).toBool(false);
        for (const QJsonValue &w : shared.value(QStringLiteral("compound_links")).toArray())
            pack.compounds.links << w.toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("compound_stem_endings")).toArray())
            pack.compounds.stemEndings << w.toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("compound_prefixes")).toArray())
            pack.compounds.prefixes << w.toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("compound_dropped_endings")).toArray())
            pack.compounds.droppedEndings << w.toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("diminutive_endings")).toArray())
            pack.diminutives.endings << w.toString();
        std::sort(pack.diminutives.endings.begin(), pack.diminutives.endings.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QJsonValue &w : shared.value(QStringLiteral("diminutive_completions")).toArray())
            pack.diminutives.completions << w.toString();
        const QJsonObject stemChanges = shared.value(QStringLiteral("diminutive_stem_changes")).toObject();
        for (auto it = stemChanges.begin(); it != stemChanges.end(); ++it)
            pack.diminutives.stemChanges.append({it.key(), it.value().toString()});
        pack.loanwordDictionary = shared.value(QStringLiteral("loanword_dictionary")).toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("greeting_marks")).toArray())
            pack.greetingMarks += w.toString();
        for (const QJsonValue &w : shared.value(QStringLiteral("clitics")).toArray())
            pack.clitics << w.toString().toLower();
        std::sort(pack.clitics.begin(), pack.clitics.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QJsonValue &w : shared.value(QStringLiteral("abbreviations")).toArray()) {
            QString a = w.toString().toLower();
            while (a.endsWith(QLatin1Char('.')))
                a.chop(1);
            pack.abbreviations.insert(a);
        }
        pack.greetings = compileList(shared.value(QStringLiteral("greetings")).toArray(), sharedFile, error, &ok);
        pack.serviceLines = compileList(shared.value(QStringLiteral("service_lines")).toArray(), sharedFile, error, &ok);
        pack.orderWords = compileList(shared.value(QStringLiteral("order_words")).toArray(), sharedFile, error, &ok);
        pack.referenceWords = compileList(shared.value(QStringLiteral("reference_words")).toArray(), sharedFile, error, &ok);
        pack.phoneCues = compileList(shared.value(QStringLiteral("phone_cues")).toArray(), sharedFile, error, &ok);
        if (!ok)
            return std::nullopt;
    }

    RE2::Options setOptions = packOptions();
    setOptions.set_max_mem(64 << 20);   // the combined sets are large
    pack.phraseSet = std::make_unique<RE2::Set>(setOptions, RE2::UNANCHORED);

    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.startsWith(QLatin1Char('_')))
            continue;
        const QString path = dir.filePath(name);
        const QJsonObject o = readJsonObject(path, error);
        if (o.isEmpty())
            return std::nullopt;
        if (const QString unknown = unknownKey(o, {"rule", "kind", "patterns", "exceptions", "requires", "part", "suggestion", "sentence_fix", "examples"});
            !unknown.isEmpty()) {
            *error = QStringLiteral("%1: unknown key \"%2\"").arg(path, unknown);
            return std::nullopt;
        }
        PackRule rule;
        rule.file = path;
        rule.id = o.value(QStringLiteral("rule")).toString();
        if (rule.id + QStringLiteral(".json") != name) {
            *error = QStringLiteral("%1: \"rule\" must name the file's rule (%2)").arg(path, name.chopped(5));
            return std::nullopt;
        }
        const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("phrase"));
        if (kind == QLatin1String("phrase")) rule.kind = PackRuleKind::Phrase;
        else if (kind == QLatin1String("link-text")) rule.kind = PackRuleKind::LinkText;
        else if (kind == QLatin1String("detector")) rule.kind = PackRuleKind::Detector;
        else if (kind == QLatin1String("concepts")) rule.kind = PackRuleKind::Concepts;
        else {
            *error = QStringLiteral("%1: unknown kind \"%2\"").arg(path, kind);
            return std::nullopt;
        }
        const QString parts = o.value(QStringLiteral("part")).toString();
        rule.parts = parts == QLatin1String("subject") ? PartScope::Subject
                   : parts == QLatin1String("body")    ? PartScope::Body : PartScope::Both;
        rule.patterns = compileList(o.value(QStringLiteral("patterns")).toArray(), path, error, &ok);
        rule.exceptions = compileList(o.value(QStringLiteral("exceptions")).toArray(), path, error, &ok);
        if (!ok)
            return std::nullopt;
        if ((rule.kind == PackRuleKind::Detector || rule.kind == PackRuleKind::Concepts) && !rule.patterns.empty()) {
            *error = QStringLiteral("%1: a %2 rule has no patterns of its own").arg(path, kind);
            return std::nullopt;
        }
        if (rule.kind != PackRuleKind::Detector && rule.kind != PackRuleKind::Concepts && rule.patterns.empty()) {
            *error = QStringLiteral("%1: a %2 rule needs patterns").arg(path, kind);
            return std::nullopt;
        }
        rule.requirements = toStringList(o.value(QStringLiteral("requires")));
        for (const QString &r : rule.requirements) {
            if (r != QLatin1String("proactive") && r != QLatin1String("review-already-requested")) {
                *error = QStringLiteral("%1: unknown value \"%2\" in \"requires\"").arg(path, r);
                return std::nullopt;
            }
        }
        rule.suggestion = o.value(QStringLiteral("suggestion")).toString();
        if (o.contains(QStringLiteral("sentence_fix")))
            rule.sentenceFix = o.value(QStringLiteral("sentence_fix")).toString();
        const QJsonObject examples = o.value(QStringLiteral("examples")).toObject();
        for (const auto &[key, target] : {std::pair{QStringLiteral("bad"), &rule.bad},
                                          std::pair{QStringLiteral("good"), &rule.good}}) {
            for (const QJsonValue &v : examples.value(key).toArray()) {
                QString why;
                auto ex = parseExample(v, &why);
                if (!ex) {
                    *error = QStringLiteral("%1: %2 example: %3").arg(path, key, why);
                    return std::nullopt;
                }
                if (rule.parts == PartScope::Subject)
                    ex->inSubject = true;
                if (rule.kind == PackRuleKind::LinkText)
                    ex->asLinkText = true;
                target->append(*ex);
            }
        }
        if (rule.kind == PackRuleKind::Phrase) {
            const int ruleIndex = int(pack.rules.size());
            for (int i = 0; i < int(rule.patterns.size()); ++i) {
                std::string why;
                if (pack.phraseSet->Add(rule.patterns[size_t(i)].re->pattern(), &why) < 0) {
                    *error = QStringLiteral("%1: pattern \"%2\": %3")
                                 .arg(path, rule.patterns[size_t(i)].re->source(), QString::fromLatin1(why));
                    return std::nullopt;
                }
                pack.phraseSetIndex.emplace_back(ruleIndex, i);
            }
        }
        pack.rules.push_back(std::move(rule));
    }
    if (!pack.phraseSet->Compile()) {
        *error = QStringLiteral("%1: the phrase patterns are too large to combine").arg(dir.path());
        return std::nullopt;
    }
    return pack;
}

} // namespace permitted

namespace permitted {
bool requirementsMet(const QStringList &requirements, const MessageContext &context)
{
    for (const QString &r : requirements) {
        if (r == QLatin1String("proactive") && context.kind != MessageKind::Proactive)
            return false;
        if (r == QLatin1String("review-already-requested") && !context.reviewAlreadyRequested)
            return false;
    }
    return true;
}
}
