#pragma once
// The source text of the open template, beside a translation being written.

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace permitted {

class LibraryStore;
class TemplateSession;

class SourcePane : public QWidget {
    Q_OBJECT
public:
    SourcePane(TemplateSession *session, LibraryStore *store, const QString &uiLanguage, QWidget *parent = nullptr);
    QString shownText() const;

private:
    void refresh();

    TemplateSession *m_session;
    QString m_uiLanguage;
    QLabel *m_title;
    QPlainTextEdit *m_text;
};

} // namespace permitted
