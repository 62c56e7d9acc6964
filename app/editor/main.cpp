// permitted: the editor.

#include "main_window.h"
#include "preview/web_engine_setup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // Qt WebEngine (the message preview) takes some switches only before QApplication exists.
    permitted::preparePreviewEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Permitted"));
    QApplication::setOrganizationName(QStringLiteral("Permitted"));
    QApplication::setApplicationVersion(QStringLiteral(PERMITTED_VERSION));

    // The interface in the system's language where there is a translation; Qt's own texts
    // (standard dialogs, context menus) from Qt's catalogue.
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("permitted"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    permitted::MainWindow window;
    window.show();
    return app.exec();
}
