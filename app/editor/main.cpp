// permitted: the editor.
//   permitted [FILE]                  opens FILE (a draft in HTML or plain text)
//   permitted --screenshot PNG [FILE] opens FILE, waits until the check and the preview are
//                                     done, saves a picture of the window to PNG and exits

#include "main_window.h"
#include "preview/web_engine_setup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QWindow>
#include <QTranslator>
#include <cstdio>

namespace {

// Longer than any check and preview take; a screenshot that cannot settle fails, not hangs.
constexpr int kScreenshotTimeoutMs = 30000;

void installTranslations(QApplication &app)
{
    // The interface in the system's language where there is a translation; Qt's own texts
    // (standard dialogs, context menus) from Qt's catalogue.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English has a catalogue too, for its plurals ("1 problem", "2 problems"); a locale with
    // no catalogue of its own (C, or a language not translated yet) gets the English one.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("permitted"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("permitted_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// Polls until the window is on screen with the body focused, with the event loop running (so
// a key would be handled now), then says so on standard output and quits.
void reportWhenReady(permitted::MainWindow &window)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll] {
        // Without a window manager (Xvfb) the window is never "active", so the focus asked is
        // the window's own: the widget that takes the keys once the window has them.
        if (!window.windowHandle() || !window.windowHandle()->isExposed() || !window.focusWidget())
            return;
        poll->stop();
        std::printf("ready\n");
        std::fflush(stdout);
        QApplication::exit(0);
    });
    poll->start();
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt WebEngine (the message preview) takes some switches only before QApplication exists.
    permitted::preparePreviewEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Permitted"));
    QApplication::setOrganizationName(QStringLiteral("Permitted"));
    QApplication::setApplicationVersion(QStringLiteral(PERMITTED_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Write messages to Amazon buyers that pass Amazon's messaging rules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to PNG once the draft is checked, then exit."),
                                        QStringLiteral("PNG"));
    parser.addOption(screenshot);
    // For the start-up benchmark: print "ready" once the window takes keys, then exit.
    QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"));
    exitWhenReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitWhenReady);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The draft to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    permitted::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openDraft(files.front()) && parser.isSet(screenshot))
        return 1;
    if (parser.isSet(exitWhenReady))
        reportWhenReady(window);
    if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QTimer::singleShot(kScreenshotTimeoutMs, &app, [] {
            std::fprintf(stderr, "permitted: the check did not finish within %d s; no screenshot\n", kScreenshotTimeoutMs / 1000);
            QApplication::exit(1);
        });
        window.whenSettled([&window, png] {
            // One more turn of the event loop: the last underlines are painted before the grab.
            QTimer::singleShot(50, &window, [&window, png] {
                if (!window.grab().save(png)) {
                    std::fprintf(stderr, "permitted: cannot write %s\n", qPrintable(png));
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(0);
            });
        });
    }
    return app.exec();
}
