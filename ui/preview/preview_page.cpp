#include "preview_page.h"

#include "preview_log.h"
#include "request_blocker.h"

#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineProfile>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

namespace permitted {

namespace {

// A profile of its own, so that nothing the preview does touches the editor's other web
// content, and off the record (made without a storage name): no cache, cookies or history
// on disk.
QWebEngineProfile *makeSandboxProfile()
{
    auto *profile = new QWebEngineProfile;
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    profile->cookieStore()->setCookieFilter([](const QWebEngineCookieStore::FilterRequest &) { return false; });

    using S = QWebEngineSettings;
    QWebEngineSettings *settings = profile->settings();
    // Script in the message's own world: none. The preview's updates run in the application
    // world (QWebEngineScript::ApplicationWorld), which this switch does not cover.
    settings->setAttribute(S::JavascriptEnabled, false);
    settings->setAttribute(S::JavascriptCanOpenWindows, false);
    settings->setAttribute(S::JavascriptCanAccessClipboard, false);
    settings->setAttribute(S::JavascriptCanPaste, false);
    settings->setAttribute(S::AllowWindowActivationFromJavaScript, false);
    // On by default: a local page could read other local files or remote URLs.
    settings->setAttribute(S::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(S::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(S::LocalStorageEnabled, false);
    // Things that reach out on their own: plugins and the PDF viewer, <a ping>, DNS prefetch,
    // favicons, mixed content, a file dropped on the view becoming a navigation.
    settings->setAttribute(S::PluginsEnabled, false);
    settings->setAttribute(S::PdfViewerEnabled, false);
    settings->setAttribute(S::HyperlinkAuditingEnabled, false);
    settings->setAttribute(S::DnsPrefetchEnabled, false);
    settings->setAttribute(S::AutoLoadIconsForPage, false);
    settings->setAttribute(S::TouchIconsEnabled, false);
    settings->setAttribute(S::AllowRunningInsecureContent, false);
    settings->setAttribute(S::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(S::NavigateOnDropEnabled, false);
    settings->setAttribute(S::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(S::WebGLEnabled, false);
    settings->setAttribute(S::FullScreenSupportEnabled, false);
    settings->setAttribute(S::ScreenCaptureEnabled, false);
    // A refused load must not be replaced by Chromium's own error page.
    settings->setAttribute(S::ErrorPageEnabled, false);
    settings->setAttribute(S::FocusOnNavigationEnabled, false);
    // Images stay on: data: images are part of the message; the blocker stops the others.
    settings->setAttribute(S::AutoLoadImages, true);

    // A "save link" from any menu would become a download.
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) { download->cancel(); });
    return profile;
}

} // namespace

PreviewPage::PreviewPage(QObject *parent)
    : PreviewPage(makeSandboxProfile(), parent)
{
}

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // The page owns its profile: QObject deletes children after ~QWebEnginePage has run, so
    // the profile outlives the page's web contents, as Qt WebEngine requires.
    profile->setParent(this);
    m_blocker = new RequestBlocker(profile);
    profile->setUrlRequestInterceptor(m_blocker);
    denyRequests();
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::denyRequests()
{
    // None of these can happen without page script, which is off; refusing them costs
    // nothing and holds should script ever run.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
}

void PreviewPage::loadShell(const QString &html)
{
    m_shellLoadArmed = true;
    // No base URL: the document gets an opaque origin, which can reach neither files nor
    // any site's storage.
    setHtml(html);
}

int PreviewPage::blockedRequestCount() const
{
    return m_blocker->blockedCount();
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // setHtml navigates the main frame to a data: URL; that one load, and only once.
    if (m_shellLoadArmed && isMainFrame && url.scheme() == QLatin1String("data")) {
        m_shellLoadArmed = false;
        return true;
    }
    ++m_refusedNavigations;
    if (type == NavigationTypeLinkClicked)
        emit linkClicked(url);
    qCInfo(lcPreview) << "refused a navigation in the preview:" << type << isMainFrame
                      << url.toDisplayString().left(200);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;   // no pop-ups, no "open in new window"
}

QStringList PreviewPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};   // a file input in a message must not open the file dialog
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message,
                                           int lineNumber, const QString &)
{
    // The page's console (CSP reports, our update script's errors) goes to our log, not stderr.
    qCDebug(lcPreview) << "preview console:" << lineNumber << message.left(300);
}

} // namespace permitted
