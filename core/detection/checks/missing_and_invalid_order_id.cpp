// missing-order-id: a proactive message must carry the 17-digit order ID or {{order_id}}
// (a suggestion only for replies, and nothing for a reason that may come before any order).
// invalid-order-id: something shaped almost like an order ID: hyphenated groups of the wrong
// length (a group of five digits only after the word "order"), one of the two hyphens left out
// ("305-44182037765120"); after the word "order", 16 to 18 digits in one run, or the three
// groups with spaces for hyphens.

#include "detection/checks/checks.h"
#include "detection/byte_alphabet.h"
#include "detection/foreign_placeholders.h"
#include "languages.h"
#include "reasons.h"

#include <re2/re2.h>

namespace permitted {
namespace {

bool hasOrderId(const PartInput &part)
{
    if (!part.entities.orderIds.empty())
        return true;
    for (const Placeholder &p : part.entities.placeholders)
        if ((p.foreign ? ourPlaceholderFor(p.name) : p.name) == QLatin1String("order_id"))
            return true;
    return false;
}

// Whether the text has a run of at least `n` digits: every shape below has one.
bool hasDigitRun(const QString &text, int n)
{
    int run = 0;
    for (QChar c : text) {
        run = (c >= u'0' && c <= u'9') ? run + 1 : 0;
        if (run >= n)
            return true;
    }
    return false;
}

// Calls `found` with group 1 of each match of `re`: its range and its text.
template <typename Found>
void forEachMatch(const RE2 &re, std::string_view text, Found found)
{
    const re2::StringPiece whole(text.data(), text.size());
    re2::StringPiece m[2];
    size_t pos = 0;
    while (pos < text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, m, 2)) {
        const size_t b = size_t(m[1].data() - text.data());
        pos = b + m[1].size();
        found(Range{int(b), int(pos)}, std::string_view(m[1].data(), m[1].size()));
    }
}

// The order ID its 17 digits make, hyphens in place ("40577120345501234", "402 8816320 7749013").
QString withHyphens(QStringView digitsAndSpaces)
{
    QString digits;
    for (QChar c : digitsAndSpaces)
        if (c.isDigit())
            digits += c;
    return digits.left(3) + QLatin1Char('-') + digits.mid(3, 7) + QLatin1Char('-') + digits.mid(10);
}

void findMalformed(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    if (!hasDigitRun(view.text(), 6))
        return;
    const std::string_view text = view.bytes();
    static const std::unique_ptr<RE2> hyphenated = compileForBytes(R"((?:^|[^\pL\pN-])(\d{2,4}-\d{4,9}-\d{3,9}|\d{3}-\d{13,15}|\d{9,11}-\d{7})(?:$|[^\pL\pN-]))");
    static const std::unique_ptr<RE2> run = compileForBytes(R"((?:^|[^\pL\pN-])(\d{16,18})(?:$|[^\pL\pN-]))");
    static const std::unique_ptr<RE2> spaced = compileForBytes(R"((?:^|[^\pL\pN-])(\d{3} \d{7} \d{7})(?:$|[^\pL\pN-]))");
    // Whether the words just before `r` call it an order number ("order", "commande", "pedido").
    auto namedAnOrder = [&](Range r) {
        if (!in.pack)
            return false;
        const Range before{std::max(0, r.start - 30), r.start};
        return std::any_of(in.pack->orderWords.begin(), in.pack->orderWords.end(),
                           [&](const PackPattern &word) { return !findAll(word, view, before).empty(); });
    };
    forEachMatch(*hyphenated, text, [&](Range r, std::string_view groups) {
        if (std::any_of(part.entities.orderIds.begin(), part.entities.orderIds.end(), [&](Range o) { return o.overlaps(r); }))
            return;
        // Groups far from seven digits are common in part and serial numbers ("171-83920-44532",
        // "400-551-2093"): such a shape is a mistyped order ID only when the sentence calls it an
        // order ("your order 113-45562219-0045").
        const size_t first = groups.find('-'), second = groups.find('-', first + 1);
        auto nearSeven = [](size_t length) { return length >= 6 && length <= 8; };
        const bool unlikeAnOrderId = second != std::string_view::npos
                                     && (!nearSeven(second - first - 1) || !nearSeven(groups.size() - second - 1));
        if (!unlikeAnOrderId || namedAnOrder(r))
            out.append(in.finding(QStringLiteral("invalid-order-id"), part.part, r));
    });
    // A run of digits is an order number only when the sentence calls it one: tracking numbers
    // are runs of digits too. So are the order ID's groups with spaces for hyphens
    // ("ordine n. 402 8816320 7749013"), which a phone number could also be.
    auto namedRun = [&](Range r, std::string_view) {
        if (!namedAnOrder(r))
            return;
        Finding f = in.finding(QStringLiteral("invalid-order-id"), part.part, r);
        const QStringView found = QStringView(view.text()).mid(r.start, r.length());
        if (std::count_if(found.begin(), found.end(), [](QChar c) { return c.isDigit(); }) == 17)
            f.fix = Fix{r.start, r.length(), withHyphens(found)};
        out.append(f);
    };
    forEachMatch(*run, text, namedRun);
    forEachMatch(*spaced, text, namedRun);
}

} // namespace

void checkOrderIds(const CheckInput &in, Findings &out)
{
    findMalformed(in, in.subject, out);
    findMalformed(in, in.body, out);
    const ContactReason *reason = findContactReason(in.context.reason);
    if (hasOrderId(in.subject) || hasOrderId(in.body) || in.body.view.text().trimmed().isEmpty()
        || (reason && !reason->aboutAnOrder))
        return;
    Finding f = in.finding(QStringLiteral("missing-order-id"), Part::Body, {0, 0});
    if (in.context.kind == MessageKind::Reply)
        f.severity = Severity::Suggestion;
    // Insert the order line after the greeting, or at the top.
    const QString line = (in.pack && !in.pack->orderIdLine.isEmpty()) ? in.pack->orderIdLine
                                                                       : QStringLiteral("{{order_id}}");
    const QString &text = in.body.view.text();
    int at = 0;
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    if (firstBreak > 0 && in.pack) {
        for (const PackPattern &g : in.pack->greetings)
            if (!findAll(g, in.body.view, {0, int(firstBreak)}).empty())
                at = int(firstBreak) + 1;
    }
    f.fix = Fix{at, 0, line + QLatin1Char('\n')};
    out.append(f);
}

} // namespace permitted
