// phone-number: phone numbers as libphonenumber's matcher finds them in the marketplace's region
// ("030 12345678" is a number in Germany, not in the US). The matcher slows down sharply on
// long texts, so it only sees short windows around runs of digits. A number in a sentence
// about a warranty, carrier or manufacturer line is a warning, not an error.

#include "checks.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>
#include <QRegularExpression>
#include <re2/re2.h>

namespace permitted {
namespace {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

// Amazon marketplaces are ISO countries except the UK, which libphonenumber calls GB.
std::string regionOf(const QString &marketplace)
{
    return marketplace == QLatin1String("UK") ? std::string("GB") : marketplace.toStdString();
}

// Between a reference word and its number: at most two short words and some punctuation
// ("no.", "is", "lautet", ":", "#").
bool isShortGap(const QString &gap)
{
    const QStringList words = gap.split(QRegularExpression(QStringLiteral("[\\s:#.]+")), Qt::SkipEmptyParts);
    return words.size() <= 2 && gap.size() <= 16
           && std::none_of(gap.begin(), gap.end(), [](QChar c) { return c.isDigit() || c == u'!' || c == u'?'; });
}

// "Paketnummer 05282012345678", "invoice no. 2026-000481": the words before the number say it is
// a reference of some kind (the pack's reference_words), not a number to call.
bool introducedAsReference(const CheckInput &in, const TextView &view, Range r)
{
    if (!in.pack)
        return false;
    const Range before{std::max(0, r.start - 30), r.start};
    for (const PackPattern &word : in.pack->referenceWords)
        for (const Range &m : findAll(word, view, before))
            if (isShortGap(view.text().mid(m.end, r.start - m.end)))
                return true;
    return false;
}

void checkPart(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const std::string_view text = view.utf8();
    // A run that could be a phone number: seven digits or more, with the separators phone
    // numbers are written with.
    static const RE2 candidate(R"((\+?\(?\d[\d\s().\-/]{5,}\d))");
    const re2::StringPiece whole(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::string region = regionOf(in.context.marketplace);
    while (pos < text.size() && candidate.Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        const size_t b = size_t(m.data() - text.data());
        const size_t e = b + m.size();
        pos = e;
        // No phone number has fewer than 7 digits or, with its country code and a trunk prefix,
        // more than 17 (E.164 allows 15); an order ID or a link is no phone number; and the
        // matcher is costly, so it sees none of these.
        const qsizetype digits = std::count_if(m.begin(), m.end(), [](char c) { return c >= '0' && c <= '9'; });
        const Range run{view.toUtf16(b), view.toUtf16(e)};
        if (digits < 7 || (digits > 17 && m.find(' ') == re2::StringPiece::npos))
            continue;
        if (part.entities.coversWhole(run) || introducedAsReference(in, view, run))
            continue;
        // The window: the run and a few words around it, on its own line.
        size_t wb = b > 24 ? b - 24 : 0, we = std::min(text.size(), e + 24);
        while (wb > 0 && (static_cast<unsigned char>(text[wb]) & 0xC0) == 0x80) --wb;
        while (we < text.size() && (static_cast<unsigned char>(text[we]) & 0xC0) == 0x80) ++we;
        if (const size_t nl = text.rfind('\n', b); nl != std::string_view::npos && nl >= wb) wb = nl + 1;
        if (const size_t nl = text.find('\n', e); nl != std::string_view::npos && nl < we) we = nl;
        const std::string window(text.substr(wb, we - wb));
        // Valid numbers of the region. (Strict grouping would also refuse a part number such as
        // 4412-3365-87, but it refuses numbers sellers really write too, "0 800 123 456"; the
        // reference words below take care of part and invoice numbers.)
        PhoneNumberMatcher matcher(util, window, region, PhoneNumberMatcher::VALID, 20);
        while (matcher.HasNext()) {
            PhoneNumberMatch match;
            if (!matcher.Next(&match))
                break;
            const size_t mb = wb + size_t(match.start());
            const Range r{view.toUtf16(mb), view.toUtf16(mb + match.raw_string().size())};
            if (part.entities.covers(r) || introducedAsReference(in, view, r))
                continue;   // an order ID, a tracking link, a parcel or invoice number
            if (std::any_of(out.begin(), out.end(), [&](const Finding &f) {
                    return f.ruleId == QLatin1String("phone-number") && f.part == part.part
                           && Range{f.start, f.end()}.overlaps(r); }))
                continue;   // windows overlap: the same number seen twice
            Finding f = in.finding(QStringLiteral("phone-number"), part.part, r);
            if (in.pack) {
                for (const Range &sentence : view.sentences()) {
                    if (!sentence.overlaps(r))
                        continue;
                    for (const PackPattern &p : in.pack->serviceLines)
                        if (!findAll(p, view, sentence).empty()) {
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
