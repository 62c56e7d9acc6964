#include "detection/entities.h"
#include <QSet>
#include <QRegularExpression>
#include "detection/byte_alphabet.h"
#include "detection/domain_policy.h"
#include "detection/foreign_placeholders.h"
#include "detection/checks/emoticons.h"
#include "detection/checks/phone_number.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <bitset>

namespace permitted {
namespace {

// The expressions that find entities, in the one-byte alphabet of TextView::bytes().
enum Expression { kEmail, kSpelledOutEmail, kUrl, kBareDomain, kOrderId, kMarkup, kFace, kPhoneCandidate, kExpressionCount };

const char *const kExpressions[kExpressionCount] = {
    // kEmail
    R"((?:^|[^\pL\pN])((?:[\pL\pN][\pL\pN._%+-]*)(?:@|\s@\s)([\pL\pN-]+(?:\.[\pL\pN-]+)+)))",
    // kSpelledOutEmail: "name at shop dot com", "name (at) shop (dot) fr", "nom arobase ...", "nom
    // chez gmail point com". The
    // "at" and the "dot" carry their own spaces; a real "." has none around it, so "we arrive at
    // noon. Then" is no address. The ending is a top-level domain in lower case, with no path
    // after it: "like us at facebook.com/shop" is a link.
    R"((?:^|[^\pL\pN@])([\pL\pN][\pL\pN._-]*(?:\s*(?:\(at\)|\[at\]|\{at\}|\(a\)|\(arobase\)|\[arobase\]|\(arroba\)|\[arroba\]|\(chiocciola\)|\[chiocciola\]|\(ät\)|\[ät\])\s*|@|\s+(?:at|arobase|arroba|chiocciola|ät|chez)\s+)[\pL\pN-]+(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\(point\)|\[point\]|\(punkt\)|\[punkt\]|\(punto\)|\[punto\])\s*|\s+(?:dot|point|punkt|punto)\s+|\.)((?-i:[a-z]{2,6})))(?:$|[^\pL\pN/]))",
    // kUrl: with a scheme or "www."
    R"((?:^|[^\pL\pN/@.-])((?:(https?)://|www\.)([^\s/?#<>"'()\[\]{}|\\^`]+)[^\s<>"]*))",
    // kBareDomain: "myshop.com", "shop.fr/offers"
    R"((?:^|[^\pL\pN/@._-])([\pL\pN](?:[\pL\pN-]*[\pL\pN])?(?:\.[\pL\pN](?:[\pL\pN-]*[\pL\pN])?)+)(/[^\s<>"]*)?)",
    // kOrderId: 123-1234567-1234567, D01-1234567-1234567
    R"((?:^|[^\pL\pN-])((?:\d{3}|D\d\d)-\d{7}-\d{7})(?:$|[^\pL\pN-]))",
    // kMarkup: HTML tags, comments and character entities. "a < b" and "<3" are not markup: a tag
    // starts with a letter, or / and a letter, right after the "<".
    R"((</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>|<!--|-->|&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,6});))",
    // kFace: ASCII emoticons (emoticons.h); case-insensitive here, so a superset of what it finds
    emoticonExpression(),
    // kPhoneCandidate: for the phone-number rule
    phoneCandidateExpression(),
};

// One of the expressions this file runs alone (kEmail to kMarkup).
const RE2 &expression(Expression e)
{
    // Faces and phone numbers are found by the files they come from, which compile their own.
    static const auto compiled = [] {
        std::array<std::unique_ptr<RE2>, kExpressionCount> all;
        for (int i = 0; i < kFace; ++i)
            all[size_t(i)] = compileForBytes(kExpressions[i], false);
        return all;
    }();
    return *compiled[size_t(e)];
}

// "name at shop dot com" hides an address; "guides can be found at shop.co.uk" names a site.
// With a spoken "at" and a real dot, the words tell them apart: a mailbox name ("info at",
// "john.smith at"), a mail provider's domain ("anna at gmail.com"), or a verb of writing just
// before ("write to mike at mikesparts.com") makes it an address.
bool spelledOutIsAnAddress(const QString &match, const QString &before)
{
    static const QRegularExpression spokenAtRealDot(
        QStringLiteral("^(\\S+)\\s+(?:at|arobase|arroba|chiocciola|ät|chez)\\s+(\\S+\\.\\S+)$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = spokenAtRealDot.match(match);
    if (!m.hasMatch()) {
        // "in stock at shop dot co", "order direct at shop dot com", "have a look at shop dot co
        // dot uk": a site read out after a word that "at" follows in a sentence, not a mailbox.
        static const QRegularExpression wordThenSpokenAt(QStringLiteral("^(\\S+)\\s+at\\s"), QRegularExpression::CaseInsensitiveOption);
        static const QSet<QString> sentenceWords = {
            "stock", "direct", "directly", "look", "online", "available", "visit", "shop", "store", "site",
            "website", "found", "find", "cheaper", "sale", "range", "here", "there", "everything"};
        const auto w = wordThenSpokenAt.match(match);
        return !(w.hasMatch() && sentenceWords.contains(w.captured(1).toLower()));
    }
    static const QSet<QString> mailboxes = {
        "info", "contact", "kontakt", "contacto", "contatto", "contatti", "support", "service", "sales", "hello", "hallo",
        "hola", "ciao", "bonjour", "mail", "email", "admin", "office", "order", "orders", "help", "team",
        "customerservice", "kundenservice", "servicio", "atencion", "ventas", "vendite", "assistenza", "commande",
        "commandes", "sav", "service-client", "serviceclient"};
    static const QRegularExpression writeTo(
        QStringLiteral("(?:e-?mail(?:\\s+(?:us|me|them))?|write(?:\\s+(?:to|us))?|contact|reach|mail|écrivez(?:-nous)?(?:\\s+à)?|"
                       "schreiben\\s+sie(?:\\s+(?:an|uns))?|schreib(?:\\s+an)?|escríbanos(?:\\s+a)?|escribe(?:nos)?(?:\\s+a)?|"
                       "scrivete(?:ci)?(?:\\s+a)?|scrivi(?:ci)?(?:\\s+a)?)\\s*:?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> providers = {
        "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "aol", "gmx", "web", "t-online",
        "orange", "free", "laposte", "sfr", "wanadoo", "libero", "virgilio", "tiscali", "alice", "proton", "protonmail",
        "yandex", "mail", "qq", "163", "naver", "btinternet", "sky", "freenet", "arcor", "telefonica", "movistar"};
    // A coupon code before a spoken "at" is no mailbox: "code FALLCK15 at caseknight.co" names
    // where to use it (the site is a link of its own).
    static const QRegularExpression codeBefore(
        QStringLiteral("(?:code|codice|código|codigo|coupon|gutschein|gutscheincode|rabattcode)\\s*:?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression codeShape(QStringLiteral("^(?=.*\\d)(?=.*[A-Z])[A-Z0-9]{4,}$"));
    if (codeBefore.match(before).hasMatch() || codeShape.match(m.captured(1)).hasMatch())
        return false;
    // A mailbox word after a determiner is the noun: "your next order at shop.co.uk", "our team at".
    static const QRegularExpression determinerBefore(
        QStringLiteral("(?:^|\\s)(?:the|your|our|next|first|this|my|an?|votre|notre|ta|ton|prochaine?|ihre?|unser(?:e|em|en)?|"
                       "deine?|nächsten?|su|tu|nuestr[oa]|próximo|próxima|il|la|le|lo|tuo|vostr[oa]|prossimo|prossima)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString local = m.captured(1).toLower();
    const QString provider = m.captured(2).toLower().section(QLatin1Char('.'), 0, 0);
    // "sign in at icloud.com", "log on at outlook.com": a site to sign in to, a mail provider's too.
    static const QRegularExpression signingIn(QStringLiteral("(?:^|\\s)(?:sign|signed|log|logged)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if ((local == QLatin1String("in") || local == QLatin1String("on") || local == QLatin1String("up"))
        && signingIn.match(before).hasMatch())
        return false;
    if (mailboxes.contains(local) && determinerBefore.match(before).hasMatch() && !providers.contains(provider))
        return false;
    return mailboxes.contains(local) || providers.contains(provider) || writeTo.match(before).hasMatch()
           || std::any_of(local.begin(), local.end(), [](QChar c) { return c.isDigit() || c == u'.' || c == u'_'; });
}

// Which expressions match somewhere in the text, from one pass of them all together: most texts
// have no link, address, order ID or emoticon, and each expression on its own is a pass too.
std::bitset<kExpressionCount> possibleExpressions(std::string_view text)
{
    static const std::unique_ptr<RE2::Set> all = compileSetForBytes(kExpressions, false);
    std::vector<int> hits;
    std::bitset<kExpressionCount> out;
    if (all->Match(re2::StringPiece(text.data(), text.size()), &hits))
        for (const int h : hits)
            out.set(size_t(h));
    return out;
}

// Calls `onMatch(begin, end, groups)` for each match of `pattern` in the view's bytes.
template <typename F>
void forEachMatch(const TextView &view, const RE2 &pattern, F onMatch)
{
    const std::string_view text = view.bytes();
    re2::StringPiece groups[4];
    const int n = std::min(pattern.NumberOfCapturingGroups() + 1, 4);
    size_t pos = 0;
    while (pos <= text.size()
           && pattern.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED, groups, n)) {
        const size_t b = size_t(groups[0].data() - text.data());
        const size_t e = b + groups[0].size();
        onMatch(b, e, groups);
        pos = e > b ? e : e + 1;
    }
}

// Where a group matched, as a range of the text.
Range rangeOf(const TextView &view, const re2::StringPiece &group)
{
    const int start = int(group.data() - view.bytes().data());
    return {start, start + int(group.size())};
}

// What a group matched, read from the folded text (its bytes stand for the text one to one).
QString textOf(const TextView &view, const re2::StringPiece &group)
{
    return group.data() ? view.folded().mid(rangeOf(view, group).start, qsizetype(group.size())) : QString();
}

bool overlapsAny(const std::vector<Range> &list, Range r)
{
    for (const Range &x : list)
        if (x.overlaps(r))
            return true;
    return false;
}

// "${order.amazon_order_id}" holds something shaped like a domain: it is a placeholder.
bool insidePlaceholder(const std::vector<Placeholder> &placeholders, Range r)
{
    return std::any_of(placeholders.begin(), placeholders.end(), [&](const Placeholder &p) { return p.range.contains(r); });
}

// Sentence punctuation and closing brackets that end a sentence, not the link.
Range trimLinkEnd(std::string_view text, Range r)
{
    while (r.end > r.start && std::string_view(".,;:!?)]}'\"").find(text[size_t(r.end - 1)]) != std::string_view::npos)
        --r.end;
    return r;
}

} // namespace

bool Entities::covers(Range r) const
{
    // Of the entities that start before r ends, one overlaps r if the farthest reaching does
    // (entities may nest: an address in a link).
    const auto startedBefore = size_t(std::lower_bound(all.begin(), all.end(), r.end,
                                                       [](const Range &e, int end) { return e.start < end; }) - all.begin());
    return startedBefore > 0 && reachBefore[startedBefore - 1] > r.start;
}

bool EntityCursor::covers(Range r)
{
    const std::vector<Range> &all = m_entities.all;
    while (m_startedBefore < all.size() && all[m_startedBefore].start < r.end)
        ++m_startedBefore;
    // As in Entities::covers, without the search.
    return m_startedBefore > 0 && m_entities.reachBefore[m_startedBefore - 1] > r.start;
}

bool Entities::coversWhole(Range r) const
{
    return std::any_of(all.begin(), all.end(), [&](const Range &e) { return e.contains(r); });
}

std::vector<Placeholder> findPlaceholders(const TextView &view)
{
    // "{{name}}", spaces allowed inside the braces; a name is ASCII letters, digits and "_".
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    auto isNameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    std::vector<Placeholder> found;
    const std::string_view text = view.bytes();
    for (size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", open + 1)) {
        size_t i = open + 2;
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const size_t nameStart = i;
        while (i < text.size() && isNameChar(text[i]))
            ++i;
        const size_t nameEnd = i;
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (text.substr(i, 2) != "}}")
            continue;
        found.push_back({Range{int(open), int(i + 2)},
                         QString::fromLatin1(text.data() + nameStart, qsizetype(nameEnd - nameStart))});
        open = i + 1;
    }
    return found;
}

Entities findEntities(const TextView &view, const DomainPolicy &domains, bool subject)
{
    Entities out;
    const std::string_view text = view.bytes();
    const std::bitset<kExpressionCount> possible = possibleExpressions(text);
    out.placeholders = findPlaceholders(view);
    for (Placeholder &p : findForeignPlaceholders(view, out.placeholders, !subject))
        out.placeholders.push_back(std::move(p));
    std::sort(out.placeholders.begin(), out.placeholders.end(),
              [](const Placeholder &a, const Placeholder &b) { return a.range.start < b.range.start; });
    if (possible[kEmail]) {
        forEachMatch(view, expression(kEmail),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            // "photo@2x.png" is a file name: the part after the @ must end in a real domain.
            QString domain = textOf(view, g[2]);
            while (domain.endsWith(QLatin1Char('.')))
                domain.chop(1);
            if (!domains.isRegisteredDomain(domain))
                return;
            const Range r = trimLinkEnd(text, rangeOf(view, g[1]));
            if (!insidePlaceholder(out.placeholders, r))
                out.emails.push_back(r);
        });
    }
    if (possible[kSpelledOutEmail]) {
        // A site named with a spoken "at" ("the box at kitchenpro.care (at) outlook (dot) com") is
        // no address, but the text after its "at" may hold one: the search goes on from there.
        const std::string_view bytes = view.bytes();
        const RE2 &spelled = expression(kSpelledOutEmail);
        re2::StringPiece g[4];
        size_t pos = 0;
        while (pos <= bytes.size()
               && spelled.Match(re2::StringPiece(bytes.data(), bytes.size()), pos, bytes.size(), RE2::UNANCHORED, g, 3)) {
            const size_t b = size_t(g[0].data() - bytes.data()), e = b + g[0].size();
            pos = e > b ? e : e + 1;
            // Only when the last part is a real top-level domain ("we arrive at noon dot" is no
            // address) and the words say it is one.
            const QString address = textOf(view, g[1]);
            const Range whole = rangeOf(view, g[1]);
            const int from = std::max(0, whole.start - 24);
            if (!domains.isRegisteredDomain(QStringLiteral("example.") + textOf(view, g[2]))
                || !spelledOutIsAnAddress(address, view.text().mid(from, whole.start - from))) {
                if (const qsizetype space = address.indexOf(QLatin1Char(' ')); space > 0)
                    pos = std::max(size_t(b + 1), size_t(whole.start + space + 1));
                continue;
            }
            const Range r = whole;
            if (!overlapsAny(out.emails, r))
                out.emails.push_back(r);
        }
    }
    if (possible[kUrl]) {
        forEachMatch(view, expression(kUrl),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            const Range r = trimLinkEnd(text, rangeOf(view, g[1]));
            QString host = textOf(view, g[3]).toLower();
            if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0)
                host = host.mid(at + 1);
            if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0)
                host.truncate(colon);
            while (host.endsWith(QLatin1Char('.')))
                host.chop(1);
            const QString scheme = textOf(view, g[2]).toLower();
            if (scheme.isEmpty())
                host.prepend(QStringLiteral("www."));
            if (insidePlaceholder(out.placeholders, r))
                return;
            out.urls.push_back({r, scheme, host});
        });
    }
    // Bare domains: "myshop.com", "shop.fr/offers". The top-level part must be written in lower
    // case ("shipped.It" is a missing space, not a link) and registered in the Public Suffix List.
    if (possible[kBareDomain]) {
        forEachMatch(view, expression(kBareDomain),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            const Range domain = rangeOf(view, g[1]);   // and the path after it, when there is one
            const Range r = trimLinkEnd(text, {domain.start, domain.end + int(g[2].size())});
            const QString host = textOf(view, g[1]);
            const QString tld = host.section(QLatin1Char('.'), -1);
            static const QSet<QString> fileEndings = {"zip", "mov", "pdf", "doc", "txt", "jpg", "png"};
            if (tld != tld.toLower() || fileEndings.contains(tld) || !domains.isRegisteredDomain(host))
                return;
            for (const auto &u : out.urls)
                if (u.range.overlaps(r))
                    return;
            if (overlapsAny(out.emails, r) || insidePlaceholder(out.placeholders, r))
                return;
            out.urls.push_back({r, QString(), host.toLower()});
        });
    }
    if (possible[kOrderId]) {
        forEachMatch(view, expression(kOrderId),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            out.orderIds.push_back(rangeOf(view, g[1]));
        });
    }
    if (possible[kMarkup]) {
        forEachMatch(view, expression(kMarkup), [&](size_t b, size_t e, const re2::StringPiece *) {
            out.markup.push_back({int(b), int(e)});
        });
    }
    for (UrlEntity &u : out.urls)
        u.kind = domains.judge(u.host);
    for (const auto &p : out.placeholders) out.all.push_back(p.range);
    out.all.insert(out.all.end(), out.markup.begin(), out.markup.end());
    for (const auto &u : out.urls) out.all.push_back(u.range);
    out.all.insert(out.all.end(), out.emails.begin(), out.emails.end());
    out.all.insert(out.all.end(), out.orderIds.begin(), out.orderIds.end());
    std::sort(out.all.begin(), out.all.end(), [](Range a, Range b) { return a.start < b.start; });
    out.emoticons = findEmoticons(view, possible[kFace]);
    out.mayHavePhoneNumber = possible[kPhoneCandidate];
    int reach = 0;
    for (const Range &e : out.all)
        out.reachBefore.push_back(reach = std::max(reach, e.end));
    return out;
}

} // namespace permitted
