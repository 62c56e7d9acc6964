#pragma once
// The user's templates, grouped by contact reason, with a search field and each template's
// languages and where their translations stand; new, duplicate, rename, delete (undoable),
// export and import.

#include "library_types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace permitted {

class LibraryStore;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    LibraryPanel(LibraryStore *store, const QString &uiLanguage, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    // The (first) selected template, or 0.
    qint64 selectedId() const;
    QList<qint64> selectedIds() const;
    void select(qint64 id);

    void duplicateSelected();
    void renameSelected();
    void editTagsOfSelected();
    void deleteSelected();
    void exportAll();
    void exportSelected();
    void importFile();

signals:
    void openRequested(qint64 id);
    // "New Template…": the window knows the draft and the order it starts from.
    void newRequested();
    // Something to say in the status bar.
    void message(const QString &text);

private:
    void refresh();
    QString languagesText(const LibraryTemplate &t, QString *details) const;
    bool matches(const LibraryTemplate &t, const QString &query) const;

    LibraryStore *m_store;
    QString m_uiLanguage;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

} // namespace permitted
