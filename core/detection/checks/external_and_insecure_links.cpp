// insecure-link and external-link: every link, with or without a scheme, written out or set
// behind a word. http is an error with https as the fix; Amazon's sites and carriers' tracking
// sites are fine; link shorteners and look-alikes of Amazon are errors; any other site is a
// warning (allowed only when the order needs it). A mailto: or tel: link behind a word is the
// address or number it hides (email-address, phone-number).

#include "detection/checks/checks.h"
#include "detection/domain_policy.h"

#include <QUrl>

namespace permitted {

namespace {

// The finding of a link to `host` over [range), with `scheme`; the fix, when one is given, makes
// it https.
void judgeLink(const CheckInput &in, Part part, Range range, const QString &scheme, const QString &host,
               HostKind kind, std::optional<Fix> secure, Findings &out)
{
    if (scheme == QLatin1String("http")) {
        Finding f = in.finding(QStringLiteral("insecure-link"), part, range);
        f.fix = secure;
        out.append(f);
    }
    if (kind == HostKind::Amazon || kind == HostKind::Carrier)
        return;
    Finding f = in.finding(QStringLiteral("external-link"), part, range);
    f.noteArgs << host;
    switch (kind) {
    case HostKind::Shortener: f.note = QStringLiteral("shortener"); f.severity = Severity::Error; break;
    case HostKind::Lookalike: f.note = QStringLiteral("lookalike"); f.severity = Severity::Error; break;
    default: f.note = QStringLiteral("site"); break;
    }
    out.append(f);
}

// A link behind a word ("cliquez"), unless its text shows the same address, which is judged as
// written.
void checkHiddenLinks(const CheckInput &in, Findings &out)
{
    for (const Link &link : in.message.links) {
        const Range range{link.start, link.start + link.length};
        const QUrl url(link.href);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("mailto")) {
            out.append(in.finding(QStringLiteral("email-address"), Part::Body, range));
            continue;
        }
        if (scheme == QLatin1String("tel")) {
            out.append(in.finding(QStringLiteral("phone-number"), Part::Body, range));
            continue;
        }
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            continue;
        const QString host = url.host().toLower();
        const bool shown = std::any_of(in.body.entities.urls.begin(), in.body.entities.urls.end(), [&](const UrlEntity &u) {
            return u.host == host && range.overlaps(u.range);
        });
        if (!shown && !host.isEmpty())
            judgeLink(in, Part::Body, range, scheme, host, in.domains.judge(host), std::nullopt, out);
    }
}

} // namespace

void checkLinks(const CheckInput &in, Findings &out)
{
    for (const PartInput *part : {&in.subject, &in.body})
        for (const UrlEntity &url : part->entities.urls)
            judgeLink(in, part->part, url.range, url.scheme, url.host, url.kind, Fix{url.range.start, 4, QStringLiteral("https")}, out);
    checkHiddenLinks(in, out);
}

} // namespace permitted
