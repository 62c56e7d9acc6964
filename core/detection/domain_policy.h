#pragma once
// Judges the host of a link: Amazon's own, a carrier's tracking site, a device maker's account
// site (where a buyer unlocks or activates a device), a social network, a link shortener, a
// look-alike of Amazon, or any other site. Registrable domains come from the Public Suffix List
// (libpsl); look-alikes from ICU's confusable skeletons.

#include <QSet>
#include <QString>
#include <memory>
#include <optional>

struct psl_ctx_st;

namespace permitted {

enum class HostKind { Amazon, Carrier, DeviceService, SocialNetwork, Shortener, Lookalike, Other };

class DomainPolicy {
public:
    static std::unique_ptr<DomainPolicy> load(const QString &rulesRoot, QString *error);
    ~DomainPolicy();

    // Whether `host` ends in a public suffix under which something is registered
    // ("shop.com", "www.amazon.co.uk"; not "e.g", "file.txt", "v1.2").
    bool isRegisteredDomain(const QString &host) const;
    QString registrableDomain(const QString &host) const;
    HostKind judge(const QString &host) const;
    // Whether pictures from `host` report when a message is opened (mail-tracking services).
    bool isOpenTracker(const QString &host) const;

private:
    DomainPolicy() = default;
    const psl_ctx_st *m_psl = nullptr;
    QSet<QString> m_amazon, m_carriers, m_deviceServices, m_socialNetworks, m_shorteners, m_openTrackers;
    QSet<QString> m_amazonSkeletons;
};

} // namespace permitted
