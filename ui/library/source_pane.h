#pragma once
// The source text of the open template, beside a translation being written. When the
// translation is to review, the source sentences changed since its last review are highlighted.

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
    // The highlighted stretches of the shown text: what changed since the last review.
    QList<QPair<int, int>> highlighted() const;

private:
    void refresh();

    TemplateSession *m_session;
    QString m_uiLanguage;
    QLabel *m_title;
    QLabel *m_changes;
    QPlainTextEdit *m_text;
};

} // namespace permitted
