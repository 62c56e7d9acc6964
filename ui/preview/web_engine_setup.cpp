#include "web_engine_setup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QtGlobal>
#include <QQuickWindow>

#include <unistd.h>

namespace permitted {

namespace {

// Chromium switches that stop it from reaching out on its own (update checks, DNS prefetch,
// hyperlink pings, crash reports, field trials). The preview's page already blocks what a
// message can ask for; these cover what the browser itself would do in the background.
const QList<QByteArray> kQuietSwitches = {
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-breakpad",
    "--dns-prefetch-disable",
    "--no-pings",
    "--no-first-run",
};

void appendSwitches(QByteArray &flags, const QList<QByteArray> &switches)
{
    for (const QByteArray &item : switches) {
        if (flags.contains(item))
            continue;
        if (!flags.isEmpty())
            flags += ' ';
        flags += item;
    }
}

} // namespace

void preparePreviewEngine()
{
    // Chromium refuses to start as root with its sandbox on (it cannot drop privileges). Only
    // then do we turn it off; an ordinary user keeps the full sandbox, and the page's own
    // limits (no script, no network, no files) hold in both cases.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    // Qt WebEngine renders through an OpenGL context it shares with the widgets; it has to be
    // asked for before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    // The page is drawn by Qt Quick's software renderer. With the OpenGL one, the view turns
    // the whole editor window into an OpenGL-composed surface, and without a GPU (Mesa's
    // software rasteriser, as on our CI machines and many office PCs) every keystroke then
    // costs 10-17 ms instead of 2 (bench-typing). A message page needs no GPU to draw.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    appendSwitches(flags, kQuietSwitches);
    // With no display (tests, CI) there is no GPU to talk to; software rendering avoids a
    // stream of GPU process errors and crashes.
    if (qgetenv("QT_QPA_PLATFORM").startsWith("offscreen"))
        appendSwitches(flags, {"--disable-gpu"});
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

} // namespace permitted
