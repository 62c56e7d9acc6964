#include "entities.h"
#include "domain_policy.h"
#include "checks/emoticons.h"

#include <re2/re2.h>

namespace permitted {
namespace {

const RE2 &re(const char *pattern)
{
    // Compiled once per pattern; RE2 objects are safe to share between threads.
    thread_local std::unordered_map<const char *, std::unique_ptr<RE2>> cache;
    auto &slot = cache[pattern];
    if (!slot) {
        RE2::Options o;
        o.set_case_sensitive(false);
        slot = std::make_unique<RE2>(pattern, o);
        // A built-in expression that does not compile would match nothing, silently.
        if (!slot->ok())
            qFatal("entities: invalid expression %s: %s", pattern, slot->error().c_str());
    }
    return *slot;
}

// Calls `onMatch(range, groups)` for each match of `pattern` in the view.
template <typename F>
void forEachMatch(const TextView &view, const RE2 &pattern, F onMatch)
{
    const std::string_view text = view.utf8();
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

QString piece(const re2::StringPiece &p)
{
    return p.data() ? QString::fromUtf8(p.data(), qsizetype(p.size())) : QString();
}

bool overlapsAny(const std::vector<Range> &list, Range r)
{
    for (const Range &x : list)
        if (x.overlaps(r))
            return true;
    return false;
}

// Sentence punctuation and closing brackets that end a sentence, not the link.
size_t trimLinkEnd(std::string_view text, size_t b, size_t e)
{
    while (e > b && std::string_view(".,;:!?)]}'\"").find(text[e - 1]) != std::string_view::npos)
        --e;
    return e;
}

} // namespace

bool Entities::covers(Range r) const
{
    // Walk back from the last entity starting before r ends, while some entity at or before the
    // current one still reaches past r's start (entities may nest: an address in a link).
    auto it = std::lower_bound(all.begin(), all.end(), r.end, [](const Range &e, int end) { return e.start < end; });
    for (qsizetype i = (it - all.begin()) - 1; i >= 0 && reachBefore[size_t(i)] > r.start; --i)
        if (all[size_t(i)].overlaps(r))
            return true;
    return false;
}

bool Entities::coversWhole(Range r) const
{
    return std::any_of(all.begin(), all.end(), [&](const Range &e) { return e.contains(r); });
}

std::vector<Placeholder> findPlaceholders(const TextView &view)
{
    std::vector<Placeholder> found;
    forEachMatch(view, re(R"(\{\{\s*([A-Za-z0-9_]*)\s*\}\})"), [&](size_t b, size_t e, const re2::StringPiece *g) {
        found.push_back({Range{view.toUtf16(b), view.toUtf16(e)}, piece(g[1])});
    });
    return found;
}

Entities findEntities(const TextView &view, const DomainPolicy &domains)
{
    Entities out;
    const std::string_view text = view.utf8();
    auto range = [&](size_t b, size_t e) { return Range{view.toUtf16(b), view.toUtf16(e)}; };

    // Each expression runs only when the text has what it needs: most texts have no link, no
    // address and no placeholder, and a pass of RE2 costs more than a search for a character.
    // (Searched in the UTF-8 copy: std::string_view::find runs on memchr.)
    const QString &folded = view.folded();
    const bool hasBraces = text.find("{{") != std::string_view::npos;
    const bool hasAt = text.find('@') != std::string_view::npos;
    const bool hasScheme = text.find("://") != std::string_view::npos || text.find("www.") != std::string_view::npos
                           || text.find("WWW.") != std::string_view::npos;
    bool hasDotBeforeLetter = false;
    for (qsizetype i = 0; i + 1 < folded.size() && !hasDotBeforeLetter; ++i)
        hasDotBeforeLetter = folded[i] == u'.' && folded[i + 1].isLetter();
    int digitRun = 0, longestDigitRun = 0;
    for (QChar c : folded) {
        digitRun = c.isDigit() ? digitRun + 1 : 0;
        longestDigitRun = std::max(longestDigitRun, digitRun);
    }

    if (hasBraces)
        out.placeholders = findPlaceholders(view);
    if (hasAt) {
        forEachMatch(view, re(R"((?:^|[^\pL\pN])((?:[\pL\pN][\pL\pN._%+-]*)(?:@|\s@\s)([\pL\pN-]+(?:\.[\pL\pN-]+)+)))"),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            // "photo@2x.png" is a file name: the part after the @ must end in a real domain.
            QString domain = piece(g[2]);
            while (domain.endsWith(QLatin1Char('.')))
                domain.chop(1);
            if (!domains.isRegisteredDomain(domain))
                return;
            const size_t b = size_t(g[1].data() - text.data());
            out.emails.push_back(range(b, trimLinkEnd(text, b, b + g[1].size())));
        });
    }
    // Spelled-out addresses: "name at shop dot com", "name (at) shop (dot) fr", "nom arobase ...".
    // The "at" and the "dot" carry their own spaces; a real "." has none around it, so "we
    // arrive at noon. Then" is no address. The ending is a real top-level domain in lower case.
    forEachMatch(view, re(R"((?:^|[^\pL\pN@])([\pL\pN][\pL\pN._-]*(?:\s*(?:\(at\)|\[at\]|\{at\}|\(a\)|\(arobase\)|\[arobase\]|\(arroba\)|\[arroba\]|\(chiocciola\)|\[chiocciola\]|\(ät\)|\[ät\])\s*|@|\s+(?:at|arobase|arroba|chiocciola|ät)\s+)[\pL\pN-]+(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\(point\)|\[point\]|\(punkt\)|\[punkt\]|\(punto\)|\[punto\])\s*|\s+(?:dot|point|punkt|punto)\s+|\.)((?-i:[a-z]{2,6})))(?:$|[^\pL\pN]))"),
                 [&](size_t, size_t, const re2::StringPiece *g) {
        // Only when the last part is a real top-level domain: "we arrive at noon dot" is no address.
        if (!domains.isRegisteredDomain(QStringLiteral("example.") + piece(g[2])))
            return;
        const size_t b = size_t(g[1].data() - text.data());
        const Range r = range(b, b + g[1].size());
        if (!overlapsAny(out.emails, r))
            out.emails.push_back(r);
    });
    if (hasScheme) {
        forEachMatch(view, re(R"((?:^|[^\pL\pN/@.-])((?:(https?)://|www\.)([^\s/?#<>"'()\[\]{}|\\^`]+)[^\s<>"]*))"),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            const size_t b = size_t(g[1].data() - text.data());
            const size_t e = trimLinkEnd(text, b, b + g[1].size());
            QString host = piece(g[3]).toLower();
            if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0)
                host = host.mid(at + 1);
            if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0)
                host.truncate(colon);
            while (host.endsWith(QLatin1Char('.')))
                host.chop(1);
            const QString scheme = piece(g[2]).toLower();
            if (scheme.isEmpty())
                host.prepend(QStringLiteral("www."));
            out.urls.push_back({range(b, e), scheme, host});
        });
    }
    // Bare domains: "myshop.com", "shop.fr/offers". The top-level part must be written in lower
    // case ("shipped.It" is a missing space, not a link) and registered in the Public Suffix List.
    if (hasDotBeforeLetter) {
        forEachMatch(view, re(R"((?:^|[^\pL\pN/@._-])([\pL\pN](?:[\pL\pN-]*[\pL\pN])?(?:\.[\pL\pN](?:[\pL\pN-]*[\pL\pN])?)+)(/[^\s<>"]*)?)"),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            const size_t b = size_t(g[1].data() - text.data());
            const size_t e = trimLinkEnd(text, b, b + g[1].size() + (g[2].data() ? g[2].size() : 0));
            const QString host = piece(g[1]);
            const QString tld = host.section(QLatin1Char('.'), -1);
            static const QSet<QString> fileEndings = {"zip", "mov", "pdf", "doc", "txt", "jpg", "png"};
            if (tld != tld.toLower() || fileEndings.contains(tld) || !domains.isRegisteredDomain(host))
                return;
            const Range r = range(b, e);
            for (const auto &u : out.urls)
                if (u.range.overlaps(r))
                    return;
            if (overlapsAny(out.emails, r))
                return;
            out.urls.push_back({r, QString(), host.toLower()});
        });
    }
    if (longestDigitRun >= 7) {
        forEachMatch(view, re(R"((?:^|[^\pL\pN-])((?:\d{3}|D\d\d)-\d{7}-\d{7})(?:$|[^\pL\pN-]))"),
                     [&](size_t, size_t, const re2::StringPiece *g) {
            const size_t b = size_t(g[1].data() - text.data());
            out.orderIds.push_back(range(b, b + g[1].size()));
        });
    }
    for (const auto &p : out.placeholders) out.all.push_back(p.range);
    for (const auto &u : out.urls) out.all.push_back(u.range);
    out.all.insert(out.all.end(), out.emails.begin(), out.emails.end());
    out.all.insert(out.all.end(), out.orderIds.begin(), out.orderIds.end());
    std::sort(out.all.begin(), out.all.end(), [](Range a, Range b) { return a.start < b.start; });
    out.emoticons = findEmoticons(view);
    int reach = 0;
    for (const Range &e : out.all)
        out.reachBefore.push_back(reach = std::max(reach, e.end));
    return out;
}

} // namespace permitted
