#include "detection/domain_policy.h"
#include "detection/json_file.h"

#include <QJsonArray>
#include <libpsl.h>
#include <memory>
#include <unicode/uspoof.h>

namespace permitted {
namespace {

QString skeleton(const QString &text)
{
    // One checker per thread, closed when the thread ends.
    struct Close { void operator()(USpoofChecker *c) const { uspoof_close(c); } };
    thread_local const std::unique_ptr<USpoofChecker, Close> owned = [] {
        UErrorCode status = U_ZERO_ERROR;
        return std::unique_ptr<USpoofChecker, Close>(uspoof_open(&status));
    }();
    USpoofChecker *checker = owned.get();
    UErrorCode status = U_ZERO_ERROR;
    if (!checker)
        return text;
    UChar out[256];
    const int32_t n = uspoof_getSkeleton(checker, 0, reinterpret_cast<const UChar *>(text.utf16()),
                                         int32_t(text.size()), out, 256, &status);
    if (U_FAILURE(status))
        return text;
    return QString(reinterpret_cast<const QChar *>(out), n);
}

QSet<QString> readSet(const QJsonObject &o, const char *key)
{
    QSet<QString> out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.insert(v.toString());
    return out;
}

} // namespace

std::unique_ptr<DomainPolicy> DomainPolicy::load(const QString &rulesRoot, QString *error)
{
    const QJsonObject o = readJsonObject(rulesRoot + QStringLiteral("/domains.json"), error);
    if (o.isEmpty())
        return nullptr;
    std::unique_ptr<DomainPolicy> policy(new DomainPolicy);
    // The system's list (package publicsuffix) when it is newer than the one built in.
    policy->m_psl = psl_latest(nullptr);
    if (!policy->m_psl)
        policy->m_psl = psl_builtin();
    if (!policy->m_psl) {
        *error = QStringLiteral("the Public Suffix List is not available (install publicsuffix)");
        return nullptr;
    }
    policy->m_amazon = readSet(o, "amazon");
    policy->m_carriers = readSet(o, "carriers");
    policy->m_deviceServices = readSet(o, "device_services");
    policy->m_socialNetworks = readSet(o, "social_networks");
    policy->m_shorteners = readSet(o, "shorteners");
    policy->m_openTrackers = readSet(o, "open_trackers");
    for (const QString &d : std::as_const(policy->m_amazon))
        policy->m_amazonSkeletons.insert(skeleton(d));
    return policy;
}

DomainPolicy::~DomainPolicy()
{
    if (m_psl && m_psl != psl_builtin())
        psl_free(const_cast<psl_ctx_st *>(m_psl));
}

QString DomainPolicy::registrableDomain(const QString &host) const
{
    const QByteArray utf8 = host.toLower().toUtf8();
    const char *reg = psl_registrable_domain(m_psl, utf8.constData());
    return reg ? QString::fromUtf8(reg) : QString();
}

bool DomainPolicy::isRegisteredDomain(const QString &host) const
{
    // The list's implicit "*" rule makes every unknown ending a suffix ("555.2671"); only endings
    // the list names count here.
    const QByteArray tld = host.section(QLatin1Char('.'), -1).toLower().toUtf8();
    if (!psl_is_public_suffix2(m_psl, tld.constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE))
        return false;
    return !registrableDomain(host).isEmpty();
}

HostKind DomainPolicy::judge(const QString &host) const
{
    const QString lower = host.toLower();
    QString reg = registrableDomain(lower);
    if (reg.isEmpty())
        reg = lower;
    // The host, then each domain it belongs to ("www.amazon.com.be", "amazon.com.be"): the lists
    // name registrable domains, but the Public Suffix List does not know every suffix under which
    // a company registers ("com.be"). Exact names, so a.co and t.co stay apart.
    for (QString candidate = lower;;) {
        if (m_amazon.contains(candidate)) return HostKind::Amazon;
        if (m_shorteners.contains(candidate)) return HostKind::Shortener;
        if (m_carriers.contains(candidate)) return HostKind::Carrier;
        if (m_deviceServices.contains(candidate)) return HostKind::DeviceService;
        if (m_socialNetworks.contains(candidate)) return HostKind::SocialNetwork;
        const qsizetype dot = candidate.indexOf(u'.');
        if (dot < 0)
            break;
        candidate = candidate.mid(dot + 1);
    }
    // amazon-deals.com, amazon.shop-offers.net, аmazon.com with a Cyrillic а.
    if (m_amazonSkeletons.contains(skeleton(reg)))
        return HostKind::Lookalike;
    const QString hostSkeleton = skeleton(lower);
    if (hostSkeleton.contains(skeleton(QStringLiteral("amazon"))) || hostSkeleton.contains(skeleton(QStringLiteral("amzn"))))
        return HostKind::Lookalike;
    return HostKind::Other;
}

bool DomainPolicy::isOpenTracker(const QString &host) const
{
    const QString lower = host.toLower();
    return m_openTrackers.contains(lower) || m_openTrackers.contains(registrableDomain(lower));
}

} // namespace permitted
