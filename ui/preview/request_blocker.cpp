#include "request_blocker.h"

#include "preview_log.h"

#include <QWebEngineUrlRequestInfo>

namespace permitted {

RequestBlocker::RequestBlocker(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RequestBlocker::isAllowed(const QUrl &url)
{
    // The shell page itself is a data: URL (QWebEnginePage::setHtml), and so are the only
    // images the preview shows. Anything else would leave the machine or read a local file.
    return url.scheme() == QLatin1String("data");
}

void RequestBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl()))
        return;
    info.block(true);
    ++m_blocked;
    qCInfo(lcPreview) << "blocked a request from the preview:" << info.requestUrl().toDisplayString().left(200);
    emit blocked(info.requestUrl());
}

} // namespace permitted
