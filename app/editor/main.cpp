// permitted: the editor.
//   permitted [FILE]                  opens FILE (a draft in HTML or plain text)
//   permitted --screenshot PNG [FILE] opens FILE, waits until the check and the preview are
//                                     done, saves a picture of the window to PNG and exits
//   permitted --findings FILE         prints the editor's findings for FILE in permitted-check's
//                                     JSON and exits
//   permitted --export OUT FILE       writes what the copy actions would put on the clipboard:
//                                     the HTML e-mail (OUT ending in .html) or Seller Central's
//                                     text (.txt), and exits
//   permitted --export-library OUT.json, --import-library IN.json [--replace]
//                                     the template library to and from its JSON, and exits
// --lang, --marketplace, --kind (reply|proactive) and --channel (html|text) set the order
// panel for the last two, which need no display.

#include "library_command.h"
#include "main_window.h"
#include "template_library.h"
#include "checking/live_checker.h"
#include "editor/checked_text_edit.h"
#include "editor/subject_edit.h"
#include "panels/order_panel.h"
#include "preview/web_engine_setup.h"
#include "report.h"
#include "detection/validator.h"
#include "languages.h"
#include "interface/interface_catalogue.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QWindow>
#include <QIcon>
#include <QImage>
#include <QTranslator>
#include <memory>
#include <cstdio>

namespace {

// Longer than any check and preview take; a screenshot that cannot settle fails, not hangs.
constexpr int kScreenshotTimeoutMs = 30000;

void installTranslations(QApplication &app)
{
    // The language chosen in Preferences, else the first of the system's that has a catalogue.
    if (const QString chosen = QSettings().value(QStringLiteral("interface/language")).toString(); !chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    const QString language = permitted::interfaceLanguage();
    // Qt's own texts (standard buttons, dialogs, context menus) in the same language as ours, not
    // the system's: a German interface on an English system says "Abbrechen".
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English has a catalogue too, for its plurals ("1 problem", "2 problems").
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("permitted_") + language, QStringLiteral(":/i18n")))
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

// What opens no window works without a display: --findings, --export, the library's export and
// import, and the help and version (asked on a server, or before the desktop is set up).
bool runsWithoutDisplay(int argc, char *argv[])
{
    static const char *const headless[] = {"--findings", "--export", "--export-library", "--import-library",
                                           "--help", "--help-all", "-h", "-?", "--version", "-v"};
    for (int i = 1; i < argc; ++i)
        for (const char *option : headless)
            if (qstrcmp(argv[i], option) == 0)
                return true;
    return false;
}

// The order panel as the options say; false and a message on standard error for a bad value.
bool applyOrderOptions(const QCommandLineParser &parser, permitted::MainWindow &window)
{
    using namespace permitted;
    OrderPanel *order = window.orderPanel();
    if (parser.isSet(QStringLiteral("lang"))) {
        if (!findBuyerLanguage(parser.value(QStringLiteral("lang")))) {
            std::fprintf(stderr, "permitted: unknown buyer language %s\n", qPrintable(parser.value(QStringLiteral("lang"))));
            return false;
        }
        order->setLanguage(parser.value(QStringLiteral("lang")));
    }
    if (parser.isSet(QStringLiteral("marketplace")))
        order->setMarketplace(parser.value(QStringLiteral("marketplace")).toUpper());
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kind = parser.value(QStringLiteral("kind"));
        if (kind != QLatin1String("reply") && kind != QLatin1String("proactive")) {
            std::fprintf(stderr, "permitted: --kind is reply or proactive\n");
            return false;
        }
        order->setKind(kind == QLatin1String("reply") ? MessageKind::Reply : MessageKind::Proactive);
    }
    if (parser.isSet(QStringLiteral("channel"))) {
        const QString channel = parser.value(QStringLiteral("channel"));
        if (channel != QLatin1String("html") && channel != QLatin1String("text")) {
            std::fprintf(stderr, "permitted: --channel is html or text\n");
            return false;
        }
        order->setChannel(channel == QLatin1String("html") ? Channel::Html : Channel::Text);
    }
    return true;
}

// Once the draft is checked: its findings as permitted-check's JSON on standard output.
int printFindings(permitted::MainWindow &window, const QString &path)
{
    using namespace permitted;
    const CheckedFile file{path, path, false, window.orderPanel()->language(), window.subjectEdit()->toPlainText(),
                           window.bodyEdit()->toPlainText(), window.checker()->findings()};
    const auto write = [](const QByteArray &part) {
        return std::fwrite(part.constData(), 1, size_t(part.size()), stdout) == size_t(part.size());
    };
    if (!writeJsonReport({file}, window.checker()->validator()->catalog(), QStringLiteral("en"), write)
        || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "permitted: cannot write the findings\n");
        return 2;
    }
    return 0;
}

// What a copy action would put on the clipboard, in OUT.
int exportCopy(permitted::MainWindow &window, const QString &out)
{
    const bool html = out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (!html && !out.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        std::fprintf(stderr, "permitted: --export writes .html (the HTML e-mail) or .txt (Seller Central's text)\n");
        return 2;
    }
    const QByteArray bytes = (html ? window.htmlEmail() : window.sellerCentralText()).toUtf8();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "permitted: cannot write %s: %s\n", qPrintable(out), qPrintable(file.errorString()));
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (runsWithoutDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt WebEngine (the message preview) takes some switches only before QApplication exists.
    permitted::preparePreviewEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Permitted"));
    QApplication::setOrganizationName(QStringLiteral("Permitted"));
    QApplication::setApplicationVersion(QStringLiteral(PERMITTED_VERSION));
    // The icon of every window, and the desktop entry that a Wayland shell matches the window to.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/permitted.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.permitted.Permitted"));
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
    const QCommandLineOption findings(QStringLiteral("findings"),
                                      QApplication::translate("main", "Print the findings for FILE as permitted-check's JSON, then exit."));
    const QCommandLineOption exportTo(QStringLiteral("export"),
                                      QApplication::translate("main", "Write what the copy actions would copy to OUT (.html or .txt), then exit."),
                                      QStringLiteral("OUT"));
    parser.addOption(findings);
    parser.addOption(exportTo);
    const QCommandLineOption exportLibraryTo(QStringLiteral("export-library"),
                                             QApplication::translate("main", "Write the template library to OUT.json, then exit."),
                                             QStringLiteral("OUT.json"));
    const QCommandLineOption importLibraryFrom(QStringLiteral("import-library"),
                                               QApplication::translate("main", "Add the templates of IN.json to the library, then exit."),
                                               QStringLiteral("IN.json"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QApplication::translate("main", "With --import-library: replace a template the library has, instead of keeping both."));
    parser.addOption(exportLibraryTo);
    parser.addOption(importLibraryFrom);
    parser.addOption(replace);
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "The buyer's language."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("marketplace"), QApplication::translate("main", "The marketplace."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("kind"), QApplication::translate("main", "reply or proactive."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("channel"), QApplication::translate("main", "html or text."), QStringLiteral("CHANNEL")});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The draft to open."), QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.isSet(exportLibraryTo))
        return permitted::exportLibrary(permitted::TemplateLibrary::defaultPath(), parser.value(exportLibraryTo));
    if (parser.isSet(importLibraryFrom))
        return permitted::importLibrary(permitted::TemplateLibrary::defaultPath(), parser.value(importLibraryFrom), parser.isSet(replace));

    permitted::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(findings) || parser.isSet(exportTo)) {
        // The options set the order panel; what they leave out is as the last session left it.
        if (files.size() != 1) {
            std::fprintf(stderr, "permitted: --findings and --export take one FILE\n");
            return 2;
        }
        // After the draft: opening one without its own order starts the order panel afresh.
        if (!window.openDraft(files.front()) || !applyOrderOptions(parser, window))
            return 2;
        int status = 0;
        window.whenSettled([&] {
            status = parser.isSet(findings) ? printFindings(window, files.front()) : exportCopy(window, parser.value(exportTo));
            QApplication::exit(status);
        });
        return app.exec();
    }
    window.show();
    if (!files.isEmpty() && !window.openDraft(files.front()) && parser.isSet(screenshot))
        return 1;
    // The order options set the panel for the window too, not only for --findings and --export;
    // after the draft, whose opening starts the order panel afresh when it carries no order.
    if (!applyOrderOptions(parser, window))
        return 2;
    // A crash or a power cut may have left drafts behind: offered before anything else.
    if (!parser.isSet(screenshot) && !parser.isSet(exitWhenReady))
        QTimer::singleShot(0, &window, &permitted::MainWindow::offerRecovery);
    if (parser.isSet(exitWhenReady))
        reportWhenReady(window);
    if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QTimer::singleShot(kScreenshotTimeoutMs, &app, [] {
            std::fprintf(stderr, "permitted: the check did not finish within %d s; no screenshot\n", kScreenshotTimeoutMs / 1000);
            QApplication::exit(1);
        });
        window.whenSettled([&window, png] {
            // The preview's page shows a new message a frame or more after it took it, on
            // Chromium's own schedule (on a busy machine, after the check has settled): the
            // picture is taken once two grabs 200 ms apart agree, at most 5 s later.
            auto *poll = new QTimer(&window);
            poll->setInterval(200);
            auto last = std::make_shared<QImage>();
            auto tries = std::make_shared<int>(0);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, png, poll, last, tries] {
                const QImage now = window.grab().toImage();
                if (now != *last && ++*tries < 25) {
                    *last = now;
                    return;
                }
                poll->stop();
                if (!now.save(png)) {
                    std::fprintf(stderr, "permitted: cannot write %s\n", qPrintable(png));
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(0);
            });
            poll->start();
        });
    }
    return app.exec();
}
