#pragma once
// The web page behind the message preview, locked down so that nothing a message holds can
// reach the network, run script in the page, read local files or navigate: its own
// off-the-record profile whose every request passes a RequestBlocker, page script off, local
// content cut off from files and remote URLs, and every navigation refused except the one load
// the preview asks for itself.

#include <QWebEnginePage>

class QWebEngineProfile;

namespace permitted {

class RequestBlocker;

class PreviewPage : public QWebEnginePage {
    Q_OBJECT
public:
    explicit PreviewPage(QObject *parent = nullptr);
    ~PreviewPage() override;

    // Loads `html` as the page's document. This is the only navigation the page accepts; the
    // preview calls it once and then changes the document in place.
    void loadShell(const QString &html);

    // Requests the profile's blocker refused (images, style sheets, fonts ...).
    int blockedRequestCount() const;
    // Navigations refused (link clicks, frames, meta refresh, form posts ...).
    int refusedNavigationCount() const { return m_refusedNavigations; }

    // Public so that tests can ask it directly what it does with a given navigation.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

signals:
    // The reader clicked a link; the preview never follows it.
    void linkClicked(const QUrl &url);

protected:
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    PreviewPage(QWebEngineProfile *profile, QObject *parent);
    void denyRequests();

    RequestBlocker *m_blocker = nullptr;
    // Set by loadShell, spent by the navigation it starts.
    bool m_shellLoadArmed = false;
    int m_refusedNavigations = 0;
};

} // namespace permitted
