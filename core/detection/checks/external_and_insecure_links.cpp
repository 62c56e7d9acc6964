// insecure-link and external-link: every link, with or without a scheme. http is an error with
// https as the fix; Amazon's sites and carriers' tracking sites are fine; link shorteners and
// look-alikes of Amazon are errors; any other site is a warning (allowed only when the order
// needs it).

#include "detection/checks/checks.h"
#include "detection/domain_policy.h"

namespace permitted {

void checkLinks(const CheckInput &in, Findings &out)
{
    for (const PartInput *part : {&in.subject, &in.body}) {
        for (const UrlEntity &url : part->entities.urls) {
            if (url.scheme == QLatin1String("http")) {
                Finding f = in.finding(QStringLiteral("insecure-link"), part->part, url.range);
                f.fix = Fix{url.range.start, 4, QStringLiteral("https")};
                out.append(f);
            }
            const HostKind kind = in.domains.judge(url.host);
            if (kind == HostKind::Amazon || kind == HostKind::Carrier)
                continue;
            Finding f = in.finding(QStringLiteral("external-link"), part->part, url.range);
            f.noteArgs << url.host;
            switch (kind) {
            case HostKind::Shortener: f.note = QStringLiteral("shortener"); f.severity = Severity::Error; break;
            case HostKind::Lookalike: f.note = QStringLiteral("lookalike"); f.severity = Severity::Error; break;
            default: f.note = QStringLiteral("site"); break;
            }
            out.append(f);
        }
    }
}

} // namespace permitted
