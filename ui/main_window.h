#pragma once
// The editor's main window. The editing, checking and preview panels arrive with the editor issue.

#include <QMainWindow>

namespace permitted {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace permitted
