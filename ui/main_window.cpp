#include "main_window.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>

namespace permitted {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Permitted"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *placeholder = new QLabel(tr("Permitted checks buyer messages against Amazon's rules."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(900, 640);
}

} // namespace permitted
