#pragma once
// The strip above an open template: its name, its languages as tabs, adding a language, and
// where the shown translation stands (to review after its source changed, or missing for the
// buyer's language).

#include "library_types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabBar;
class QToolButton;

namespace permitted {

class LibraryStore;
class TemplateSession;

class TemplateBar : public QWidget {
    Q_OBJECT
public:
    TemplateBar(TemplateSession *session, LibraryStore *store, const QString &uiLanguage, QWidget *parent = nullptr);

    // The order's buyer language: when the template lacks it, the bar offers to add it.
    void setBuyerLanguage(const QString &code);
    QTabBar *tabs() const { return m_tabs; }
    // Removes a translation of the open template, after asking (the source cannot go).
    void removeLanguage(const QString &language);

signals:
    void languageChosen(const QString &code);
    void addLanguageRequested(const QString &suggested);
    void closeRequested();

private:
    void refresh();

    TemplateSession *m_session;
    LibraryStore *m_store;
    QString m_uiLanguage;
    QString m_buyerLanguage;
    QTabBar *m_tabs;
    QToolButton *m_add;
    QToolButton *m_close;
    QLabel *m_status;
    QPushButton *m_action;
    bool m_refreshing = false;
};

} // namespace permitted
