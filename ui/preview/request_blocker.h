#pragma once
// The preview's network layer: every request the page makes (images, style sheets, fonts,
// frames, prefetches, favicons) passes through here, and only data: URLs, which carry their
// content in themselves, go on. A second wall behind the sanitized HTML and the page's CSP.

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace permitted {

class RequestBlocker : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    explicit RequestBlocker(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // Requests refused since this blocker was made.
    int blockedCount() const { return m_blocked.load(); }

    static bool isAllowed(const QUrl &url);

signals:
    void blocked(const QUrl &url);

private:
    // Qt 6 calls interceptors on the UI thread, but an atomic costs nothing and keeps the
    // count right should that ever change.
    std::atomic<int> m_blocked{0};
};

} // namespace permitted
