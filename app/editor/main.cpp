// permitted: the editor.

#include "main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Permitted"));
    QApplication::setOrganizationName(QStringLiteral("Permitted"));
    QApplication::setApplicationVersion(QStringLiteral(PERMITTED_VERSION));
    permitted::MainWindow window;
    window.show();
    return app.exec();
}
