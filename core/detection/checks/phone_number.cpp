// phone-number: phone numbers as libphonenumber's matcher finds them in the marketplace's region,
// or failing that in another marketplace of the buyer's language ("0151 23456789" is a number in
// Germany, in no marketplace of English). The matcher slows down sharply on
// long texts, so it only sees short windows around runs of digits. A number in a sentence
// about a warranty, carrier or manufacturer line is a warning, not an error.

#include "detection/checks/checks.h"
#include "detection/fix_ranges.h"
#include "detection/checks/phone_number.h"
#include "detection/byte_alphabet.h"
#include "languages.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>
#include <QRegularExpression>
#include <deque>
#include <optional>
#include <span>
#include <re2/re2.h>

namespace permitted {

const char *phoneCandidateExpression()
{
    // A run that could be a phone number: seven digits or more, with the separators phone
    // numbers are written with.
    return R"((\+?\(?\d[\d\s().\-/]{5,}\d))";
}

void preparePhoneNumbers()
{
    i18n::phonenumbers::PhoneNumberUtil::GetInstance();
}

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

// Amazon marketplaces are ISO countries except the UK, which libphonenumber calls GB.
std::string regionOf(const QString &marketplace)
{
    return marketplace == QLatin1String("UK") ? std::string("GB") : marketplace.toStdString();
}

// The regions whose numbers a buyer is likely to be given: the marketplace's first, then those of
// the other marketplaces of the buyer's language (a Mexican seller on amazon.com writes a Mexican
// mobile number, a British one on amazon.com a British one). One region per country calling
// code: the matcher reads a Canadian number in the United States' plan as it does in Canada's.
std::vector<std::string> regionsToTry(const MessageContext &context)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::vector<std::string> regions{regionOf(context.marketplace)};
    std::vector<int> codes{util.GetCountryCodeForRegion(regions.front())};
    if (const BuyerLanguage *language = findBuyerLanguage(context.language))
        for (const QString &marketplace : language->marketplaces) {
            const int code = util.GetCountryCodeForRegion(regionOf(marketplace));
            if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
                regions.push_back(regionOf(marketplace));
                codes.push_back(code);
            }
        }
    return regions;
}

// "08.11.2024", "2025-03-04", "2016-2023", "302-482917-6610349": a date, a span of years, or an
// order ID with a digit too few or too many (invalid-order-id says so), which some region's
// numbering plan would take for a number.
bool shapedLikeDateOrOrderId(std::string_view run)
{
    // In brackets too: "ab dem Lieferdatum (08.05.2024)".
    static const RE2 shape(R"re(\(?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{3}-\d{5,8}-\d{4,8})re"
                           R"re(|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d\d-(?:19|20)\d\d)\)?)re");
    Q_ASSERT(shape.ok());
    return RE2::FullMatch(re2::StringPiece(run.data(), run.size()), shape);
}

// "TX-0351-2278-40", "RE2024-10457": digits glued to letters before them are a model, part or
// reference code, never how a phone number is written. So are digits after groups of letters
// and digits that spaces set apart: a tracking number written in groups ("1Z 8V4 27F 03 5512
// 0946"). One such group is not enough: "Hotline 24h 0800 123 456" is a phone number.
// "ATE 24.0125-0156.1": what the matcher took for a number goes on, past a dot or a hyphen, in
// more digits on either side; a phone number it reads whole.
bool insideLongerCode(const QString &text, Range r)
{
    auto joinedDigit = [&](int mark, int digit) {
        return mark >= 0 && digit >= 0 && digit < text.size() && (text[mark] == u'.' || text[mark] == u'-')
               && text[digit].isDigit();
    };
    return joinedDigit(r.start - 1, r.start - 2) || (r.end < text.size() && joinedDigit(r.end, r.end + 1));
}

bool gluedToACode(const QString &text, int start)
{
    int i = start;
    if (i > 0 && (text[i - 1] == u'-' || text[i - 1] == u'/'))
        --i;
    if (i > 0 && text[i - 1].isLetter())
        return true;
    // The group before position `end` (just after it, a space): whether it holds letters, digits.
    auto group = [&](int end, bool &letter, bool &digit) {
        letter = digit = false;
        int j = end - 1;
        for (; j >= 0 && text[j].isLetterOrNumber(); --j) {
            letter = letter || text[j].isLetter();
            digit = digit || text[j].isDigit();
        }
        return j;   // the space before the group, or -1
    };
    if (i < 2 || text[i - 1] != u' ')
        return false;
    bool letter1, digit1, letter2, digit2;
    const int before = group(i - 1, letter1, digit1);
    if (!(letter1 && digit1) || before < 1 || text[before] != u' ')
        return false;
    group(before, letter2, digit2);
    return digit2;
}

// Between a reference word and its number: four short words at most, and some punctuation
// ("no.", "is", "lautet", ":", "#", "für das Ersatzkabel ist").
bool isShortGap(const QString &gap)
{
    const QStringList words = gap.split(QRegularExpression(QStringLiteral("[\\s:#.]+")), Qt::SkipEmptyParts);
    // "EAN on the label: 8 033221 445067", "codice EAN sull'etichetta è ...": a few words between,
    // in one clause ("si no sabe qué modelo es, llámenos al 985 ..." names no model number).
    // "text me the tracking at (512) 555-0148": a number one reaches "at" is a number to call.
    static const QSet<QString> reachedAt = {QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("al"),
                                            QStringLiteral("allo"), QStringLiteral("unter")};
    // A code of letters and digits may stand between ("Katalognummer 1C 064-63 415"); a number
    // alone may not (it would be another number, the reference's own).
    auto isNumber = [](const QString &w) { return std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }); };
    return words.size() <= 4 && gap.size() <= 28
           && std::none_of(words.begin(), words.end(), [&](const QString &w) { return reachedAt.contains(w.toLower()) || isNumber(w); })
           && std::none_of(gap.begin(), gap.end(), [](QChar c) { return c == u'!' || c == u'?' || c == u',' || c == u';'; });
}

// The words that make a number a reference or a service line: those of the language the text is
// written in ("tracking number" in English to a German buyer), else the buyer's, which a
// language without a pack often shares ("trackingnummer" in Dutch).
const LanguagePack *numberWords(const CheckInput &in)
{
    return in.phrasePack ? in.phrasePack : in.pack;
}

// "Paketnummer 05282012345678", "invoice no. 2026-000481": the words before the number say it is
// a reference of some kind (the pack's reference_words), not a number to call.
bool introducedAsReference(const CheckInput &in, const TextView &view, Range r, int depth = 0)
{
    const LanguagePack *words = numberWords(in);
    if (!words)
        return false;
    const Range before{std::max(0, r.start - 48), r.start};   // the longest reference word and gap
    for (const PackPattern &word : words->referenceWords)
        for (const Range &m : findAll(word, view, before))
            if (isShortGap(view.text().mid(m.end, r.start - m.end)))
                return true;
    // The next of a list: "models 0603 264 100 and 0603 264 200", "Art.-Nr. 4711, 4712".
    static const QRegularExpression joined(QStringLiteral("[\\d)]\\s*(?:,|/|\\s(?:and|or|et|ou|und|oder|y|o|e|ed))\\s+$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString &text = view.text();
    const int from = std::max(0, r.start - 8);
    const auto m = joined.match(text.mid(from, r.start - from));
    if (depth < 3 && m.hasMatch()) {
        int start = from + int(m.capturedStart()) + 1;   // just after the previous number's last digit
        int end = start;
        while (start > 0 && (text[start - 1].isDigit() || text[start - 1] == u' ' || text[start - 1] == u'-' || text[start - 1] == u'.'))
            --start;
        while (start < end && !text[start].isDigit())
            ++start;
        if (start < end && introducedAsReference(in, view, {start, end}, depth + 1))
            return true;
    }
    return false;
}

// "ring me on 01632 960443", "Tel: ...": the words just before the number say it is one to call
// (the pack's phone_cues), so a number the plan keeps for films and tests, or one of another
// region's plan, still counts. The cue must end at most a few words before the number.
bool introducedAsPhone(const CheckInput &in, const TextView &view, Range r)
{
    const LanguagePack *words = numberWords(in);
    if (!words)
        return false;
    const Range before{std::max(0, r.start - 40), r.start};
    for (const PackPattern &cue : words->phoneCues)
        for (const Range &m : findAll(cue, view, before))
            if (!view.text().mid(m.end, r.start - m.end).contains(QLatin1Char('\n')))
                return true;
    return false;
}

// "GM 84230985", "OEM 84192631", "LuK 624 3183 00": right after a brand's short name, written in
// capitals or with a capital inside, a number is its part number. (Not after any word the
// dictionary lacks: a person's name signs with a phone number, "Marco Rossi 347 123 4567".) A
// word that says to call the number ("WhatsApp", "TEL") is none.
bool afterBrandName(const CheckInput &in, const TextView &view, Range r)
{
    const QString &text = view.text();
    const int end = r.start - 1;
    if (end < 1 || text[end] != u' ')
        return false;
    int start = end;
    while (start > 0 && text[start - 1].isLetter())
        --start;
    const QStringView word = QStringView(text).mid(start, end - start);
    return word.size() >= 2 && word.front().isUpper()
           && std::any_of(word.begin() + 1, word.end(), [](QChar c) { return c.isUpper(); })
           && !introducedAsPhone(in, view, r);
}

// "Bosch 0 986 452 041", "(0 580 464 070)": a lone zero, then groups of three, is how parts are
// numbered; a phone number writes its trunk zero with the area code. Unless the sentence says to
// call it ("Appelez le 0 800 123 456").
bool groupedLikeAPartNumber(const CheckInput &in, const TextView &view, Range r)
{
    static const QRegularExpression partNumberGrouping(QStringLiteral("^0 \\d{3} \\d{3} \\d{3}$"));
    return partNumberGrouping.match(view.slice(r)).hasMatch() && !introducedAsPhone(in, view, r);
}

void checkPart(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const std::string_view text = view.bytes();
    const QString &folded = view.folded();
    if (!part.entities.mayHavePhoneNumber)
        return;
    static const std::unique_ptr<RE2> candidate = compileForBytes(phoneCandidateExpression());
    const re2::StringPiece whole(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::vector<std::string> regions = regionsToTry(in.context);
    while (pos < text.size() && candidate->Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        const int b = int(m.data() - text.data());
        const int e = b + int(m.size());
        pos = size_t(e);
        // No phone number has fewer than 7 digits or, with its country code and a trunk prefix,
        // more than 17 (E.164 allows 15); an order ID or a link is no phone number; and the
        // matcher is costly, so it sees none of these.
        const qsizetype digits = std::count_if(m.begin(), m.end(), [](char c) { return c >= '0' && c <= '9'; });
        const Range run{b, e};
        if (digits < 7 || (digits > 17 && m.find(' ') == re2::StringPiece::npos))
            continue;
        // The cheap tests first: the reference words are searched for with expressions.
        if (part.entities.coversWhole(run) || gluedToACode(folded, b) || shapedLikeDateOrOrderId(std::string_view(m.data(), m.size()))
            || introducedAsReference(in, view, run) || afterBrandName(in, view, run)
            || groupedLikeAPartNumber(in, view, run))
            continue;
        // The window: the run and a few words around it, on its own line, whole characters.
        int wb = std::max(0, b - 24), we = std::min(int(folded.size()), e + 24);
        if (wb > 0 && folded[wb].isLowSurrogate()) --wb;
        if (we < folded.size() && folded[we].isLowSurrogate()) ++we;
        if (const qsizetype nl = folded.lastIndexOf(QLatin1Char('\n'), b); nl >= wb) wb = int(nl) + 1;
        if (const qsizetype nl = folded.indexOf(QLatin1Char('\n'), e); nl >= 0 && nl < we) we = int(nl);
        // libphonenumber reads UTF-8; its offsets are counted back in UTF-16 units.
        const QByteArray window = QStringView(folded).mid(wb, we - wb).toUtf8();
        auto utf16At = [&](size_t offset) { return wb + int(QString::fromUtf8(window.constData(), qsizetype(offset)).size()); };
        // Valid numbers of the region. (Strict grouping would also refuse a part number such as
        // 4412-3365-87, but it refuses numbers sellers really write too, "0 800 123 456"; the
        // reference words below take care of part and invoice numbers.)
        std::deque<PhoneNumberMatch> matches;   // not copyable: a deque keeps them in place
        // A number written with its country code reads the same in every region's plan: one is
        // asked. (In the realistic benchmark's files, a window with no number in any region cost
        // seven matchers: these and the spans of years above were a third of them.)
        const auto regionCount = m[0] == '+' ? size_t(1) : regions.size();
        for (const std::string &region : std::span(regions).first(regionCount)) {
            PhoneNumberMatcher matcher(util, window.toStdString(), region, PhoneNumberMatcher::VALID, 20);
            while (matcher.HasNext()) {
                matches.emplace_back();
                if (!matcher.Next(&matches.back())) {
                    matches.pop_back();
                    break;
                }
            }
            if (!matches.empty())
                break;
        }
        // A number written with its country code, or with its area code in brackets, is a phone
        // number even where the plan keeps it for films and tests ("+44 7700 900431",
        // "(512) 555-0148" are refused as invalid): nothing else is written so. So is one the
        // sentence says to call ("ring us on 01632 960418").
        static const RE2 areaCodeInBrackets(R"(^\(\d{2,5}\)[ \-]?\d)");
        const bool cued = matches.empty() && m[0] != '+' && introducedAsPhone(in, view, run);
        if (matches.empty() && (m[0] == '+' || RE2::PartialMatch(m, areaCodeInBrackets) || cued)) {
            // A called number may be of any of the regions; the others are read in the first's plan.
            const size_t plans = cued ? regions.size() : 1;
            for (size_t i = 0; i < plans && matches.empty(); ++i) {
                PhoneNumberMatcher matcher(util, window.toStdString(), m[0] == '+' ? "ZZ" : regions[i],
                                           PhoneNumberMatcher::POSSIBLE, 20);
                matches.emplace_back();
                while (matcher.HasNext() && matcher.Next(&matches.back())) {
                    const char first = matches.back().raw_string().front();
                    if (first == '+' || first == '(' || cued)
                        matches.emplace_back();
                }
                matches.pop_back();
            }
        }
        // A called number no plan reads whole ("0151 23456789" for an English buyer) may be read
        // as two shorter ones: it is one number, the run the seller wrote.
        if (cued && !matches.empty()) {
            const int runStart = int(QStringView(folded).mid(wb, b - wb).toUtf8().size());
            const std::string raw = QStringView(folded).mid(b, e - b).toUtf8().toStdString();
            const auto inRun = std::find_if(matches.begin(), matches.end(), [&](const PhoneNumberMatch &match) {
                return match.start() < runStart + int(raw.size()) && match.start() + int(match.raw_string().size()) > runStart;
            });
            const std::optional<PhoneNumber> number = inRun == matches.end() ? std::nullopt : std::optional(inRun->number());
            matches.clear();
            if (number)
                matches.emplace_back(runStart, raw, *number);
        }
        for (const PhoneNumberMatch &match : matches) {
            const size_t mb = size_t(match.start());
            const Range r{utf16At(mb), utf16At(mb + match.raw_string().size())};
            if (part.entities.covers(r) || introducedAsReference(in, view, r) || shapedLikeDateOrOrderId(match.raw_string())
                || insideLongerCode(folded, r) || gluedToACode(folded, r.start))
                continue;   // an order ID, a tracking link, a parcel or invoice number, a part number ("5Q0 698 151 B")
            if (std::any_of(out.begin(), out.end(), [&](const Finding &f) {
                    return f.ruleId == QLatin1String("phone-number") && f.part == part.part
                           && Range{f.start, f.end()}.overlaps(r); }))
                continue;   // windows overlap: the same number seen twice
            Finding f = in.finding(QStringLiteral("phone-number"), part.part, r);
            f.fix = removalFix(view, r);
            if (const LanguagePack *words = numberWords(in)) {
                for (size_t i = view.sentenceIndexAt(r.start);; ++i) {
                    const std::optional<Range> sentence = view.sentence(i);
                    if (!sentence || sentence->start >= r.end)
                        break;
                    for (const PackPattern &p : words->serviceLines)
                        if (!findAll(p, view, *sentence).empty()) {
                            f.severity = Severity::Warning;
                            f.note = QStringLiteral("service-line");
                        }
                }
            }
            out.append(f);
        }
    }
}

} // namespace

void checkPhoneNumbers(const CheckInput &in, Findings &out)
{
    checkPart(in, in.subject, out);
    checkPart(in, in.body, out);
}

} // namespace permitted
